/**
 * Corpus figures for `npm run bench`: the CLI over the bench pages written as a WARC (pages/s with one
 * job and with every core, and the speed-up, end to end and without the start-up measured on a one-page
 * WARC), its peak memory on a large generated WARC, and the Dask driver on a 2-worker LocalCluster. Each run is a real `node bin/govlens.mjs analyze` process; peak
 * memory is its maximum resident set (GNU time), worker threads included.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentCli } from '../../cli/build-cli';
import { AS_IS_ENV } from '../../cli/lazy-event-targets';
import { NO_PREBUILT_ENV, prebuiltFresh } from '../../cli/prebuilt.mjs';
import { type WarcResponse, writeWarc } from '../corpus/write-warc';
import { DEFAULT_BENCHES, loadBench, REPO_ROOT } from '../eval/inputs';

const BIN = path.join(REPO_ROOT, 'bin/govlens.mjs');
const GNU_TIME = '/usr/bin/time';
const PYTHON = '/usr/bin/python3';
const DRIVER = path.join(REPO_ROOT, 'scripts/corpus/dask_driver.py');
/**
 * Copies of the bench pages in the timed WARC (`--corpus-copies`): 8 × 158 pages are ~30 s of one job's
 * work on a quiet machine, so the ~1 s start-up weighs little even end to end.
 */
export const DEFAULT_CORPUS_COPIES = 8;
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
  /** 1-minute load average before and after the run: how much the neighbours weighed on the wall clock. */
  load: [number, number];
}

const load1 = () => os.loadavg()[0]!;

/** util-linux's taskset: a run confined to one processor measures one core's throughput as such. */
const TASKSET = '/usr/bin/taskset';

