import { type MappedText, MappedTextBuilder } from '../model/mapped-text';

/**
 * Paragraph repairs on lines of text (one line per page block, "\n" between them):
 * - lost indents: "??" or "？？" where a CMS export lost two full-width spaces, full-width spaces,
 *   and other white space at either end of a line;
 * - paragraphs broken mid-sentence ("把相关政策说清" / "楚,把帮扶举措…") rejoined.
 */

const LOST_INDENT = /^(?:[?？]{1,4}(?=\S)|[\u3000\s]+)+/;
const TRAILING_SPACE = /[\u3000\s]+$/;

/** Sentence-final punctuation, optionally closed by a quote or bracket; a Latin full stop after a word. */
const ENDS_SENTENCE = /[。！？!?…；;：:）)][”’"」』）)]*$|[”」』]$|[a-z)"'”’]\.["'”’]?$/;
/** Lines that stand alone even without final punctuation: list items, dates, captions. */
const STANDS_ALONE =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[、.．]|[●■◆▲★☆◎○•·]|第[一二三四五六七八九十\d]+[章节条部分])/;

export interface LineInfo {
  /** A heading or a line set entirely in bold: a subhead, never joined to its neighbours. */
  standalone: boolean;
}

/** Trims lost indents and white space at both ends of every line. */
export function trimLines(src: MappedText): MappedText {
  const b = new MappedTextBuilder();
  const text = src.text;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(from, i);
    const lead = LOST_INDENT.exec(line)?.[0].length ?? 0;
    const trail = TRAILING_SPACE.exec(line.slice(lead))?.[0].length ?? 0;
    b.copy(src, from + lead, i - trail);
    if (i < text.length) b.copy(src, i, i + 1);
    from = i + 1;
  }
  return b.build();
}

/** Whether line `a` breaks off mid-sentence and line `b` carries on with it. */
/** A label and its value ("地址：…", "开放时间：…"): such lines are items of a list, one per line. */
const KEY_VALUE = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;

export function continues(a: string, b: string, aInfo: LineInfo, bInfo: LineInfo): boolean {
  if (!a || !b || aInfo.standalone || bInfo.standalone) return false;
  if (ENDS_SENTENCE.test(a)) return false;
  if (STANDS_ALONE.test(b) || KEY_VALUE.test(b)) return false;
  return true;
}

/**
 * Joins lines broken mid-sentence. Returns the text with "\n" only between real paragraphs, and for
 * each paragraph the indexes of the source lines it was made from.
 */
export function rejoinLines(
  src: MappedText,
  info: readonly LineInfo[],
): { text: MappedText; groups: number[][] } {
  const lines: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i <= src.text.length; i++) {
    if (i === src.text.length || src.text[i] === '\n') {
      lines.push({ from, to: i });
      from = i + 1;
    }
  }
  const b = new MappedTextBuilder();
  const groups: number[][] = [];
  let prev = '';
  let prevInfo: LineInfo = { standalone: true };
  for (let k = 0; k < lines.length; k++) {
    const { from: f, to } = lines[k]!;
    if (to === f) continue;
    const text = src.text.slice(f, to);
    const lineInfo = info[k] ?? { standalone: false };
    if (groups.length && continues(prev, text, prevInfo, lineInfo)) {
      groups[groups.length - 1]!.push(k);
    } else {
      if (groups.length) b.insert('\n', src.starts[f] ?? 0);
      groups.push([k]);
    }
    b.copy(src, f, to);
    prev = text;
    prevInfo = lineInfo;
  }
  return { text: b.build(), groups };
}
