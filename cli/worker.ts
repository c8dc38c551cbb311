/** A worker thread of `govlens analyze --jobs N`: pages in, output lines back, one at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { LineOptions } from './lines';
import { analyzePage } from './page-task';
import type { PoolRequest, PoolResponse } from './pool';

const options = workerData as LineOptions;
const port = parentPort!;

port.on('message', async (req: PoolRequest) => {
  const outcome = await analyzePage(req.bytes, req.charset, req.meta, options);
  port.postMessage({ id: req.id, outcome } satisfies PoolResponse);
});
