/**
 * `--model FILE` for the measuring scripts (eval, pipeline-part): runs the script again in a child
 * process in which every import of assets/ner-model.json reads FILE (use-model.mjs), and exits with
 * its code. The shipped model learns every sentence of both corpora, so held-out figures need a
 * model trained without the held-out parts: `npm run train:ner -- --split --out FILE`.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Returns when this process already reads FILE (or no model was asked for); else never returns. */
export function rerunWithModel(file: string | undefined): void {
  if (!file) return;
  const wanted = path.resolve(file);
  if (process.env.GOVLENS_NER_MODEL === wanted) return;
  if (!fs.existsSync(wanted)) {
    console.error(`--model: no file ${file}`);
    process.exit(2);
  }
  const hook = path.join(import.meta.dirname, 'use-model.mjs');
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--import', hook, process.argv[1]!, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, GOVLENS_NER_MODEL: wanted } },
  );
  process.exit(child.status ?? 1);
}