function runCli(file: string, jobs: number, env: NodeJS.ProcessEnv = process.env, oneCore = false): CliRun {
  const args = [BIN, 'analyze', file, '--jobs', String(jobs)];
  const timed = fs.existsSync(GNU_TIME);
  const node = oneCore ? [TASKSET, '-c', '0', process.execPath] : [process.execPath];
  const command = timed ? [GNU_TIME, '-f', 'MAXRSS_KB=%M CPU_S=%U+%S', ...node, ...args] : [...node, ...args];
  const loadBefore = load1();
  const started = performance.now();
  const r = spawnSync(command[0]!, command.slice(1), {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    env,
  });
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
    load: [loadBefore, load1()],
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const f1 = (x: number | null) => (x === null || Number.isNaN(x) ? '·' : x.toFixed(1));
const f2 = (x: number | null) => (x === null || Number.isNaN(x) ? '·' : x.toFixed(2));
const perCpu = (r: CliRun) => (r.cpuS ? r.pages / r.cpuS : Number.NaN);
const loadOf = (r: CliRun) => `load ${r.load[0].toFixed(2)}→${r.load[1].toFixed(2)}`;
const peakOf = (r: CliRun) => (r.peakMb === null ? '·' : `${r.peakMb.toFixed(0)} MB`);

/** A run's figures with and without its start-up (the same --jobs on a one-page WARC, run just before). */
function steady(r: CliRun, startup: CliRun) {
  const pages = r.pages - startup.pages;
  return {
    wallRate: pages / (r.wallS - startup.wallS),
    cpuRate: r.cpuS !== null && startup.cpuS !== null ? pages / (r.cpuS - startup.cpuS) : Number.NaN,
  };
}

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
export async function corpusLines(
  largeMb: number,
  copies: number,
  print: (line: string) => void,
): Promise<void> {
  const pages = benchPages();
  if (pages.length === 0) {
    print('corpus: skipped, ../shared/bench and bench-b not found (GOVLENS_SHARED=DIR to name ../shared)');
    return;
  }
  // The runs below measure the prebuilt CLI, not its build: bring dist-cli up to date first.
  const fresh = prebuiltFresh();
  await currentCli();
  const cores = os.availableParallelism();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-bench-corpus-'));
  try {
    const benchWarc = path.join(tmp, 'bench.warc.gz');
    const size = await writeWarc(benchWarc, copiesOf(pages, copies));
    const total = pages.length * copies;
    print(
      `corpus: the ${pages.length} bench + bench-b pages ×${copies} = ${total} pages as one WARC (${mb(size)} MB gzipped; --corpus-copies N), ` +
        `${cores} cores, load average ${load1().toFixed(2)} at the start; prebuilt CLI dist-cli/ ${fresh ? 'current' : 'built just now'}. ` +
        'CPU-s = user + system time of the whole process (all threads): what the pages cost whatever else runs; wall-clock figures count the neighbours too.',
    );

    // Start-up: the same command on a WARC of one page (its ~30 ms included), each --jobs value.
    const oneWarc = path.join(tmp, 'one-page.warc.gz');
    await writeWarc(oneWarc, copiesOf(pages.slice(0, 1), 1));
    const start1 = runCli(oneWarc, 1);
    const startN = runCli(oneWarc, cores);
    // Before dist-cli every run compiled the CLI through tsx and bundled the worker with esbuild.
    const startOld = runCli(oneWarc, 1, { ...process.env, [NO_PREBUILT_ENV]: '1' });
    print(
      `  start-up (one-page WARC): --jobs 1 ${f2(start1.cpuS)} CPU-s, ${start1.wallS.toFixed(2)} s wall (${loadOf(start1)}); ` +
        `--jobs ${cores} ${f2(startN.cpuS)} CPU-s, ${startN.wallS.toFixed(2)} s wall (${loadOf(startN)}); ` +
        `--jobs 1 with the bundle built at the run's start as before dist-cli (${NO_PREBUILT_ENV}=1: tsx + esbuild, whose own process's CPU may go uncounted) ${f2(startOld.cpuS)} CPU-s, ${startOld.wallS.toFixed(2)} s wall`,
    );

    const one = runCli(benchWarc, 1);
    const s1 = steady(one, start1);
    print(
      `  --jobs 1: ${total} pages in ${one.wallS.toFixed(1)} s wall = ${f1(one.pages / one.wallS)} pages/s end to end, ${f1(s1.wallRate)} without start-up; ` +
        `${f1(one.cpuS)} CPU-s = ${f1(perCpu(one))} pages per CPU-second end to end, ${f1(s1.cpuRate)} without start-up (target ≥ ${TARGET_PAGES_PER_CORE} per core); peak RSS ${peakOf(one)} (${loadOf(one)})`,
    );
    const all = runCli(benchWarc, cores);
    const sN = steady(all, startN);
    print(
      `  --jobs ${cores}: ${total} pages in ${all.wallS.toFixed(1)} s wall = ${f1(all.pages / all.wallS)} pages/s end to end, ${f1(sN.wallRate)} without start-up; ` +
        `${f1(all.cpuS)} CPU-s = ${f1(perCpu(all))} pages per CPU-second end to end, ${f1(sN.cpuRate)} without start-up; peak RSS ${peakOf(all)} (target < ${TARGET_PEAK_MB} MB) (${loadOf(all)})`,
    );
    // One job still keeps more than one processor busy (V8's collector threads, the reader in the main
    // thread): "one core's throughput" is the same run confined to one processor.
    const pinned = fs.existsSync(TASKSET) ? runCli(benchWarc, 1, process.env, true) : null;
    if (pinned)
      print(
        `  --jobs 1 confined to one processor (taskset -c 0): ${total} pages in ${pinned.wallS.toFixed(1)} s wall = ${f1(pinned.pages / pinned.wallS)} pages/s; ` +
          `--jobs ${cores} on ${cores} processors ${f2(pinned.wallS / all.wallS)}× one processor's throughput${cores === 2 ? ` (target ≥ ${TARGET_SPEEDUP_2}×)` : ''}; ` +
          `unconfined --jobs 1 kept ${f2((one.cpuS ?? Number.NaN) / one.wallS)} processors busy (${loadOf(pinned)})`,
      );
    const target = cores === 2 ? ` (target ≥ ${TARGET_SPEEDUP_2}× one processor's, the line above)` : '';
    print(
      `  speed-up --jobs ${cores} / --jobs 1, wall clock: ${f2(one.wallS / all.wallS)}× end to end, ${f2(sN.wallRate / s1.wallRate)}× without start-up${target}; ` +
        `the most ${cores} jobs can reach from CPU time (${cores} × the per-CPU-second rates without start-up): ${f2((cores * sN.cpuRate) / s1.cpuRate)}× ` +
        `(each page costs ${f2(s1.cpuRate / sN.cpuRate)}× the CPU with ${cores} engines in the process). On a busy machine only the CPU figures hold.`,
    );

    // Before and after the bundle's lazy listener maps (cli/lazy-event-targets.ts), back to back, ×1.
    const smallWarc = path.join(tmp, 'bench-1.warc.gz');
    await writeWarc(smallWarc, copiesOf(pages, 1));
    const asIs = runCli(smallWarc, 1, { ...process.env, [AS_IS_ENV]: '1' });
    const lazy = runCli(smallWarc, 1);
    print(
      `  --jobs 1 on the ${pages.length} pages ×1, back to back: linkedom as is (${AS_IS_ENV}=1, a bundle built for the run) ${f1(asIs.cpuS)} CPU-s, ` +
        `the lazy listener maps ${f1(lazy.cpuS)} CPU-s (${f1(asIs.cpuS !== null && lazy.cpuS !== null ? (1 - lazy.cpuS / asIs.cpuS) * 100 : Number.NaN)} % less; ${loadOf(lazy)})`,
    );

    const large = path.join(tmp, 'large.warc.gz');
    const { bytes, note } = largeSize(largeMb, tmp);
    const started = performance.now();
    const made = await largeWarc(large, pages, bytes);
    const writeS = (performance.now() - started) / 1000;
    const big = runCli(large, cores);
    print(
      `  large WARC: ${mb(made.total)} MB${note}, ${made.html} HTML pages between ${made.fillers} non-HTML records of ${FILLER_BYTES / 1024 / 1024} MiB (random bytes; written in ${writeS.toFixed(0)} s): ` +
        `--jobs ${cores} peak RSS ${peakOf(big)} (target < ${TARGET_PEAK_MB} MB), read in ${big.wallS.toFixed(1)} s (${loadOf(big)})`,
    );
    fs.rmSync(large);

    const parts = Array.from({ length: DASK_FILES }, (_, i) => path.join(tmp, `part-${i}.warc.gz`));
    const records = [...copiesOf(pages, copies)];
    const per = Math.ceil(records.length / DASK_FILES);
    for (const [i, file] of parts.entries()) await writeWarc(file, records.slice(i * per, (i + 1) * per));
    const daskLoad = load1();
    const dask = runDask(parts, path.join(tmp, 'dask-out'));
    print(
      typeof dask === 'string'
        ? `  Dask driver: ${dask}`
        : `  Dask driver, LocalCluster of 2 workers × 1 thread, the same ${total} pages in ${DASK_FILES} WARC files: ${dask.pages} pages in ${dask.wallS.toFixed(1)} s = ` +
            `${f1(dask.pages / dask.wallS)} pages/s, cluster and govlens start-up included; ${f2(one.wallS / dask.wallS)}× the CLI's --jobs 1 wall clock (load ${daskLoad.toFixed(2)}→${load1().toFixed(2)})`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
