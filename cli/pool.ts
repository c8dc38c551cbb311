/**
 * N worker threads that analyse pages; each holds its next page while it works on one, so it starts that
 * page without waiting for this thread. The caller keeps the order (cli/corpus.ts): a page's result is a
 * promise, awaited in input order.
 */
import { Worker } from 'node:worker_threads';
import type { PageMeta } from './items';
import { errorLine, type LineOptions, type Outcome } from './lines';

export interface PoolRequest {
  id: number;
  bytes: Uint8Array;
  charset: string | null;
  meta: PageMeta;
}

export interface PoolResponse {
  id: number;
  outcome: Outcome;
}

interface Pending {
  request: PoolRequest;
  resolve: (o: Outcome) => void;
}

/**
 * Each worker's old-generation heap: the engine's live data is ~55 MB and a page's DOM adds a few tens,
 * but V8 lets garbage grow to several times that before collecting (measured on the bench pages: 421 MB
 * resident with one job, 703 MB with two, for ~56 MB live). The cap makes it collect sooner.
 */
export const WORKER_HEAP_MB = 256;

/**
 * Each worker's young generation (V8's default is larger): with 2 jobs on the bench pages ×3 the process
 * peaked at 409–420 MB resident with the default, 380–383 MB with 24 MB and 368–371 MB with 12 MB, for
 * the same CPU time within the noise of a loaded machine (22.5–24.1 CPU-s each). A lower old-generation
 * cap did not lower the peak (256, 192, 160 MB: 454–476 MB each, before the assets left the bundle).
 *
 * Measured again after the gazetteer's flat trie (bench + bench-b pages ×8, 2 jobs, load 3–6): 24 MB
 * 36.0–36.5 CPU-s, 409–417 MB; 48 MB 34.8–38.2 CPU-s (no gain beyond the noise), 458–467 MB; 56 MB
 * 33.7 CPU-s, 534–536 MB; 64 MB 32.7–33.1 CPU-s, 539–564 MB (old generation capped at 160 or 128 MB:
 * still 532–560 MB). V8 makes each of the two semispaces a third of this, rounded up to a power of two
 * (v8.getHeapSpaceStatistics: new space 16 MB at 24, 32 MB at 48, 64 MB at 52 or 64): so 52 MB (32.8
 * CPU-s, 541 MB) is already the 64 MB step. That step saves ~8 % of the processor time, but needs ~60 MB
 * less resident elsewhere to keep under 500 MB.
 */
export const WORKER_YOUNG_MB = 24;

/**
 * Pages a worker holds at once: the one it works on and the next. With one at a time a worker that
 * finished waited for this thread to be scheduled and send the next page: with --jobs 2 on the bench
 * pages ×8 (2 cores, shared with other work) each worker waited 2.5 s of its 33 s; holding two, 0.3 s.
 */
export const PAGES_PER_WORKER = 2;

export class WorkerPool {
  /** Each worker's pages, in the order sent: it answers them in that order. */
  private readonly held = new Map<Worker, Pending[]>();
  private readonly queue: Pending[] = [];
  private readonly workers = new Set<Worker>();
  private nextId = 0;
  private closing = false;

  /** `script`: the bundled worker (dist-cli/worker.mjs, cli/build-cli.ts). */
  constructor(
    size: number,
    private readonly options: LineOptions,
    private readonly script: string,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, {
      workerData: this.options,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    worker.on('message', (res: PoolResponse) => this.done(worker, res));
    worker.on('error', (e) => this.lost(worker, e.message));
    worker.on('exit', (code) => this.lost(worker, `worker stopped with code ${code}`));
    this.workers.add(worker);
    this.held.set(worker, []);
    return worker;
  }

  /**
   * A worker that died (out of memory on a huge page, a crash outside the page's try): the page it worked
   * on gets an error line, the page it held next goes back to the queue's head, and a fresh worker takes
   * its place, so one page never ends the run.
   */
  private lost(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker) || this.closing) return;
    const [pending, ...next] = this.held.get(worker) ?? [];
    this.held.delete(worker);
    this.queue.unshift(...next);
    pending?.resolve({ kind: 'error', line: errorLine(pending.request.meta, `analysis failed: ${reason}`) });
    this.spawn();
    this.dispatch();
  }

  run(bytes: Uint8Array, charset: string | null, meta: PageMeta): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ request: { id: this.nextId++, bytes, charset, meta }, resolve });
      this.dispatch();
    });
  }

  /** The next page to the worker holding the fewest, while one holds fewer than PAGES_PER_WORKER. */
  private dispatch(): void {
    while (this.queue.length) {
      let worker: Worker | null = null;
      let least = PAGES_PER_WORKER;
      for (const [w, pages] of this.held)
        if (pages.length < least) {
          worker = w;
          least = pages.length;
        }
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.held.get(worker)!.push(pending);
      // A copy of its own moves to the worker: the reader's buffers may still back what it reads next.
      const own = new Uint8Array(pending.request.bytes); // a copy even of a Buffer, whose slice() is a view
      worker.postMessage({ ...pending.request, bytes: own }, [own.buffer as ArrayBuffer]);
    }
  }

  private done(worker: Worker, res: PoolResponse): void {
    const pages = this.held.get(worker);
    if (pages?.[0]?.request.id === res.id) pages.shift()!.resolve(res.outcome);
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }
}
