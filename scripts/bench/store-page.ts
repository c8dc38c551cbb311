/**
 * Runs in a browser page (bundled by store-chromium.ts): the library over the browser's own
 * IndexedDB, filled with `size` saved articles in one import (in batches, with progress).
 */
import type { Card } from '../../lib/card';
import { Library } from '../../lib/store/library';

export interface StoreFigures {
  importMs: number;
  /** Progress reports heard during the import. */
  importSteps: number;
  usageBytes: number;
  saveMs: number;
  relatedMs: number[];
  searchMs: number[];
  rareSearchMs: number[];
}

async function run(cards: Card[], size: number, runs: number): Promise<StoreFigures> {
  const library = await Library.open({ name: 'govlens-bench' });
  const articles = Array.from({ length: size }, (_, i) => ({
    url: `https://example.gov.cn/news/${i}.html`,
    savedAt: i,
    card: cards[i % cards.length]!,
  }));
  let importSteps = 0;
  let t = performance.now();
  await library.importJSON(
    JSON.stringify({ format: 'govlens-library', version: 2, exportedAt: '', articles }),
    {
      onProgress: () => void importSteps++,
    },
  );
  const importMs = performance.now() - t;
  t = performance.now();
  await library.save(cards[0]!, 'https://example.gov.cn/news/one-more.html');
  const saveMs = performance.now() - t;
  const usageBytes = (await navigator.storage.estimate()).usage ?? 0;
  const relatedMs: number[] = [];
  const searchMs: number[] = [];
  const rareSearchMs: number[] = [];
  // Related lookups on their own, as the popup makes them; then searches, as the library page does.
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await library.related(cards[i % cards.length]!, 'https://example.gov.cn/current.html');
    relatedMs.push(performance.now() - t);
  }
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await library.list({ query: '居民区 书记' });
    searchMs.push(performance.now() - t);
    t = performance.now();
    await library.list({ query: '殷一璀' });
    rareSearchMs.push(performance.now() - t);
  }
  library.close();
  return { importMs, importSteps, usageBytes, saveMs, relatedMs, searchMs, rareSearchMs };
}

(globalThis as unknown as { benchStore: typeof run }).benchStore = run;
