/**
 * An esbuild plugin for the CLI bundle (cli/build-cli.ts): linkedom's EventTarget gives every
 * node it constructs — element, text, attribute — an entry in one module-wide WeakMap and a Map of its
 * own for listeners, though a parsed page's nodes never get one. Profiled on the bench pages, those
 * entries were the largest single cost of building the DOM, and the WeakMap, which V8's young-generation
 * collector has to visit on every scavenge, most of the garbage collection time. The bundle creates the
 * Map when a first listener is added; listeners, dispatch and everything else behave as before.
 *
 * The source is rewritten only where it reads exactly as below (linkedom 0.18). A linkedom that reads
 * otherwise is bundled as it is, with a warning: slower, never wrong. tests/unit/lazy-event-targets.test.ts
 * checks that the installed linkedom still matches.
 */
import fs from 'node:fs';
import type { Plugin } from 'esbuild';
import { AS_IS_ENV } from './prebuilt.mjs';

const FILE = /[\\/]linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/;

/** [as linkedom writes it, lazily]: each must occur exactly once. */
export const REWRITES: ReadonlyArray<readonly [string, string]> = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** linkedom's event-target.js with its listener maps made lazy, or null when it does not read as expected. */
export function lazyEventTargetSource(source: string): string | null {
  let out = source;
  for (const [from, to] of REWRITES) {
    if (out.split(from).length !== 2) return null;
    out = out.replace(from, to);
  }
  return out;
}

export { AS_IS_ENV };

export function lazyEventTargets(warn: (message: string) => void): Plugin {
  return {
    name: 'govlens-lazy-event-targets',
    setup(build) {
      if (process.env[AS_IS_ENV] === '1') return;
      build.onLoad({ filter: FILE }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        const lazy = lazyEventTargetSource(source);
        if (lazy === null)
          warn(
            `govlens: ${args.path} is not the linkedom 0.18 the corpus bundle expects; bundled unchanged\n`,
          );
        return { contents: lazy ?? source, loader: 'js' };
      });
    },
  };
}
