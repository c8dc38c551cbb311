import type { PageText } from '../lib/page-text';
import type { Runner } from './analysis-queue';
import type { AnalyzeReply, WorkerAnswer, WorkerRequest } from './messages';

/** The analysis worker's script in the built extension (entrypoints/analysis-worker.ts). */
export const WORKER_SCRIPT = '/analysis-worker.js';

/** A dedicated Web Worker running the engine, one page at a time (utils/analysis-queue.ts). */
export function workerRunner(url: string): Runner<PageText, AnalyzeReply> {
  const worker = new Worker(url);
  let pending: { resolve(r: AnalyzeReply): void; reject(e: unknown): void } | null = null;
  const settle = (answer: WorkerAnswer) => {
    const p = pending;
    pending = null;
    if (!p) return;
    if (answer.ok) p.resolve(answer.reply);
    else p.reject(new Error(answer.error));
  };
  worker.onmessage = (e: MessageEvent<WorkerAnswer>) => settle(e.data);
  worker.onerror = (e) => {
    // An uncaught error or a failed start: the job fails, and the queue starts a new thread.
    e.preventDefault();
    settle({ ok: false, error: e.message || 'analysis worker failed' });
  };
  return {
    run(page) {
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage({ page } satisfies WorkerRequest);
      });
    },
    terminate() {
      pending = null;
      worker.terminate();
    },
  };
}
