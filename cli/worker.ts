/** A worker thread of `govlens analyze --jobs N`: pages in, output lines back, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { LineOptions } from './lines';
import { analyzePage } from './page-task';
import type { PoolRequest, PoolResponse } from './pool';

const options = workerData as LineOptions;
const port = parentPort!;

// The pool sends a page while the one before is analysed (PAGES_PER_WORKER): one page at a time, in order.
let last = Promise.resolve();
port.on('message', (req: PoolRequest) => {
  last = last.then(async () => {
    const outcome = await analyzePage(req.bytes, req.charset, req.meta, options);
    port.postMessage({ id: req.id, outcome } satisfies PoolResponse);
  });
});
