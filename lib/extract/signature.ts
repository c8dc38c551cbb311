/**
 * The signature of a notice: the issuer's name and the 成文日期 printed at its end (GB/T 9704—2012:
 * 发文机关署名 over 成文日期 in 年月日), and the 附注 under them (（此件公开发布）). They are the
 * document's own text, so they stay in the body, though short unpunctuated lines at an article's end
 * are otherwise page leftovers.
 */
import type { Block } from './blocks';
import type { ArticleRegion, BodyResult, Line } from './body';
import { recount } from './body';

/** A 成文日期 line: the date and nothing else, written with 年月日 as GB/T 9704 prints it. */
const SIGNATURE_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
/** An issuer line: a short name without sentence punctuation, starting with a character of the name. */
const SIGNATURE_NAME = /^[\u4e00-\u9fff][\u4e00-\u9fff（）()、·\s]{1,39}$/;
/** A 附注 on how the document is published: （此件公开发布）, （此件主动公开）. */
const ANNOTATION = /^[（(]\s*此件[\u4e00-\u9fff]{2,10}\s*[）)]$/;
/** Issuer lines a signature holds at most (joint notices sign with several bodies). */
const MAX_NAMES = 3;

/** Puts the signature after the article's last line back into its body; returns its lines (each a paragraph). */
export function keepSignature(body: BodyResult, region: ArticleRegion | undefined): Block[] {
  const last = region?.body[region.body.length - 1];
  if (!region || !last) return [];
  const at = body.lines.indexOf(last.line);
  if (at < 0) return [];
  const names: Line[] = [];
  for (let i = at + 1; i < body.lines.length && i <= at + MAX_NAMES + 1; i++) {
    const line = body.lines[i]!;
    const text = line.block.text.trim();
    if (SIGNATURE_DATE.test(text)) {
      if (names.length === 0) return [];
      const note = body.lines[i + 1];
      const kept = [...names, line];
      if (note && ANNOTATION.test(note.block.text.trim())) kept.push(note);
      for (const l of kept) region.body.push({ line: l, start: 0, end: l.block.text.length });
      // The 成文日期 is the notice's text, not the article's date line.
      region.metaLines = region.metaLines.filter((l) => l !== line);
      recount(region);
      return kept.map((l) => l.block);
    }
    // Bylines and credits (编辑 张三) are not an issuer; neither is （完）.
    if (!SIGNATURE_NAME.test(text) || line.block.linkChars > 0 || line.kind !== 'text') return [];
    names.push(line);
  }
  return [];
}
