/**
 * What the library stores per article, as JSON bytes: the card with its normalized text, the search
 * tokens (not stored as such: each becomes the article's id in one posting), the summary. (What a browser uses on disk, index entries included, is measured by
 * store-chromium.ts.)
 */
import type { Card } from '../../lib/card';
import { toRecords } from '../../lib/store/record';

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

export function libraryLines(cards: readonly Card[]): string[] {
  const articles = cards.filter((c) => c.isArticle);
  let card = 0;
  let tokens = 0;
  let summary = 0;
  let grams = 0;
  let text = 0;
  for (const c of articles) {
    const { article, summary: sum, grams: g } = toRecords(c, c.url ?? 'https://example.gov.cn/a', 0);
    card += bytes(article.card);
    tokens += bytes(g);
    grams += g.length;
    summary += bytes(sum);
    text += Buffer.byteLength(c.body.text, 'utf8');
  }
  const n = articles.length;
  const per = (x: number) => Math.round(x / n);
  return [
    `library size per article (mean of ${n} sample cards, JSON bytes): card ${per(card)} (of which text ${per(text)}), ` +
      `search tokens ${per(tokens)} (${per(grams)} bigrams, each an id in that bigram's postings), summary ${per(summary)}; total ${per(card + tokens + summary)}`,
  ];
}
