/**
 * The library in real Chromium: 10 000 saved articles made from the sample pages' cards, in the
 * browser's own IndexedDB (a page on 127.0.0.1; the extension's pages use the same engine). Prints
 * the import time, the disk used per article, one more save, and the related-articles lookup and a
 * search with the library full. A measurement, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { CHROMIUM } from '../../tests/e2e/browsers';
import { PAGES_DIR } from '../../tests/e2e/pages';
import { serveFolder } from '../lib/static-server';
import type { StoreFigures } from './store-page';
import { median } from './timing';

const SIZE = 10_000;
const RUNS = 7;

/** The library filled from these cards (the articles among them), measured in Chromium. */
export async function storeInChromium(all: readonly Card[], size = SIZE, runs = RUNS): Promise<string[]> {
  const cards = all.filter((c) => c.isArticle);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-store-bench-'));
  await build({
    entryPoints: [path.resolve('scripts/bench/store-page.ts')],
    bundle: true,
    format: 'esm',
    outfile: path.join(dir, 'store.js'),
    logLevel: 'silent',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" src="store.js"></script>',
  );
  const server = await serveFolder(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('index.html'));
    await page.waitForFunction(() => 'benchStore' in globalThis);
    const f = (await page.evaluate(
      ([c, s, r]) =>
        (globalThis as unknown as { benchStore: (...a: unknown[]) => Promise<unknown> }).benchStore(c, s, r),
      [cards, size, runs] as const,
    )) as StoreFigures;
    return [
      `library in Chromium's IndexedDB, ${size} articles from ${cards.length} sample cards: import ${(f.importMs / 1000).toFixed(1)} s in ${f.importSteps} batches with progress (was 46.3 s in one transaction); ` +
        `disk ${(f.usageBytes / size / 1024).toFixed(1)} KB per article (navigator.storage.estimate)`,
      `  with the library full: one save ${f.saveMs.toFixed(0)} ms; related articles ${median(f.relatedMs).toFixed(1)} ms per lookup ` +
        `(read the packed fingerprints, rank, read 5 summaries); search (medians of ${runs}): "殷一璀" (in 1 card of ${cards.length}) ` +
        `${median(f.rareSearchMs).toFixed(0)} ms, "居民区 书记" (in most) ${median(f.searchMs).toFixed(0)} ms (were 593 and 708 ms)`,
      `  the index alone (candidates, medians of ${runs}): IndexedDB multi-entry "殷一璀" ${median(f.indexes.idbRareMs).toFixed(1)} ms, ` +
        `"居民区 书记" ${median(f.indexes.idbCommonMs).toFixed(1)} ms (${f.indexes.idbCommonHits} candidates); ` +
        `MiniSearch in memory "殷一璀" ${median(f.indexes.memoryRareMs).toFixed(1)} ms, "居民区 书记" ${median(f.indexes.memoryCommonMs).toFixed(1)} ms ` +
        `(${f.indexes.memoryCommonHits} candidates); built from the stored texts in ${f.indexes.memoryBuildMs.toFixed(0)} ms, ` +
        `JSON ${(f.indexes.memoryJsonBytes / 1024 / 1024).toFixed(1)} MB (UTF-16), loaded back in ${f.indexes.memoryLoadMs.toFixed(0)} ms`,
    ];
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cards: Card[] = [];
  for (const file of fs.readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')))
    cards.push(await analyze(parseDocument(fs.readFileSync(path.join(PAGES_DIR, file), 'utf8'))));
  for (const line of await storeInChromium(cards)) console.log(line);
}
