/**
 * What the library costs: bytes per saved article (the card with its normalized text, the search
 * tokens, the summary) and a related-articles lookup through the real store, with 10 000 articles
 * generated from the sample pages' cards, in fake-indexeddb (Node's stand-in for a browser's IndexedDB).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Card } from '../../lib/card';
import { Library } from '../../lib/store/library';
import { toRecords } from '../../lib/store/record';
import { median, now } from './timing';

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

export async function libraryLines(cards: readonly Card[], size = 10_000, runs = 7): Promise<string[]> {
  const articles = cards.filter((c) => c.isArticle);
  let card = 0;
  let tokens = 0;
  let summary = 0;
  let grams = 0;
  let text = 0;
  for (const c of articles) {
    const [article, sum] = toRecords(c, c.url ?? 'https://example.gov.cn/a', 0);
    card += bytes(article.card);
    tokens += bytes(article.grams);
    grams += article.grams.length;
    summary += bytes(sum);
    text += Buffer.byteLength(c.body.text, 'utf8');
  }
  const n = articles.length;
  const per = (x: number) => Math.round(x / n);
  const lines = [
    `library size per article (mean of ${n} sample cards, JSON bytes): card ${per(card)} (of which text ${per(text)}), ` +
      `search tokens ${per(tokens)} (${per(grams)} bigram index entries), summary ${per(summary)}; total ${per(card + tokens + summary)}`,
  ];

  // The store itself: 10 000 articles, each a sample card under its own address.
  const library = await Library.open({ indexedDB: new IDBFactory(), IDBKeyRange });
  let t = now();
  for (let i = 0; i < size; i++) {
    const c = articles[i % n]!;
    await library.save(c, `https://example.gov.cn/${i}.html`, i);
  }
  const saveMs = (now() - t) / size;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = now();
    await library.related(articles[i % n]!, 'https://example.gov.cn/current.html');
    times.push(now() - t);
  }
  library.close();
  lines.push(
    `library (fake-indexeddb, ${size} articles): save ${saveMs.toFixed(2)} ms each; related lookup ` +
      `${median(times).toFixed(0)} ms including reading every summary from the store (median of ${runs})`,
  );
  return lines;
}
