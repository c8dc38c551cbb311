/**
 * Corpus figures for `npm run bench`: the CLI over the bench pages written as a WARC (pages/s with one
 * job and with every core, and the speed-up), its peak memory on a large generated WARC, and the Dask
 * driver on a 2-worker LocalCluster. Each run is a real `node bin/govlens.mjs analyze` process; peak
 * memory is its maximum resident set (GNU time), worker threads included.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AS_IS_ENV } from '../../cli/lazy-event-targets';
import { type WarcResponse, writeWarc } from '../corpus/write-warc';
import { DEFAULT_BENCHES, loadBench, REPO_ROOT } from '../eval/inputs';

const BIN = path.join(REPO_ROOT, 'bin/govlens.mjs');
const GNU_TIME = '/usr/bin/time';
const PYTHON = '/usr/bin/python3';
const DRIVER = path.join(REPO_ROOT, 'scripts/corpus/dask_driver.py');
/** Copies of the bench pages in the timed WARC: start-up then weighs less against the pages. */
const COPIES = 3;
/** Files the Dask driver gets: more than its 2 workers, so neither waits for the other's last file. */
const DASK_FILES = 4;
const FILLER_BYTES = 8 * 1024 * 1024;
/** Pages per core and second the engine must reach on the bench pages; the speed-up on 2 cores. */
const TARGET_PAGES_PER_CORE = 30;
const TARGET_SPEEDUP_2 = 1.7;
const TARGET_PEAK_MB = 500;

interface BenchHtml {
  url: string;
  contentType: string;
  body: Uint8Array;
}

/** ../shared beside the clone, or where GOVLENS_SHARED says (a git worktree sits one level deeper). */
function benchDirs(): string[] {
  const shared = process.env.GOVLENS_SHARED;
  return shared ? DEFAULT_BENCHES.map((d) => path.join(shared, path.basename(d))) : DEFAULT_BENCHES;
}

export function benchPages(): BenchHtml[] {
  const pages: BenchHtml[] = [];
  for (const dir of benchDirs()) {
    const bench = loadBench(dir, false);
    if (!bench) continue;
    const set = path.basename(dir);
    for (const c of bench.cases) {
      const file = path.join(bench.dir, c.file);
      if (!fs.existsSync(file)) continue;
      // The charset a server would send: the stored bytes' real one, as the manifest records it.
      pages.push({
        url: `http://${set}.bench.example/${c.id}.html`,
        contentType: c.encoding ? `text/html; charset=${c.encoding}` : 'text/html',
        body: fs.readFileSync(file),
      });
    }
  }
  return pages;
}

export function* copiesOf(pages: BenchHtml[], copies: number, from = 0): Generator<WarcResponse> {
  for (let k = 0; k < copies; k++)
    for (const [i, p] of pages.entries())
      yield {
        url: `${p.url}?copy=${k}`,
        date: '2024-03-01T08:00:00Z',
        contentType: p.contentType,
        body: p.body,
        recordId: `<urn:uuid:00000000-0000-4000-8000-${String(from + k * pages.length + i).padStart(12, '0')}>`,
      };
}

interface CliRun {
  pages: number;
  /** From the CLI's summary: pages over the time from the first record to the last line. */
  rate: number;
  wallS: number;
  peakMb: number | null;
  /** User + system CPU time of the process, all threads: what the pages cost whatever else runs. */
  cpuS: number | null;
}

