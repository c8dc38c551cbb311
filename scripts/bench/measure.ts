/**
 * Times one page: parse, our analyze, and Readability, each as a median over the same number of runs.
 * The engine never modifies the document, so analyze reuses one parse; Readability mutates its
 * document, so each of its runs gets a fresh parse, timed apart and reported as parse time.
 */

import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { collect, type HeapPeak } from './heap';
import { median, now, timeRunsAsync } from './timing';

export const WARMUP_RUNS = 2;

export interface PageTiming {
  id: string;
  group: string;
  htmlChars: number;
  bytes: number;
  bodyChars: number;
  isArticle: boolean;
  parseMs: number;
  oursMs: number;
  readabilityMs: number;
}

export async function measurePage(
  page: { id: string; group: string; html: string },
  runs: number,
  heap: HeapPeak,
): Promise<PageTiming> {
  collect();
  const parseSamples: number[] = [];
  const parse = () => {
    const t = now();
    const doc = parseDocument(page.html);
    parseSamples.push(now() - t);
    return doc;
  };

  const doc = parse();
  let card = await analyze(doc);
  const ours = await timeRunsAsync(
    async () => {
      card = await analyze(doc);
      heap.sample();
    },
    WARMUP_RUNS,
    runs,
  );

  const readability: number[] = [];
  for (let i = 0; i < WARMUP_RUNS + runs; i++) {
    const fresh = parse();
    const t = now();
    new Readability(fresh).parse();
    if (i >= WARMUP_RUNS) readability.push(now() - t);
  }

  return {
    id: page.id,
    group: page.group,
    htmlChars: page.html.length,
    bytes: Buffer.byteLength(page.html),
    bodyChars: card.body.text.length,
    isArticle: card.isArticle,
    parseMs: median(parseSamples),
    oursMs: median(ours),
    readabilityMs: median(readability),
  };
}
