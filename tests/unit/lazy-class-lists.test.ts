import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { lazyClassListSource, lazyClassLists } from '../../cli/lazy-class-lists';
import { classValue, parseDocument } from '../../cli/parse-html';

const require = createRequire(import.meta.url);
const ATTRIBUTES = path.join(
  path.dirname(require.resolve('linkedom/package.json')),
  'esm/shared/attributes.js',
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-class-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Class attributes set every way the DOM allows, then read every way; the same code bundled and not. */
const EXERCISE = `
export function exercise(parseHTML) {
  const { document } = parseHTML('<html><body><div id="a"><p>文</p><span class="x  y x">字</span></div></body></html>');
  const out = [];
  const div = document.getElementById('a');
  const p = document.querySelector('p');
  const attr = document.createAttribute('class');
  attr.value = 'lead  note';
  p.setAttributeNode(attr);
  out.push(p.getAttribute('class'), p.className, p.classList.contains('note'), document.querySelectorAll('.lead').length);
  p.classList.add('more');
  out.push(p.getAttribute('class'), p.outerHTML);
  div.setAttribute('class', ' box\\tbox  wide ');
  out.push(div.getAttribute('class'), div.classList.length, document.querySelector('.wide') === div);
  const held = div.classList;
  div.removeAttribute('class');
  out.push(div.getAttribute('class'), div.classList === held, document.querySelector('.wide'));
  const b = document.createElement('b');
  b.classList.add('k');
  out.push(b.outerHTML, b.getAttribute('class'));
  out.push(document.querySelector('span').getAttribute('class'), document.body.innerHTML);
  return out;
}`;

async function bundled(warnings: string[]) {
  const file = path.join(dir, `entry-${Date.now()}.mjs`);
  await build({
    stdin: {
      contents: `import { parseHTML } from 'linkedom';\n${EXERCISE}\nexport const run = () => exercise(parseHTML);`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
    plugins: [lazyClassLists((m) => warnings.push(m))],
  });
  return { file, module: (await import(pathToFileURL(file).href)) as { run: () => unknown[] } };
}

describe('class lists built when first read, in the corpus bundle', () => {
  it('applies to the installed linkedom', () => {
    const lazy = lazyClassListSource(fs.readFileSync(ATTRIBUTES, 'utf8'));
    expect(lazy).not.toBeNull();
    expect(lazy).toContain("if (name === 'class' && element[CLASS_LIST])");
  });

  it('leaves a source that reads otherwise alone', () => {
    expect(lazyClassListSource('export const setAttribute = (element, attribute) => {};')).toBeNull();
  });

  it('reads, matches and prints classes as linkedom as it is does, with no warning', async () => {
    const warnings: string[] = [];
    const { file, module } = await bundled(warnings);
    expect(warnings).toEqual([]);
    expect(fs.readFileSync(file, 'utf8')).toContain('if (name === "class" && element[CLASS_LIST])');
    const { parseHTML } = await import('linkedom');
    const asIs = new Function('parseHTML', `${EXERCISE.replace('export function', 'return function')}`)()(
      parseHTML,
    ) as unknown[];
    expect(module.run()).toEqual(asIs);
    expect(asIs.slice(0, 4)).toEqual(['lead note', 'lead note', true, 1]);
  });
});

describe('parseDocument stores a class as linkedom does', () => {
  it('keeps each token once, joined by one space', () => {
    expect(classValue('  nav\tnav  main\u3000 side ')).toBe('nav main side');
    expect(classValue('   ')).toBe('');
  });

  it('reads, matches and prints the class of a parsed page', () => {
    const doc = parseDocument(
      '<html><body><div class=" list  item list"><p class="">正文</p></div></body></html>',
    );
    const div = doc.querySelector('div')!;
    expect(div.getAttribute('class')).toBe('list item');
    expect(div.classList.contains('item')).toBe(true);
    expect(doc.querySelectorAll('.list').length).toBe(1);
    expect(doc.querySelector('p')!.getAttribute('class')).toBe('');
    // linkedom prints an empty class as no attribute, whichever way it was set.
    expect(doc.body.innerHTML).toBe('<div class="list item"><p>正文</p></div>');
  });
});
