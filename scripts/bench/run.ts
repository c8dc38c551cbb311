/**
 * `npm run bench`: how fast and how big the engine is, beside Mozilla Readability on the same pages.
 * A measurement, not a test: prints a table and a summary and exits 0. Run with --expose-gc (the
 * npm script does) so heap figures are taken after a collection.
 */
import fs from 'node:fs';

import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { CHROMIUM } from '../../tests/e2e/browsers';
import { renderTable } from '../eval/table';
import { contentScriptSizes } from './content-script';
import { corpusLines, DEFAULT_CORPUS_COPIES } from './corpus';
import { collect, gcAvailable, HeapPeak } from './heap';
import { libraryLines } from './library-size';
import { measurePage, type PageTiming } from './measure';
import { loadPages } from './pages';
import { recognitionLines } from './recognition';
import { relatedLines } from './related';
import { stageLines } from './stages';
import { storeInChromium } from './store-chromium';
import { buildSyntheticPage } from './synthetic';
import { taggerLines } from './tagger';
import { median, now, sum, timeRunsAsync } from './timing';

const USAGE = `usage: npm run bench -- [--runs N] [--corpus-mb MB] [--corpus-copies N] [--corpus-only] [--store-only] [--recognition-only]

  --runs N         timed runs per page after 2 warm-up runs (default 7); medians are reported
  --corpus-mb MB   size of the generated WARC the CLI's peak memory is measured on (default 1024)
  --corpus-copies N  copies of the bench + bench-b pages in the timed WARC (default ${DEFAULT_CORPUS_COPIES}, ~30 s of one job)
  --corpus-only    only the corpus figures (the CLI over WARCs, the Dask driver)
  --store-only     only the library in Chromium's IndexedDB (import, disk, related, search, both indexes)
  --recognition-only  only recognition: the 3,000-character article and the 200,000-character page
`;

/** The synthetic page must be read well under this. */
const SYNTHETIC_TARGET_MS = 1000;
const SYNTHETIC_RUNS = 3;
const SYNTHETIC_WARMUP = 1;

interface Options {
  runs: number;
  corpusMb: number;
  corpusCopies: number;
  corpusOnly: boolean;
  storeOnly: boolean;
  recognitionOnly: boolean;
}

function parseOptions(argv: string[]): Options | null {
  const o: Options = {
    runs: 7,
    corpusMb: 1024,
    corpusCopies: DEFAULT_CORPUS_COPIES,
    corpusOnly: false,
    storeOnly: false,
    recognitionOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--runs' || a.startsWith('--runs=')) {
      o.runs = Number(a.includes('=') ? a.slice(7) : argv[++i]);
      if (!Number.isInteger(o.runs) || o.runs < 1) return null;
    } else if (a === '--corpus-mb' || a.startsWith('--corpus-mb=')) {
      o.corpusMb = Number(a.includes('=') ? a.slice(12) : argv[++i]);
      if (!(o.corpusMb > 0)) return null;
    } else if (a === '--corpus-copies' || a.startsWith('--corpus-copies=')) {
      o.corpusCopies = Number(a.includes('=') ? a.slice(16) : argv[++i]);
      if (!Number.isInteger(o.corpusCopies) || o.corpusCopies < 1) return null;
    } else if (a === '--corpus-only') o.corpusOnly = true;
    else if (a === '--store-only') o.storeOnly = true;
    else if (a === '--recognition-only') o.recognitionOnly = true;
    else return null;
  }
  return o;
}

