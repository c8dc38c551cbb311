import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyEventTargetSource, lazyEventTargets } from '../../cli/lazy-event-targets';

const require = createRequire(import.meta.url);
const EVENT_TARGET = path.join(
  path.dirname(require.resolve('linkedom/package.json')),
  'esm/interface/event-target.js',
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-lazy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A page's DOM, its nodes' listeners exercised, from a bundle built as the corpus bundle is. */
const ENTRY = `
import { parseHTML } from 'linkedom';
export function exercise() {
  const { document } = parseHTML('<html><body><div id="a"><p>文<b>字</b></p></div></body></html>');
  const heard = [];
  const p = document.querySelector('p');
  const div = document.getElementById('a');
  const onP = (e) => heard.push('p:' + e.type);
  div.addEventListener('ping', (e) => heard.push('div:' + e.type + ':' + e.target.tagName));
  p.addEventListener('ping', onP);
  p.dispatchEvent(new document.defaultView.Event('ping', { bubbles: true }));
  p.removeEventListener('ping', onP);
  p.removeEventListener('never-added', onP);
  document.querySelector('b').removeEventListener('ping', onP);
  p.dispatchEvent(new document.defaultView.Event('ping', { bubbles: true }));
  return { heard, text: document.body.textContent };
}`;

async function bundle(warnings: string[]) {
  const file = path.join(dir, `entry-${warnings.length}-${Date.now()}.mjs`);
  await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    plugins: [lazyEventTargets((m) => warnings.push(m))],
  });
  return { file, module: (await import(pathToFileURL(file).href)) as { exercise: () => unknown } };
}

describe('lazy listener maps in the corpus bundle', () => {
  it('applies to the installed linkedom', () => {
    const source = fs.readFileSync(EVENT_TARGET, 'utf8');
    const lazy = lazyEventTargetSource(source);
    expect(lazy).not.toBeNull();
    expect(lazy).not.toContain('wm.set(this, new Map);\n  }');
  });

  it('leaves a source that reads otherwise alone', () => {
    expect(lazyEventTargetSource('export class DOMEventTarget { constructor() { this.x = 1; } }')).toBeNull();
  });

  it('keeps listeners, bubbling and removal working, with no warning', async () => {
    const warnings: string[] = [];
    const { file, module } = await bundle(warnings);
    expect(warnings).toEqual([]);
    // The one map a node gets is made where its first listener is added, not in the constructor.
    const code = fs.readFileSync(file, 'utf8');
    expect(code.match(/wm\.set\(/g)).toHaveLength(1);
    expect(code).toMatch(/if \(!map\) wm\.set\(this, map = /);
    expect(module.exercise()).toEqual({ heard: ['p:ping', 'div:ping:P', 'div:ping:P'], text: '文字' });
  });
});
