/** Size of the built extension's content script, the code every matching page loads. */

import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../eval/inputs';

const DIR = path.join(REPO_ROOT, '.output/chrome-mv3/content-scripts');

export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** The content scripts' sizes, or null when the extension has not been built. */
export function contentScriptSizes(): ScriptSize[] | null {
  if (!fs.existsSync(DIR)) return null;
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.js'));
  if (files.length === 0) return null;
  return files.sort().map((f) => {
    const bytes = fs.readFileSync(path.join(DIR, f));
    return { file: f, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
}
