/**
 * A corpus run: items in input order → one JSON line each, analysed on --jobs worker threads, printed in
 * input order. At most IN_FLIGHT_PER_JOB pages per job are in flight, so memory stays bounded whatever the input's size.
 */

import { workerScript } from './build-cli';
import type { Item, PageMeta } from './items';
import { errorLine, type LineOptions, type Outcome } from './lines';
import { WorkerPool } from './pool';
import { type ProgressBar, startProgress } from './progress';
import type { Progress } from './sources';

export interface CorpusOptions extends LineOptions {
  jobs: number;
  quiet: boolean;
  /** Standard error when it is a terminal: the progress bar draws there. */
  progressStream: NodeJS.WriteStream | null;
}

export interface Counts {
  articles: number;
  nonArticles: number;
  errors: number;
  skipped: number;
  filtered: number;
  /** Files of a folder or list that are missing or not HTML: the run's exit code says so. */
  unreadableFiles: number;
}

/**
 * Pages per job in flight: lines are printed in input order, so a long page holds back the reading of
 * new ones once this many are waiting behind it, and the other workers run dry. With --jobs 2 on the bench
 * + bench-b pages ×8, runs on a quiet machine: 4 per job 22.3 and 22.6 s, 16 per job 21.4 and 22.5 s
 * (+10 MB peak; the pages and lines waiting are small).
 */
const IN_FLIGHT_PER_JOB = 16;

type Done = { item: Item; outcome?: Outcome };

export function summaryLine(c: Counts, seconds: number): string {
  const pages = c.articles + c.nonArticles + c.errors;
  const rate = seconds > 0 ? (pages / seconds).toFixed(1) : '·';
  return (
    `govlens: ${pages} pages in ${seconds.toFixed(1)} s (${rate} pages/s): ${c.articles} articles, ` +
    `${c.nonArticles} not articles, ${c.errors} errors; ${c.skipped} records skipped (not HTML)` +
    (c.filtered ? `, ${c.filtered} filtered out by --url-pattern` : '')
  );
}

export async function runCorpus(
  items: AsyncIterable<Item>,
  progress: Progress,
  options: CorpusOptions,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<{ code: number; counts: Counts }> {
  const lineOptions: LineOptions = { fields: options.fields, onlyArticles: options.onlyArticles };
  // The engine loads in worker threads, never here, even with --jobs 1: a worker costs ~5 % more
  // processor time than this thread but keeps the heap cap (WORKER_HEAP_MB); in this thread one job
  // peaked at 538 MB resident on the bench WARC, over the 500 MB the corpus tool keeps to.
  const bundle = await workerScript(err);
  const pool = new WorkerPool(options.jobs, lineOptions, bundle.worker);
  const analyse = (bytes: Uint8Array, charset: string | null, meta: PageMeta) =>
    pool.run(bytes, charset, meta);
  const counts: Counts = {
    articles: 0,
    nonArticles: 0,
    errors: 0,
    skipped: 0,
    filtered: 0,
    unreadableFiles: 0,
  };
  const started = performance.now();
  const bar: ProgressBar | null =
    options.progressStream && !options.quiet ? startProgress(progress, options.progressStream) : null;

  const emit = ({ item, outcome }: Done) => {
    if (item.kind === 'skipped') counts.skipped++;
    else if (item.kind === 'filtered') counts.filtered++;
    else if (item.kind === 'error') {
      counts.errors++;
      if (item.meta.file !== undefined) counts.unreadableFiles++;
      out(`${errorLine(item.meta, item.error)}\n`);
    } else if (outcome?.kind === 'card') {
      if (outcome.isArticle) counts.articles++;
      else counts.nonArticles++;
      if (outcome.line !== null) out(`${outcome.line}\n`);
    } else if (outcome?.kind === 'error') {
      counts.errors++;
      out(`${outcome.line}\n`);
    } else if (item.meta.file !== undefined) {
      // A file of a folder that is not a page: said on standard error, as for a single file.
      counts.unreadableFiles++;
      err(`govlens: ${item.meta.file} is not an HTML page\n`);
    } else counts.skipped++;
    bar?.update(counts, (performance.now() - started) / 1000);
  };

  const window = options.jobs * IN_FLIGHT_PER_JOB;
  const queue: Promise<Done>[] = [];
  try {
    for await (const item of items) {
      queue.push(
        item.kind === 'page'
          ? analyse(item.bytes, item.charset, item.meta).then((outcome) => ({ item, outcome }))
          : Promise.resolve({ item }),
      );
      while (queue.length >= window) emit(await queue.shift()!);
    }
    while (queue.length) emit(await queue.shift()!);
  } finally {
    bar?.stop();
    await pool.close();
    bundle.remove();
  }
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) err(`${summaryLine(counts, seconds)}\n`);
  return { code: counts.unreadableFiles ? 1 : 0, counts };
}
