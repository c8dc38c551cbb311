#!/usr/bin/env node
// Runs the prebuilt CLI (dist-cli/, cli/build-cli.ts) when it matches the sources; else builds it first
// through tsx (about a second), so `npx govlens` always runs the engine as it is in lib/.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PREBUILT_DIR, prebuiltFresh } from '../cli/prebuilt.mjs';

let dir = PREBUILT_DIR;
let remove = () => {};
if (!prebuiltFresh()) {
  const { register } = await import('tsx/esm/api');
  register();
  const { currentCli } = await import('../cli/build-cli.ts');
  ({ dir, remove } = await currentCli());
}
const { run } = await import(pathToFileURL(path.join(dir, 'govlens.mjs')).href);
try {
  process.exitCode = await run(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
    { stdin: process.stdin, progressStream: process.stderr.isTTY ? process.stderr : null },
  );
} finally {
  remove();
}
