/**
 * The search tokenizer for Chinese text: overlapping character bigrams of each run of Han characters,
 * the usual way to index CJK without a segmenter (Lucene's CJKBigramFilter does the same). A query
 * of two or more Han characters then narrows the library to articles holding all of its bigrams; a
 * substring check on the text makes the answer exact.
 */
const HAN_RUN = /[\p{Script=Han}〇]+/gu;

/** The distinct bigrams of every Han run in `text` (a run of one character gives nothing). */
export function bigrams(text: string): string[] {
  const out = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out];
}

/** The words of a query: split on white space, each kept whole for the substring check. */
export function queryTerms(query: string): string[] {
  return query
    .split(/[\s\u3000]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

/** A short stretch of `text` around the first place a term is found, for the result list. */
export function snippet(text: string, terms: readonly string[], width = 60): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return text.slice(0, width) + (text.length > width ? '…' : '');
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}
