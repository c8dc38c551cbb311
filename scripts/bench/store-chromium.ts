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
import { renderTable } from '../eval/table';
import { serveFolder } from '../lib/static-server';
import type { StoreFigures } from './store-page';
import { median } from './timing';

const SIZE = 10_000;
const RUNS = 7;
/** Articles the library page shows at a time (components/LibraryView.tsx, PAGE). */
const PAGE = 100;

/**
 * The figures before schema 5 (postings, the list in memory, paged search): this same bench on main
 * at 6751725 (multi-entry bigram index, list() reading every summary and returning every match), run
 * twice on 2026-11-30 at 23:54 and 23:56 UTC on this 2-core machine shared with other jobs (load 1.6
 * and 5.4). The old path is not kept runnable (its schema is gone), so they are stated here rather
 * than measured in the same run.
 */
const BEFORE = {
  label:
    'main at 6751725 before schema 5 (44 sample cards then), this bench run twice on 2026-11-30 (load 1.6 / 5.4), stated',
  rareSearch: '245 / 388 ms',
  commonSearch: '398 / 494 ms (all matches)',
  related: '6.1 / 10.5 ms (every lookup)',
  import: '22.0 / 31.6 s in 20 batches',
  disk: '22.8 / 22.8 KB',
  save: '24 / 43 ms',
};

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
    const rows: Array<[string, string, string, string]> = [
      [
        `search, list() page of ${PAGE}: name 殷一璀 (in 1 card of ${cards.length})`,
        BEFORE.rareSearch,
        `${median(f.rareSearchMs).toFixed(1)} ms`,
        '30 ms',
      ],
      [
        `search, same: common words 居民区 书记 (${f.common.exactMatched} of ${size} hold both)`,
        BEFORE.commonSearch,
        `${median(f.searchMs).toFixed(1)} ms (matched ${f.common.approximate ? 'at most ' : ''}${f.common.matched})`,
        '30 ms',
      ],
      [
        'related lookup, a Library just opened, after has() (the popup) / the same Library again',
        BEFORE.related,
        `${median(f.relatedColdMs).toFixed(1)} / ${median(f.relatedMs).toFixed(1)} ms`,
        '10 ms',
      ],
      [
        `import of ${size} (batches with progress)`,
        BEFORE.import,
        `${(f.importMs / 1000).toFixed(1)} s in ${f.importSteps} batches`,
        '10 s',
      ],
      [
        'disk per article (navigator.storage.estimate)',
        BEFORE.disk,
        `${(f.usageBytes / size / 1024).toFixed(1)} KB`,
        '30 KB',
      ],
      ['one more save, library full', BEFORE.save, `${f.saveMs.toFixed(0)} ms`, ''],
    ];
    return [
      `library in Chromium's IndexedDB, ${size} articles from ${cards.length} sample cards (medians of ${runs}); ` +
        `BEFORE = ${BEFORE.label}`,
      renderTable(
        [
          { header: 'measure' },
          { header: 'BEFORE' },
          { header: 'now', align: 'right' },
          { header: 'target' },
        ],
        rows,
      ),
      `  the first list of a library page just opened (reads every summary and highlight into memory): ${f.firstListMs.toFixed(0)} ms; ` +
        `居民区 书记 with every candidate's text checked (no page): ${f.fullCheckMs.toFixed(0)} ms`,
      `  the index alone (candidates, medians of ${runs}): IndexedDB postings "殷一璀" ${median(f.indexes.idbRareMs).toFixed(1)} ms, ` +
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
