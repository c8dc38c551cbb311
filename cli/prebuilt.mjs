/**
 * The prebuilt CLI (`npm run build:cli`, cli/build-cli.ts): dist-cli/govlens.mjs, its worker and its
 * one-page analysis, each one plain-JavaScript file, so a run starts without tsx compiling the CLI and
 * the engine. Plain JavaScript itself: bin/govlens.mjs checks it before anything is compiled.
 *
 * The bundle is used only while every file it was built from (esbuild's list: cli/, lib/, assets/, the
 * node_modules files it took, the build script) has the size and modification time it had then, so a
 * clone whose sources moved on never runs an old engine.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
export const PREBUILT_DIR = path.join(REPO_ROOT, 'dist-cli');
/** Written last by a build: what each input was when bundled. */
export const STAMP = 'inputs.json';
/** Set to 1, a run bundles its own copy instead of using dist-cli (how `npm run bench` measures variants). */
export const NO_PREBUILT_ENV = 'GOVLENS_NO_PREBUILT';
/**
 * Set to 1, the bundle keeps linkedom as it is (cli/lazy-event-targets.ts): a different bundle from the
 * prebuilt one, which `npm run bench` measures against it.
 */
export const AS_IS_ENV = 'GOVLENS_LINKEDOM_AS_IS';

/** Whether this run must bundle its own copy rather than use or write dist-cli. */
export function prebuiltRefused() {
  return process.env[NO_PREBUILT_ENV] === '1' || process.env[AS_IS_ENV] === '1';
}

/** Whether the prebuilt files in `dir` were built from the files as they are now. */
export function prebuiltFresh(dir = PREBUILT_DIR) {
  if (prebuiltRefused()) return false;
  let stamp;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(dir, STAMP), 'utf8'));
  } catch {
    return false;
  }
  if (!stamp || typeof stamp.inputs !== 'object') return false;
  for (const file of stamp.files ?? []) if (!fs.existsSync(path.join(dir, file))) return false;
  for (const [file, [mtimeMs, size]] of Object.entries(stamp.inputs)) {
    const st = fs.statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== mtimeMs || st.size !== size) return false;
  }
  return true;
}
