import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTypeCharset, decodeHtml } from '../../cli/decode-html';
import type { Item } from '../../cli/items';
import { run } from '../../cli/main';
import { WorkerPool } from '../../cli/pool';
import { warcItems } from '../../cli/warc';
import { PAGES } from './helpers';

const WARC_DIR = path.resolve('tests/fixtures/warc');
const GZ = path.join(WARC_DIR, 'sample.warc.gz');
const PLAIN = path.join(WARC_DIR, 'sample.warc');
const SITE = 'http://www.example.gov.cn';

/** Worker threads start on the prebuilt engine (dist-cli/worker.mjs, ~1 s) on a busy 2-core machine. */
const WORKER_TIMEOUT_MS = 60_000;
/** The first in-thread run loads the engine (dictionaries, model) on a busy machine. */
const ENGINE_TIMEOUT_MS = 30_000;

async function* chunksOf(bytes: Uint8Array, size = 4096) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function cli(argv: string[], stdin?: AsyncIterable<Uint8Array>) {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    (s) => (out += s),
    (s) => (err += s),
    { stdin },
  );
  return {
    code,
    out,
    err,
    /** The JSON lines of a corpus run. */
    get lines() {
      return out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
  };
}

async function items(file: string, pattern: RegExp | null = null): Promise<Item[]> {
  const all: Item[] = [];
  for await (const item of warcItems(chunksOf(fs.readFileSync(file)), pattern)) all.push(item);
  return all;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the WARC reader', () => {
  it.each([GZ, PLAIN])('reads the pages of %s and skips what is not a page', async (file) => {
    const got = await items(file);
    // warcinfo and the request carry no page; the PNG and the 301 are skipped records.
    expect(got.map((i) => i.kind)).toEqual([
      'page',
      'page',
      'page',
      'skipped',
      'page',
      'page',
      'skipped',
      'page',
      'error',
    ]);
    const pages = got.filter((i) => i.kind === 'page');
    expect(pages.map((p) => p.meta.url)).toEqual(
      [
        'xwzx/2024/xuhui',
        'xwzx/2024/eastday',
        'xwzx/2024/nanchuan',
        'xwzx/2024/waitan',
        'xwzx/2024/changzhou',
        'xwzx/list',
      ].map((p) => `${SITE}/${p}.html`),
    );
    expect(pages[0]!.meta).toEqual({
      url: `${SITE}/xwzx/2024/xuhui.html`,
      warcDate: '2024-03-03T08:00:00Z',
      recordId: '<urn:uuid:00000000-0000-4000-8000-000000000002>',
    });
    expect(pages.map((p) => p.charset)).toEqual(['utf-8', null, 'GB2312', 'ISO-8859-1', 'utf-8', 'utf-8']);
    // The gzip Content-Encoding is undone: the payload is the page's bytes.
    expect(
      Buffer.from(pages[4]!.bytes).equals(fs.readFileSync(path.join(PAGES, 'changzhou-union.html'))),
    ).toBe(true);
  });

  it('reports a record cut short with its address and id, when its headers are there', async () => {
    const last = (await items(PLAIN)).at(-1)!;
    expect(last.kind).toBe('error');
    if (last.kind !== 'error') return;
    expect(last.meta.url).toBe(`${SITE}/xwzx/2024/hongkou.html`);
    expect(last.meta.recordId).toBe('<urn:uuid:00000000-0000-4000-8000-000000000010>');
    expect(last.error).toMatch(/^record truncated: \d+ of its \d+ bytes missing$/);
  });

  it('reports a gzip member cut short, which yields no record, as the archive truncated', async () => {
    const last = (await items(GZ)).at(-1)!;
    expect(last.kind).toBe('error');
    if (last.kind !== 'error') return;
    expect(last.meta.url).toBeNull();
    expect(last.error).toMatch(
      /^archive truncated: \d+ bytes after <urn:uuid:00000000-0000-4000-8000-000000000009>/,
    );
  });

  it('leaves out records whose URL does not match --url-pattern, without reading them as pages', async () => {
    const got = await items(GZ, /\/2024\/(?:xuhui|waitan)\.html$/);
    expect(got.filter((i) => i.kind === 'page').map((i) => (i.kind === 'page' ? i.meta.url : null))).toEqual([
      `${SITE}/xwzx/2024/xuhui.html`,
      `${SITE}/xwzx/2024/waitan.html`,
    ]);
    expect(got.filter((i) => i.kind === 'filtered').length).toBe(4);
  });

  it('ends a damaged archive with one error line', async () => {
    const bad = Buffer.concat([
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]),
      Buffer.from('not deflate data'),
    ]);
    const got: Item[] = [];
    for await (const item of warcItems(chunksOf(bad), null)) got.push(item);
    expect(got).toEqual([
      {
        kind: 'error',
        meta: { url: null, warcDate: null, recordId: null },
        error: expect.stringMatching(/^archive damaged after its start: invalid gzip data/),
      },
    ]);
  });
});

