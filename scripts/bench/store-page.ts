/**
 * Runs in a browser page (bundled by store-chromium.ts): the library over the browser's own
 * IndexedDB, filled with `size` saved articles in one import (in batches, with progress).
 */

import Dexie from 'dexie';
import type { Card } from '../../lib/card';
import { bigrams, queryTerms } from '../../lib/store/grams';
import { LIBRARY_SCHEMA, LIBRARY_VERSION, Library } from '../../lib/store/library';
import { MemoryIndex } from './memory-index';

export interface StoreFigures {
  importMs: number;
  /** Progress reports heard during the import. */
  importSteps: number;
  usageBytes: number;
  saveMs: number;
  relatedMs: number[];
  searchMs: number[];
  rareSearchMs: number[];
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
  const db = new Dexie('govlens-bench');
  db.version(LIBRARY_VERSION).stores(LIBRARY_SCHEMA);
  await db.open();
  const saved = db.table('saved');
  const idbCandidates = async (query: string) =>
    db.transaction('r', saved, async () => {
      let ids: Set<number> | null = null;
      for (const gram of bigrams(queryTerms(query).join(' '))) {
        const having = (await saved.where('grams').equals(gram).primaryKeys()) as number[];
        ids = new Set(ids ? having.filter((id) => ids!.has(id)) : having);
        if (!ids.size) break;
      }
      return ids ?? new Set<number>();
    });
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
    await library.list({ query: COMMON });
    searchMs.push(performance.now() - t);
    t = performance.now();
    await library.list({ query: RARE });
    rareSearchMs.push(performance.now() - t);
  }
  library.close();
  const indexes = await compareIndexes(runs);
  return {
    indexes,
    importMs,
    importSteps,
    usageBytes,
    saveMs,
    relatedMs,
    searchMs,
    rareSearchMs,
  };
}

(globalThis as unknown as { benchStore: typeof run }).benchStore = run;
