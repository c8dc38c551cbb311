import { pageChars } from '../lib/page-size';
import type { PageText } from '../lib/page-text';
import { AnalysisQueue } from './analysis-queue';
import type { AnalysisJob, AnalyzeReply } from './messages';
import { workerRunner } from './worker-runner';

/**
 * Threads analysing at once. Two: a long page takes one, and a short page opened beside it gets the
 * other at once (utils/analysis-queue.ts).
 */
const LANES = 2;
/**
 * From this many characters a page counts as long and leaves the last thread to short ones: about
 * twice the longest article body in the development sets (26,266 characters, bench-b), well under a
 * second of analysis at `npm run bench`'s rate.
 */
const LONG_PAGE_CHARS = 50_000;

/** Each tab's analyses, off the thread that asked: see AnalysisQueue. */
export interface AnalysisEngine {
  run(job: AnalysisJob): Promise<AnalyzeReply | null>;
  cancel(tabId: number, frameId?: number): void;
}

/** The queue and its Web Workers, in this context (Firefox's background page, Chromium's offscreen document). */
export function localEngine(url: string): AnalysisEngine {
  const queue = new AnalysisQueue<PageText, AnalyzeReply>(() => workerRunner(url), pageChars, {
    lanes: LANES,
    longFrom: LONG_PAGE_CHARS,
  });
  return {
    run: (job) => queue.run(job.tabId, job.frameId, job.page),
    cancel: (tabId, frameId) => queue.cancel(tabId, frameId),
  };
}