describe('HTTP charset', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(contentTypeCharset('text/html; charset=GB2312')).toBe('GB2312');
    expect(contentTypeCharset('text/html;charset="utf-8"')).toBe('utf-8');
    expect(contentTypeCharset('text/html')).toBeNull();
    expect(contentTypeCharset(null)).toBeNull();
  });

  it('decodes by the HTTP charset when the bytes bear it out, else by the page', () => {
    // The fixture page is GBK bytes that declare nothing.
    const gbk = fs.readFileSync(path.join(PAGES, 'gb2312-no-meta.html'));
    expect(decodeHtml(gbk, 'GB2312')).toContain('南川县召开农村人居环境整治现场会');
    // A server's utf-8 label on GBK bytes does not stick.
    expect(decodeHtml(gbk, 'utf-8')).toContain('南川县召开农村人居环境整治现场会');
    // A single-byte label proves nothing: a UTF-8 page under charset=ISO-8859-1 stays UTF-8.
    const utf8 = new TextEncoder().encode('<html><body><p>南川县召开现场会</p></body></html>');
    expect(decodeHtml(utf8, 'ISO-8859-1')).toContain('南川县召开现场会');
  });
});

describe('govlens analyze ARCHIVE', { timeout: ENGINE_TIMEOUT_MS }, () => {
  it('prints one card per HTML record with url, warcDate and recordId, an error line per unreadable record, and a summary', async () => {
    const { code, lines, err } = await cli(['analyze', GZ, '--jobs', '1']);
    expect(code).toBe(0);
    expect(lines.length).toBe(7);
    const [xuhui, eastday, nanchuan, waitan, changzhou, list, truncated] = lines;
    expect(xuhui).toMatchObject({
      url: `${SITE}/xwzx/2024/xuhui.html`,
      isArticle: true,
      title: '让市民群众过个祥和年健康年幸福年',
      warcDate: '2024-03-03T08:00:00Z',
      recordId: '<urn:uuid:00000000-0000-4000-8000-000000000002>',
    });
    expect(eastday!.title).toBe('让群众安心温暖过年 市领导看望困难群众');
    // GB2312 bytes whose charset only the HTTP header gives.
    expect(nanchuan).toMatchObject({ isArticle: true, title: '南川县召开农村人居环境整治现场会' });
    // A UTF-8 page behind a server's charset=ISO-8859-1 is read as UTF-8, not as mojibake.
    expect(waitan!.title).toContain('李强来街道调研');
    expect(changzhou!.title).toContain('常州市举行');
    // A list page is a card too, marked as not an article.
    expect(list).toMatchObject({ url: `${SITE}/xwzx/list.html`, isArticle: false, reasonCode: 'list' });
    expect(Object.keys(truncated!)).toEqual(['url', 'recordId', 'error']);
    expect(err).toMatch(
      /^govlens: 7 pages in [\d.]+ s \([\d.]+ pages\/s\): 5 articles, 1 not articles, 1 errors; 2 records skipped \(not HTML\)\n$/,
    );
  });

  it('gives a record the same card as the page saved as a file, plus where it came from', async () => {
    const fromWarc = (await cli(['analyze', GZ, '--jobs', '1', '--quiet'])).lines[0]!;
    const url = `${SITE}/xwzx/2024/xuhui.html`;
    const fromFile = JSON.parse(
      (await cli(['analyze', path.join(PAGES, 'xuhui-epaper.html'), '--url', url])).out,
    ) as Record<string, unknown>;
    expect(fromWarc).toEqual({ ...fromFile, warcDate: '2024-03-03T08:00:00Z', recordId: expect.any(String) });
  });

  it('reads an uncompressed WARC and one on standard input, told apart by content', async () => {
    const plain = await cli(['analyze', PLAIN, '--jobs', '1', '--quiet']);
    const gz = await cli(['analyze', GZ, '--jobs', '1', '--quiet']);
    // The same six cards; only the truncated record's error differs (its headers survive uncompressed).
    expect(plain.lines.slice(0, 6)).toEqual(gz.lines.slice(0, 6));
    expect(plain.lines[6]).toMatchObject({
      url: `${SITE}/xwzx/2024/hongkou.html`,
      error: expect.stringMatching(/truncated/),
    });
    const piped = await cli(['analyze', '-', '--jobs', '1', '--quiet'], chunksOf(fs.readFileSync(GZ)));
    expect(piped.lines).toEqual(gz.lines);
    // A WARC under any name is still a WARC.
    const renamed = path.join(tmp, 'crawl.dat');
    fs.copyFileSync(PLAIN, renamed);
    expect((await cli(['analyze', renamed, '--jobs', '1', '--quiet'])).lines).toEqual(plain.lines);
  });

  it('prints only articles, only matching URLs, only the fields asked for', async () => {
    const articles = await cli(['analyze', GZ, '--jobs', '1', '--only-articles']);
    expect(articles.lines.filter((l) => !('error' in l)).every((l) => l.isArticle === true)).toBe(true);
    expect(articles.lines.length).toBe(6);
    // Left out, but counted.
    expect(articles.err).toContain('5 articles, 1 not articles');
    const matching = await cli(['analyze', GZ, '--jobs', '1', '--url-pattern', 'nanchuan|list']);
    expect(matching.lines.map((l) => l.url)).toEqual([
      `${SITE}/xwzx/2024/nanchuan.html`,
      `${SITE}/xwzx/list.html`,
      null,
    ]);
    expect(matching.err).toContain('4 filtered out by --url-pattern');
    const fields = await cli([
      'analyze',
      GZ,
      '--jobs',
      '1',
      '--quiet',
      '--fields',
      'recordId,title,officials',
    ]);
    expect(Object.keys(fields.lines[0]!)).toEqual(['recordId', 'title', 'officials']);
    // An error line stays whole, so a reader can always tell which record failed.
    expect(Object.keys(fields.lines.at(-1)!)).toEqual(['url', 'recordId', 'error']);
  });

  it('refuses options that do not fit an archive, with exit code 2', async () => {
    for (const argv of [
      ['--fields', 'title,nonsense'],
      ['--format', 'md'],
      ['--url', 'http://example.gov.cn/'],
      ['--jobs', '0'],
      ['--url-pattern', '('],
    ]) {
      const r = await cli(['analyze', GZ, ...argv]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^govlens: /);
      expect(r.out).toBe('');
    }
  });
});

