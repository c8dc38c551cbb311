#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx govlens` always uses the engine as it is in lib/.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../cli/main.ts');
const code = await run(
  process.argv.slice(2),
  (s) => process.stdout.write(s),
  (s) => process.stderr.write(s),
  { stdin: process.stdin, progressStream: process.stderr.isTTY ? process.stderr : null },
);
process.exitCode = code;
