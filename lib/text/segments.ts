import { POST_NOTE_WORDS } from './post-notes';

/** A stretch of text between punctuation marks, with its offsets. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** The mark that ends it ("、", "，", "。" …), or "" at the end of the text. */
  mark: string;
}

/** Marks that end a clause. A post's note in brackets ("(兼)", "（挂职）") is not one: it belongs to the title before it. */
const MARK = new RegExp(
  `[，,、；;。！？!?：:\\n“”"「」《》]|[（(](?!(?:${POST_NOTE_WORDS})[)）])|(?<![（(](?:${POST_NOTE_WORDS}))[)）]`,
  'g',
);

export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (const m of text.matchAll(MARK)) {
    const at = m.index!;
    if (at > start) out.push({ start, end: at, text: text.slice(start, at), mark: m[0] });
    else if (out.length) out[out.length - 1]!.mark += m[0];
    start = at + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start), mark: '' });
  return out;
}

/** Sentences of a text with their offsets, ending at 。！？ (and the closing quote after them) or a line end. */
export function sentencesOf(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /[^。！？!?\n]+(?:[。！？!?]+[”」』"]?|$)/gm;
  for (const m of text.matchAll(re)) {
    const t = m[0].trim();
    if (t) out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}