const ms = (x: number) => (Number.isNaN(x) ? '·' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const kb = (bytes: number) => (bytes / 1024).toFixed(0);

function pageTable(rows: PageTiming[]): string {
  const columns = [
    { header: 'page', max: 30 },
    { header: 'set' },
    { header: 'KB', align: 'right' as const },
    { header: 'body chars', align: 'right' as const },
    { header: 'parse ms', align: 'right' as const },
    { header: 'ours ms', align: 'right' as const },
    { header: 'readability ms', align: 'right' as const },
    { header: 'ours/readab.', align: 'right' as const },
  ];
  return renderTable(
    columns,
    rows.map((r) => [
      r.id,
      r.group,
      kb(r.bytes),
      r.isArticle ? String(r.bodyChars) : `${r.bodyChars} (not art.)`,
      ms(r.parseMs),
      ms(r.oursMs),
      ms(r.readabilityMs),
      (r.oursMs / r.readabilityMs).toFixed(2),
    ]),
  );
}

function summaryLines(rows: PageTiming[], group: string): string[] {
  const g = rows.filter((r) => r.group === group);
  if (g.length === 0) return [];
  const ours = sum(g.map((r) => r.oursMs));
  const readab = sum(g.map((r) => r.readabilityMs));
  return [
    `${group} pages (${g.length}): median ratio ours/readability ${median(g.map((r) => r.oursMs / r.readabilityMs)).toFixed(2)}; ` +
      `sum of medians: ours ${ours.toFixed(0)} ms, readability ${readab.toFixed(0)} ms, parse ${sum(g.map((r) => r.parseMs)).toFixed(0)} ms; ` +
      `ours ${(sum(g.map((r) => r.htmlChars)) / ours).toFixed(0)} HTML chars/ms`,
  ];
}

async function synthetic(pages: Parameters<typeof buildSyntheticPage>[0]): Promise<string[]> {
  const { html, sources } = buildSyntheticPage(pages);
  collect();
  let t = now();
  const doc = parseDocument(html);
  const parseMs = now() - t;
  let bodyChars = 0;
  const samples = await timeRunsAsync(
    async () => {
      bodyChars = (await analyze(doc)).body.text.length;
    },
    SYNTHETIC_WARMUP,
    SYNTHETIC_RUNS,
  );
  const oursMs = median(samples);
  // The same warm-up and number of runs as ours; Readability mutates its document, so each run parses afresh.
  const readabilitySamples: number[] = [];
  for (let i = 0; i < SYNTHETIC_WARMUP + SYNTHETIC_RUNS; i++) {
    const fresh = parseDocument(html);
    t = now();
    new Readability(fresh).parse();
    if (i >= SYNTHETIC_WARMUP) readabilitySamples.push(now() - t);
  }
  const readabilityMs = median(readabilitySamples);
  const verdict = oursMs < SYNTHETIC_TARGET_MS ? 'under' : 'OVER';
  return [
    `synthetic page: ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB from ${sources.join(', ')} repeated`,
    `  parse ${ms(parseMs)} ms; ours analyze ${ms(oursMs)} ms (median of ${SYNTHETIC_RUNS}, ${verdict} the ${SYNTHETIC_TARGET_MS} ms target, body ${bodyChars} chars); readability ${ms(readabilityMs)} ms (median of ${SYNTHETIC_RUNS})`,
  ];
}

/** The text of the longest seed article: what recognition alone is timed on. */
async function longestSeedText(pages: ReturnType<typeof loadPages>['pages']): Promise<string> {
  const cards = await Promise.all(
    pages.filter((p) => p.group === 'fixture').map((p) => analyze(parseDocument(p.html))),
  );
  return cards.reduce((a, b) => (b.body.text.length > a.body.text.length ? b : a)).body.text;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseOptions(argv);
  if (options === null) {
    console.error(`bench: bad arguments\n\n${USAGE}`);
    return 2;
  }
  const { runs } = options;
  if (options.corpusOnly) {
    await corpusLines(options.corpusMb, options.corpusCopies, console.log);
    return 0;
  }
  const { pages, notes } = loadPages();
  if (pages.length === 0) {
    console.error('bench: no pages found');
    return 1;
  }
  if (options.storeOnly) {
    const cards = await Promise.all(
      pages.filter((p) => p.group === 'fixture').map((p) => analyze(parseDocument(p.html))),
    );
    if (!fs.existsSync(CHROMIUM)) console.log(`library in Chromium: skipped, no browser at ${CHROMIUM}`);
    else for (const line of await storeInChromium(cards)) console.log(line);
    return 0;
  }
  if (options.recognitionOnly) {
    for (const line of await recognitionLines(await longestSeedText(pages))) console.log(line);
    return 0;
  }
  const heap = new HeapPeak();
  const rows: PageTiming[] = [];
  for (const p of pages) rows.push(await measurePage(p, runs, heap));

  console.log(`BENCH: ${pages.length} pages, medians of ${runs} runs after 2 warm-up runs (ms)`);
  console.log(pageTable(rows));
  for (const n of notes) console.log(`note: ${n}`);
  console.log('');
  console.log('SUMMARY');
  for (const line of [...summaryLines(rows, 'bench'), ...summaryLines(rows, 'fixture')]) console.log(line);
  console.log(
    `peak heap after analyze: ${heap.mb.toFixed(1)} MB${gcAvailable ? ' (collected before each page)' : ' (no --expose-gc: includes garbage, run via npm run bench)'}`,
  );
  for (const line of await synthetic(pages)) console.log(line);
  const fixtureCards = await Promise.all(
    pages.filter((p) => p.group === 'fixture').map((p) => analyze(parseDocument(p.html))),
  );
  // Recognition alone on the longest seed article's text, and a generated long article end to end.
  for (const line of await recognitionLines(await longestSeedText(pages))) console.log(line);
  for (const line of relatedLines(fixtureCards)) console.log(line);
  for (const line of libraryLines(fixtureCards)) console.log(line);
  for (const line of taggerLines(fixtureCards)) console.log(line);
  // The library itself, full, in a real browser's IndexedDB (Debian's Chromium, as the e2e tests use).
  if (fs.existsSync(CHROMIUM)) for (const line of await storeInChromium(fixtureCards)) console.log(line);
  else console.log(`library in Chromium: skipped, no browser at ${CHROMIUM}`);
  // The longest seed pages: where the time goes.
  for (const id of ['hongkou-pinyin', 'eastday-traditional', 'xuhui-epaper']) {
    const p = pages.find((x) => x.id === id);
    if (p) for (const line of await stageLines(id, parseDocument(p.html), runs)) console.log(line);
  }
  // The CLI at corpus scale: WARCs, every core, the Dask driver.
  await corpusLines(options.corpusMb, options.corpusCopies, console.log);
  const scripts = contentScriptSizes();
  if (scripts === null)
    console.log('content script: not built (.output/chrome-mv3/content-scripts/*.js absent)');
  else
    for (const s of scripts)
      console.log(
        `content script ${s.file}: ${s.bytes} bytes (${kb(s.bytes)} KB, ${kb(s.gzipBytes)} KB gzipped)`,
      );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
