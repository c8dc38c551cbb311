/** `npm run build:cli`: the prebuilt CLI in dist-cli/ (cli/build-cli.ts), which bin/govlens.mjs runs. */
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, ENTRIES } from '../cli/build-cli';
import { PREBUILT_DIR } from '../cli/prebuilt.mjs';

const started = performance.now();
await buildCli(PREBUILT_DIR);
const sizes = Object.keys(ENTRIES)
  .map(
    (name) => `${name}.mjs ${(fs.statSync(path.join(PREBUILT_DIR, `${name}.mjs`)).size / 1e6).toFixed(1)} MB`,
  )
  .join(', ');
console.log(
  `build:cli: ${path.relative(process.cwd(), PREBUILT_DIR)}/ (${sizes}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
