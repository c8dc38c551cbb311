/**
 * The engine's corpus code as one plain-JavaScript file, bundled by esbuild at the start of a corpus run
 * (about half a second), run in each worker thread. A worker started on the TypeScript through tsx compiled the engine
 * again in each thread: measured on the fixture, 7.3 s and 388 MB for two workers against 1.8 s and
 * 300 MB bundled. Bundled, linkedom's nodes also come without listener maps (cli/lazy-event-targets.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { lazyEventTargets } from './lazy-event-targets';

export interface WorkerBundle {
  file: string;
  remove(): void;
}

export async function bundleWorker(
  warn: (message: string) => void = (m) => process.stderr.write(m),
): Promise<WorkerBundle> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-worker-'));
  const file = path.join(dir, 'worker.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    plugins: [lazyEventTargets(warn)],
    // CommonJS dependencies call require(); an ES module bundle has to provide it.
    banner: {
      js: "import { createRequire as __govlensRequire } from 'node:module'; const require = __govlensRequire(import.meta.url);",
    },
  });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