function runCli(file: string, jobs: number, env: NodeJS.ProcessEnv = process.env): CliRun {
  const args = [BIN, 'analyze', file, '--jobs', String(jobs)];
  const timed = fs.existsSync(GNU_TIME);
  const started = performance.now();
  const r = spawnSync(
    timed ? GNU_TIME : process.execPath,
    timed ? ['-f', 'MAXRSS_KB=%M CPU_S=%U+%S', process.execPath, ...args] : args,
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      env,
    },
  );
  const wallS = (performance.now() - started) / 1000;
  const err = r.stderr.toString();
  const summary = /govlens: (\d+) pages in [\d.]+ s \(([\d.]+) pages\/s\)/.exec(err);
  if (r.status !== 0 || !summary) throw new Error(`govlens failed on ${file}: ${err.slice(-500)}`);
  const rss = /MAXRSS_KB=(\d+) CPU_S=([\d.]+)\+([\d.]+)/.exec(err);
  return {
    pages: Number(summary[1]),
    rate: Number(summary[2]),
    wallS,
    peakMb: rss ? Number(rss[1]) / 1024 : null,
    cpuS: rss ? Number(rss[2]) + Number(rss[3]) : null,
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const perCpu = (r: CliRun) => (r.cpuS ? r.pages / r.cpuS : Number.NaN);
const fmtRun = (r: CliRun) =>
  `${r.rate.toFixed(1)} pages/s (${r.pages} pages; wall ${r.wallS.toFixed(1)} s with start-up = ${(r.pages / r.wallS).toFixed(1)} pages/s); ` +
  `${perCpu(r).toFixed(1)} pages per CPU-second, start-up included; peak RSS ${r.peakMb === null ? '·' : `${r.peakMb.toFixed(0)} MB`}`;

/** The largest WARC to generate: what was asked, or half the free disk, whichever is smaller. */
function largeSize(wantedMb: number, dir: string): { bytes: number; note: string } {
  const want = wantedMb * 1024 * 1024;
  const stat = fs.statfsSync(dir);
  const half = (stat.bavail * stat.bsize) / 2;
  return want <= half
    ? { bytes: want, note: '' }
    : { bytes: half, note: ` (cut from ${wantedMb} MB to half the free disk)` };
}

async function largeWarc(file: string, pages: BenchHtml[], bytes: number) {
  const filler = crypto.randomBytes(FILLER_BYTES);
  let written = 0;
  let fillers = 0;
  let html = 0;
  // Bench pages between incompressible non-HTML records (as PDFs are), until the file has its size.
  async function* records(): AsyncGenerator<WarcResponse> {
    const pageIter = copiesOf(pages, 2);
    while (written < bytes) {
      for (let i = 0; i < 4; i++) {
        const next = pageIter.next();
        if (next.done) break;
        html++;
        yield next.value;
      }
      fillers++;
      yield {
        url: `http://files.bench.example/${fillers}.pdf`,
        date: '2024-03-01T08:00:00Z',
        contentType: 'application/pdf',
        body: filler,
      };
      written = fs.existsSync(file) ? fs.statSync(file).size : 0;
    }
  }
  const total = await writeWarc(file, records());
  return { total, html, fillers };
}

function runDask(files: string[], outDir: string): { pages: number; wallS: number } | string {
  const ok = spawnSync(PYTHON, ['-c', 'import dask, distributed'], { stdio: 'ignore' });
  if (ok.status !== 0) return 'skipped: python3-dask/python3-distributed not installed';
  const started = performance.now();
  const r = spawnSync(PYTHON, [DRIVER, '--workers', '2', '--out', outDir, ...files, '--', '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wallS = (performance.now() - started) / 1000;
  if (r.status !== 0) return `failed: ${r.stderr.toString().slice(-500)}`;
  const pages = fs
    .readdirSync(outDir)
    .filter((f) => f.endsWith('.jsonl'))
    .reduce(
      (n, f) => n + fs.readFileSync(path.join(outDir, f), 'utf8').split('\n').filter(Boolean).length,
      0,
    );
  return { pages, wallS };
}

/** Prints each figure as soon as it is measured (the whole takes minutes). */
export async function corpusLines(largeMb: number, print: (line: string) => void): Promise<void> {
  const pages = benchPages();
  if (pages.length === 0) {
    print('corpus: skipped, ../shared/bench and bench-b not found (GOVLENS_SHARED=DIR to name ../shared)');
    return;
  }
  const cores = os.availableParallelism();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-bench-corpus-'));
  try {
    const load = os.loadavg()[0]!.toFixed(2);
    const benchWarc = path.join(tmp, 'bench.warc.gz');
    const size = await writeWarc(benchWarc, copiesOf(pages, COPIES));
    print(
      `corpus: the ${pages.length} bench + bench-b pages ×${COPIES} as one WARC (${mb(size)} MB gzipped), ${cores} cores, load average ${load} at the start`,
    );
    // Before and after the corpus bundle's lazy listener maps (cli/lazy-event-targets.ts), back to back.
    const asIs = runCli(benchWarc, 1, { ...process.env, [AS_IS_ENV]: '1' });
    const one = runCli(benchWarc, 1);
    print(`  --jobs 1: ${fmtRun(one)}; target ≥ ${TARGET_PAGES_PER_CORE} pages/s per core`);
    print(
      `  --jobs 1, linkedom as is (before the lazy listener maps), run just before: ${perCpu(asIs).toFixed(1)} pages per CPU-second, ` +
        `${asIs.rate.toFixed(1)} pages/s; lazy maps: ${perCpu(one).toFixed(1)} and ${one.rate.toFixed(1)} ` +
        `(${(asIs.cpuS !== null && one.cpuS !== null ? (1 - one.cpuS / asIs.cpuS) * 100 : Number.NaN).toFixed(0)} % less CPU)`,
    );
    const all = runCli(benchWarc, cores);
    print(`  --jobs ${cores}: ${fmtRun(all)}`);
    const speedup = all.rate / one.rate;
    print(
      `  speed-up --jobs ${cores} / --jobs 1: ${speedup.toFixed(2)}×${cores === 2 ? ` (target ≥ ${TARGET_SPEEDUP_2}×)` : ''}; wall clock ${(one.wallS / all.wallS).toFixed(2)}×`,
    );

    // On a shared machine wall-clock rates measure the neighbours too; CPU time does not. The same runs on
    // one copy of the pages give, by difference, what the extra pages cost without start-up (loading the
    // engine, bundling the worker). N jobs reach at most N × their own pages per CPU-second.
    const smallWarc = path.join(tmp, 'bench-1.warc.gz');
    await writeWarc(smallWarc, copiesOf(pages, 1));
    const oneSmall = runCli(smallWarc, 1);
    const allSmall = runCli(smallWarc, cores);
    const marginal = (big: CliRun, small: CliRun) =>
      big.cpuS !== null && small.cpuS !== null
        ? (big.pages - small.pages) / (big.cpuS - small.cpuS)
        : Number.NaN;
    const m1 = marginal(one, oneSmall);
    const mN = marginal(all, allSmall);
    print(
      `  without start-up (×${COPIES} minus ×1): --jobs 1 ${m1.toFixed(1)} pages per CPU-second (target ≥ ${TARGET_PAGES_PER_CORE} per core), --jobs ${cores} ${mN.toFixed(1)}; ` +
        `so on an idle machine --jobs ${cores} reaches at most ${((cores * mN) / m1).toFixed(2)}× --jobs 1; start-up ${oneSmall.cpuS === null ? '·' : (oneSmall.cpuS - oneSmall.pages / m1).toFixed(1)} CPU-s with one job, ${allSmall.cpuS === null ? '·' : (allSmall.cpuS - allSmall.pages / mN).toFixed(1)} with ${cores}; load average now ${os.loadavg()[0]!.toFixed(2)}`,
    );

    const large = path.join(tmp, 'large.warc.gz');
    const { bytes, note } = largeSize(largeMb, tmp);
    const started = performance.now();
    const made = await largeWarc(large, pages, bytes);
    const writeS = (performance.now() - started) / 1000;
    const big = runCli(large, cores);
    print(
      `  large WARC: ${mb(made.total)} MB${note}, ${made.html} HTML pages between ${made.fillers} non-HTML records of ${FILLER_BYTES / 1024 / 1024} MiB (random bytes; written in ${writeS.toFixed(0)} s): ` +
        `--jobs ${cores} peak RSS ${big.peakMb === null ? '·' : `${big.peakMb.toFixed(0)} MB`} (target < ${TARGET_PEAK_MB} MB), read in ${big.wallS.toFixed(1)} s`,
    );
    fs.rmSync(large);

    const parts = Array.from({ length: DASK_FILES }, (_, i) => path.join(tmp, `part-${i}.warc.gz`));
    const all3 = [...copiesOf(pages, COPIES)];
    const per = Math.ceil(all3.length / DASK_FILES);
    for (const [i, file] of parts.entries()) await writeWarc(file, all3.slice(i * per, (i + 1) * per));
    const dask = runDask(parts, path.join(tmp, 'dask-out'));
    print(
      typeof dask === 'string'
        ? `  Dask driver: ${dask}`
        : `  Dask driver, LocalCluster of 2 workers × 1 thread, the same pages in ${DASK_FILES} WARC files: ${dask.pages} pages in ${dask.wallS.toFixed(1)} s = ${(dask.pages / dask.wallS).toFixed(1)} pages/s, cluster and govlens start-up included`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
