/**
 * N worker threads that analyse pages; each takes the next page as soon as it is free. The caller keeps
 * the order (cli/corpus.ts): a page's result is a promise, awaited in input order.
 */
import { Worker } from 'node:worker_threads';
import type { PageMeta } from './items';
import type { LineOptions, Outcome } from './lines';

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
  reject: (e: Error) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly workers: Worker[] = [];
  private nextId = 0;

  /** `script`: the bundled worker (cli/worker-bundle.ts). */
  constructor(size: number, options: LineOptions, script: string) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: options });
      worker.on('message', (res: PoolResponse) => this.done(worker, res));
      // A worker that dies (out of memory, a bug outside the page's try) fails the run, as the CLI would.
      worker.on('error', (e) => this.fail(worker, e));
      worker.on('exit', (code) => {
        if (this.busy.has(worker)) this.fail(worker, new Error(`worker stopped with code ${code}`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  run(bytes: Uint8Array, charset: string | null, meta: PageMeta): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, bytes, charset, meta }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      // A copy of its own moves to the worker: the reader's buffers may still back what it reads next.
      const own = new Uint8Array(pending.request.bytes); // a copy even of a Buffer, whose slice() is a view
      worker.postMessage({ ...pending.request, bytes: own }, [own.buffer as ArrayBuffer]);
    }
  }

  private done(worker: Worker, res: PoolResponse): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    this.idle.push(worker);
    if (pending && pending.request.id === res.id) pending.resolve(res.outcome);
    this.dispatch();
  }

  private fail(worker: Worker, e: Error): void {
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    pending?.reject(e);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