describe('progress on standard error', { timeout: ENGINE_TIMEOUT_MS }, () => {
  /** Standard error as a terminal: a stream that says it is a TTY and keeps what is drawn on it. */
  function terminal() {
    const tty = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; drawn: string };
    tty.isTTY = true;
    tty.columns = 100;
    tty.drawn = '';
    tty.on('data', (c: Buffer) => {
      tty.drawn += c.toString();
    });
    return tty;
  }

  it('draws a bar with pages and pages/s on a terminal, never on standard output', async () => {
    const tty = terminal();
    let out = '';
    const code = await run(
      ['analyze', GZ, '--jobs', '1'],
      (s) => (out += s),
      () => {},
      { progressStream: tty as unknown as NodeJS.WriteStream },
    );
    expect(code).toBe(0);
    expect(tty.drawn).toMatch(/\d+% \| \d+ pages \| [\d.·]+ pages\/s/);
    expect(out).not.toMatch(/pages\/s/);
  });

  it('draws nothing with --quiet, and prints no summary', async () => {
    const tty = terminal();
    let err = '';
    await run(
      ['analyze', GZ, '--jobs', '1', '--quiet'],
      () => {},
      (s) => (err += s),
      { progressStream: tty as unknown as NodeJS.WriteStream },
    );
    expect(tty.drawn).toBe('');
    expect(err).toBe('');
  });
});

