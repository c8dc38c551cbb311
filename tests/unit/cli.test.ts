import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../cli/main';
import { loadExpected, PAGES, SEED_PAGES } from './helpers';

async function cli(argv: string[]) {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-cli-'));

/** Tests that start `node bin/govlens.mjs` (the prebuilt CLI loads the engine, ~1 s each) on a busy 2-core machine. */
const SPAWN_TIMEOUT_MS = 30_000;

describe('govlens analyze', () => {
  it.each(SEED_PAGES)('prints a JSON card per the contract for %s', async (name) => {
    const { code, out } = await cli(['analyze', path.join(PAGES, `${name}.html`), '--format', 'json']);
    expect(code).toBe(0);
    const card = JSON.parse(out);
    const expected = loadExpected(name);
    for (const field of [
      'url',
      'isArticle',
      'language',
      'title',
      'subtitle',
      'date',
      'source',
      'authors',
      'body',
      'officials',
      'persons',
      'places',
      'policyPhrases',
      'keySentences',
      'quotes',
    ]) {
      expect(card).toHaveProperty(field);
    }
    expect(card.title).toBe(expected.title);
    expect(card.date).toBe(expected.date);
    expect(card.body.text.length).toBeGreaterThan(500);
  });

  it('takes options before or after the file and records --url', async () => {
    const file = path.join(PAGES, 'changzhou-union.html');
    const a = JSON.parse((await cli(['analyze', '--url', 'https://example.gov.cn/a.html', file])).out);
    const b = JSON.parse((await cli(['analyze', file, '--url=https://example.gov.cn/a.html'])).out);
    expect(a.url).toBe('https://example.gov.cn/a.html');
    expect(b).toEqual(a);
  });

  it('prints Markdown and plain text', async () => {
    const file = path.join(PAGES, 'eastday-traditional.html');
    const md = (await cli(['analyze', '--format', 'md', file])).out;
    expect(md.startsWith('# 让群众安心温暖过年 市领导看望困难群众\n')).toBe(true);
    expect(md).toContain('来源：东方网');
    const text = (await cli(['analyze', '-f', 'text', file])).out;
    expect(text.startsWith('让群众安心温暖过年 市领导看望困难群众\n')).toBe(true);
    expect(text).not.toContain('# ');
  });

  it(
    'analyzes every page of a directory, one JSON per line',
    async () => {
      const { code, out } = await cli(['analyze', PAGES, '--jobs', '1']);
      expect(code).toBe(0);
      const lines = out.trim().split('\n');
      const files = fs
        .readdirSync(PAGES)
        .filter((f) => f.endsWith('.html'))
        .sort();
      expect(lines.length).toBe(files.length);
      const cards = lines.map((l) => JSON.parse(l));
      expect(cards.map((c) => c.file)).toEqual(files.map((f) => path.join(PAGES, f)));
      expect(cards.filter((c) => c.isArticle === false).length).toBeGreaterThanOrEqual(2);
    },
    SPAWN_TIMEOUT_MS,
  );

  it('gives one-line errors and a non-zero exit for a missing, empty or non-HTML file', async () => {
    const empty = path.join(tmp, 'empty.html');
    fs.writeFileSync(empty, '');
    const text = path.join(tmp, 'notes.txt');
    fs.writeFileSync(text, 'just some notes\n');
    const binary = path.join(tmp, 'image.html');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    for (const [file, message] of [
      [path.join(tmp, 'missing.html'), 'no such file'],
      [empty, 'is empty'],
      [text, 'not an HTML page'],
      [binary, 'not an HTML page'],
    ] as const) {
      const r = await cli(['analyze', file]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect((await cli(['analyze', '--format', 'xml', empty])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it.each([
    ['ssi-two-bodies', '青川区召开全区安全生产工作推进会', '负责人签订了年度安全生产目标责任书'],
    ['gb2312-no-meta', '南川县召开农村人居环境整治现场会', '让群众在家门口享受到干净整洁的生活环境'],
  ])(
    'prints the right card for %s, from a file and from standard input',
    async (name, title, inBody) => {
      const file = path.join(PAGES, `${name}.html`);
      const fromFile = JSON.parse((await cli(['analyze', file])).out);
      expect(fromFile.isArticle).toBe(true);
      expect(fromFile.title).toBe(title);
      expect(fromFile.body.text).toContain(inBody);
      const bin = path.resolve('bin/govlens.mjs');
      const out = execFileSync(process.execPath, [bin, 'analyze', '-'], {
        input: fs.readFileSync(file),
      }).toString();
      expect(JSON.parse(out)).toEqual(fromFile);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'runs as a real command through the package bin, reading standard input',
    async () => {
      const bin = path.resolve('bin/govlens.mjs');
      const html = fs.readFileSync(path.join(PAGES, 'news-list.html'));
      const out = execFileSync(process.execPath, [bin, 'analyze', '-'], { input: html }).toString();
      expect(JSON.parse(out).isArticle).toBe(false);
      const missing = spawnSync(process.execPath, [bin, 'analyze', 'nope.html']);
      expect(missing.status).toBe(1);
      expect(missing.stderr.toString()).toBe('govlens: no such file: nope.html\n');
    },
    SPAWN_TIMEOUT_MS,
  );
});
