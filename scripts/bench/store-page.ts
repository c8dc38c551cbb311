/**
 * Runs in a browser page (bundled by store-chromium.ts): the library over the browser's own
 * IndexedDB, filled with `size` saved articles in one import (in batches, with progress).
 */

import type { Card } from '../../lib/card';
import { queryTerms } from '../../lib/store/grams';
import { Library } from '../../lib/store/library';
import { LibraryDB } from '../../lib/store/schema';
import { candidateIds } from '../../lib/store/search-index';
import { MemoryIndex } from './memory-index';

/** Articles the library page shows at a time (components/LibraryView.tsx, PAGE). */
const PAGE = 100;

export interface StoreFigures {
  importMs: number;
  /** Progress reports heard during the import. */
  importSteps: number;
  usageBytes: number;
  saveMs: number;
  relatedMs: number[];
  /** Related lookups each by a Library just opened, after its has() (as the popup makes it). */
  relatedColdMs: number[];
  searchMs: number[];
  rareSearchMs: number[];
  /** The first list of a Library just opened, or after another page wrote: it fills the memory. */
  firstListMs: number;
  /** The common query with every candidate's text checked (no page), for comparison. */
  fullCheckMs: number;
  common: { matched: number; approximate: boolean; exactMatched: number };
  /** The two indexes alone, narrowing each query to candidates (no list, no substring check). */
  indexes: {
    idbCommonMs: number[];
    idbRareMs: number[];
    memoryCommonMs: number[];
    memoryRareMs: number[];
    /** Building the memory index from the stored texts, its JSON size, loading it back. */
    memoryBuildMs: number;
    memoryJsonBytes: number;
    memoryLoadMs: number;
    /** Candidates found by each index for the common query (they must agree). */
    idbCommonHits: number;
    memoryCommonHits: number;
  };
}

const COMMON = '居民区 书记';
const RARE = '殷一璀';

/** Both indexes side by side on the library just filled. */
async function compareIndexes(runs: number): Promise<StoreFigures['indexes']> {
  const db = new LibraryDB('govlens-bench');
  await db.open();
  const idbCandidates = async (query: string) => new Set(await candidateIds(db, queryTerms(query)));
  let t = performance.now();
  const [summaries, texts] = await Promise.all([
    db.table('summaries').toArray(),
    db.table('texts').toArray(),
  ]);
  const urlOf = new Map<number, string>(summaries.map((s: { id: number; url: string }) => [s.id, s.url]));
  const memory = MemoryIndex.of(
    texts.map((x: { id: number; head: string; body: string }) => ({
      url: urlOf.get(x.id)!,
      head: x.head,
      body: x.body,
    })),
  );
  const memoryBuildMs = performance.now() - t;
  const json = memory.toJSON();
  t = performance.now();
  const loaded = MemoryIndex.load(json);
  const memoryLoadMs = performance.now() - t;
  const out = {
    idbCommonMs: [] as number[],
    idbRareMs: [] as number[],
    memoryCommonMs: [] as number[],
    memoryRareMs: [] as number[],
    memoryBuildMs,
    memoryJsonBytes: json.length * 2,
    memoryLoadMs,
    idbCommonHits: (await idbCandidates(COMMON)).size,
    memoryCommonHits: loaded.candidates(queryTerms(COMMON))?.size ?? -1,
  };
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await idbCandidates(COMMON);
    out.idbCommonMs.push(performance.now() - t);
    t = performance.now();
    await idbCandidates(RARE);
    out.idbRareMs.push(performance.now() - t);
    t = performance.now();
    loaded.candidates(queryTerms(COMMON));
    out.memoryCommonMs.push(performance.now() - t);
    t = performance.now();
    loaded.candidates(queryTerms(RARE));
    out.memoryRareMs.push(performance.now() - t);
  }
  db.close();
  return out;
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
  // The popup: a Library just opened, asked whether the page is saved, then one related lookup
  // (entrypoints/popup/main.tsx; each popup opens its own).
  const relatedColdMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await Library.open({ name: 'govlens-bench' });
    await popup.has('https://example.gov.cn/current.html');
    t = performance.now();
    await popup.related(cards[i % cards.length]!, 'https://example.gov.cn/current.html');
    relatedColdMs.push(performance.now() - t);
    popup.close();
  }
  const popup = await Library.open({ name: 'govlens-bench' });
  // The library page just opened: its first list reads every summary into memory.
  const page = await Library.open({ name: 'govlens-bench' });
  t = performance.now();
  await page.list({}, { limit: PAGE });
  const firstListMs = performance.now() - t;
  const relatedMs: number[] = [];
  const searchMs: number[] = [];
  const rareSearchMs: number[] = [];
  // Related lookups on their own, as the popup makes them; then searches, as the library page does.
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await popup.related(cards[i % cards.length]!, 'https://example.gov.cn/current.html');
    relatedMs.push(performance.now() - t);
  }
  let common = { matched: 0, approximate: false, exactMatched: 0 };
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const found = await page.list({ query: COMMON }, { limit: PAGE });
    searchMs.push(performance.now() - t);
    common = { ...common, matched: found.matched, approximate: found.approximate };
    t = performance.now();
    await page.list({ query: RARE }, { limit: PAGE });
    rareSearchMs.push(performance.now() - t);
  }
  t = performance.now();
  common.exactMatched = (await page.list({ query: COMMON })).matched;
  const fullCheckMs = performance.now() - t;
  for (const l of [library, popup, page]) l.close();
  const indexes = await compareIndexes(runs);
  return {
    indexes,
    importMs,
    importSteps,
    usageBytes,
    saveMs,
    relatedMs,
    relatedColdMs,
    searchMs,
    rareSearchMs,
    firstListMs,
    fullCheckMs,
    common,
  };
}

(globalThis as unknown as { benchStore: typeof run }).benchStore = run;