describe('govlens analyze with paths on standard input (a Hadoop Streaming mapper, Spark RDD.pipe)', {
  timeout: ENGINE_TIMEOUT_MS,
}, () => {
  it('analyses each path in turn, archives and pages alike, and reports a missing one', async () => {
    const page = path.join(PAGES, 'news-list.html');
    const missing = path.join(tmp, 'missing.warc.gz');
    // Hadoop's NLineInputFormat hands the mapper "offset<TAB>path".
    const list = `${GZ}\n0\t${page}\n\n${missing}\n`;
    const r = await cli(
      ['analyze', '-', '--jobs', '1', '--quiet'],
      chunksOf(new TextEncoder().encode(list), 7),
    );
    expect(r.lines.length).toBe(9);
    expect(r.lines.slice(0, 7)).toEqual((await cli(['analyze', GZ, '--jobs', '1', '--quiet'])).lines);
    expect(r.lines[7]).toMatchObject({ url: null, file: page, isArticle: false });
    expect(r.lines[8]).toEqual({ url: null, file: missing, error: 'no such file' });
    expect(r.code).toBe(1);
  });
});

describe('govlens analyze --jobs', () => {
  it(
    'gives the same lines in the same order on 2 worker threads as on one, for an archive and a folder',
    async () => {
      const one = await cli(['analyze', GZ, '--jobs', '1', '--quiet']);
      const two = await cli(['analyze', GZ, '--jobs', '2', '--quiet']);
      expect(two.code).toBe(0);
      expect(two.out).toBe(one.out);
      const folder = path.join(tmp, 'pages');
      fs.mkdirSync(folder, { recursive: true });
      for (const f of [
        'home-page',
        'xuhui-epaper',
        'gb2312-no-meta',
        'login-page',
        'big5-no-meta',
        'hongkou-pinyin',
      ])
        fs.copyFileSync(path.join(PAGES, `${f}.html`), path.join(folder, `${f}.html`));
      const dirOne = await cli(['analyze', folder, '--jobs', '1', '--quiet']);
      const dirThree = await cli(['analyze', folder, '--jobs', '3', '--quiet']);
      expect(dirOne.lines.length).toBe(6);
      expect(dirThree.out).toBe(dirOne.out);
    },
    WORKER_TIMEOUT_MS,
  );

  it('gives a page whose worker dies an error line, and goes on with a fresh worker', async () => {
    // A stand-in worker that dies on one page, as one running out of memory on a huge page would.
    const script = path.join(tmp, 'dying-worker.mjs');
    fs.writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (req) => {
  if (req.meta.url === 'huge') process.exit(3);
  parentPort.postMessage({ id: req.id, outcome: { kind: 'card', isArticle: true, line: JSON.stringify({ url: req.meta.url }) } });
});
`,
    );
    const pool = new WorkerPool(1, { fields: null, onlyArticles: false }, script);
    const results = await Promise.all(
      ['a', 'huge', 'b'].map((url) => pool.run(new Uint8Array([60]), null, { url, recordId: `<${url}>` })),
    );
    await pool.close();
    expect(results).toEqual([
      { kind: 'card', isArticle: true, line: '{"url":"a"}' },
      {
        kind: 'error',
        line: '{"url":"huge","recordId":"<huge>","error":"analysis failed: worker stopped with code 3"}',
      },
      { kind: 'card', isArticle: true, line: '{"url":"b"}' },
    ]);
  });

  it(
    'runs as a real command on worker threads, a WARC piped in',
    () => {
      const bin = path.resolve('bin/govlens.mjs');
      const out = execFileSync(
        process.execPath,
        [bin, 'analyze', '-', '--jobs', '2', '--fields', 'url,title'],
        {
          input: fs.readFileSync(PLAIN),
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      ).toString();
      const lines = out.trim().split('\n');
      expect(lines.length).toBe(7);
      expect(JSON.parse(lines[2]!)).toEqual({
        url: `${SITE}/xwzx/2024/nanchuan.html`,
        title: '南川县召开农村人居环境整治现场会',
      });
    },
    WORKER_TIMEOUT_MS,
  );
});
