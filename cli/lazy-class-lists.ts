/**
 * An esbuild plugin for the CLI bundle (cli/build-cli.ts), beside cli/lazy-event-targets.ts: linkedom
 * builds an element's class list (a Set of its tokens) whenever a `class` attribute is attached, and
 * `setAttribute('class', …)` attaches one through the list, so each class of a parsed page was split,
 * put in a Set and joined three times over (profiled on the bench pages: ~8 % of what a page allocates).
 * In the bundle an attribute attached to an element whose list is not built yet leaves it unbuilt:
 * linkedom's DOMTokenList reads the attribute when the list is first asked for (`classList`,
 * `className`, `getAttribute('class')`). A list already built is kept in step as before.
 *
 * cli/parse-html.ts attaches each class attribute with the value linkedom would store (its tokens, once
 * each, joined by one space), so the document is the same either way. The source is rewritten only where
 * it reads exactly as below (linkedom 0.18); otherwise it is bundled as it is, with a warning.
 */
import fs from 'node:fs';
import type { Plugin } from 'esbuild';

const FILE = /[\\/]linkedom[\\/]esm[\\/]shared[\\/]attributes\.js$/;

/** [as linkedom writes it, lazily]: each must occur exactly once. */
export const CLASS_REWRITES: ReadonlyArray<readonly [string, string]> = [
  [
    "  if (name === 'class')\n    element.className = value;\n  moAttributes(element, name, null);",
    "  if (name === 'class' && element[CLASS_LIST])\n    element.className = value;\n  moAttributes(element, name, null);",
  ],
];

/** linkedom's shared/attributes.js with class lists built when first read, or null when it reads otherwise. */
export function lazyClassListSource(source: string): string | null {
  let out = source;
  for (const [from, to] of CLASS_REWRITES) {
    if (out.split(from).length !== 2) return null;
    out = out.replace(from, to);
  }
  return out;
}

export function lazyClassLists(warn: (message: string) => void): Plugin {
  return {
    name: 'govlens-lazy-class-lists',
    setup(build) {
      build.onLoad({ filter: FILE }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        const lazy = lazyClassListSource(source);
        if (lazy === null)
          warn(
            `govlens: ${args.path} is not the linkedom 0.18 the corpus bundle expects; bundled unchanged\n`,
          );
        return { contents: lazy ?? source, loader: 'js' };
      });
    },
  };
}
