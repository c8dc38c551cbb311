/**
 * Writes the corpus test fixture, tests/fixtures/warc/sample.warc.gz (and the same records uncompressed in
 * sample.warc), from the project's sample pages with the library the CLI reads WARCs with (warcio). Its
 * records, in order, cover what a crawl holds: warcinfo, a request, article pages, a GB2312 page whose
 * charset only the HTTP header gives, a UTF-8 page under a server's wrong `charset=ISO-8859-1`, a gzip
 * content-encoded page, a PNG, a redirect, a list page that is not an article, and last a record cut
 * short, as an interrupted crawl leaves it. Dates and record ids are fixed, so the files regenerate
 * byte for byte:
 *
 *   npx tsx scripts/corpus/make-fixture-warc.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const OUT = path.join(ROOT, 'tests/fixtures/warc');

interface Spec {
  type: 'warcinfo' | 'request' | 'response';
  url: string;
  /** HTTP headers of a response; none for warcinfo. */
  http?: Record<string, string>;
  status?: string;
  body: Uint8Array;
}

const page = (name: string) => new Uint8Array(fs.readFileSync(path.join(PAGES, name)));
const html = (charset?: string) => ({ 'Content-Type': `text/html${charset ? `; charset=${charset}` : ''}` });
const site = 'http://www.example.gov.cn';

/** A 1×1 PNG: the smallest real image a crawl holds beside its pages. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  ),
);

export const RECORDS: Spec[] = [
  {
    type: 'warcinfo',
    url: '',
    body: new TextEncoder().encode('software: govlens make-fixture-warc\r\nformat: WARC File Format 1.1\r\n'),
  },
  {
    type: 'request',
    url: `${site}/xwzx/2024/xuhui.html`,
    http: { Host: 'www.example.gov.cn' },
    body: new Uint8Array(),
  },
  {
    type: 'response',
    url: `${site}/xwzx/2024/xuhui.html`,
    http: html('utf-8'),
    body: page('xuhui-epaper.html'),
  },
  {
    type: 'response',
    url: `${site}/xwzx/2024/eastday.html`,
    http: html(),
    body: page('eastday-traditional.html'),
  },
  {
    type: 'response',
    url: `${site}/xwzx/2024/nanchuan.html`,
    http: html('GB2312'),
    body: page('gb2312-no-meta.html'),
  },
  { type: 'response', url: `${site}/img/logo.png`, http: { 'Content-Type': 'image/png' }, body: PNG },
  {
    type: 'response',
    url: `${site}/xwzx/2024/waitan.html`,
    http: html('ISO-8859-1'),
    body: page('waitan-newsletter.html'),
  },
  {
    type: 'response',
    url: `${site}/xwzx/2024/changzhou.html`,
    http: { ...html('utf-8'), 'Content-Encoding': 'gzip' },
    body: new Uint8Array(zlib.gzipSync(page('changzhou-union.html'), { level: 9 })),
  },
  {
    type: 'response',
    url: `${site}/old/index.html`,
    status: 'HTTP/1.1 301 Moved Permanently',
    http: { ...html('utf-8'), Location: `${site}/xwzx/` },
    body: new TextEncoder().encode('<html><body><a href="/xwzx/">moved</a></body></html>'),
  },
  { type: 'response', url: `${site}/xwzx/list.html`, http: html('utf-8'), body: page('news-list.html') },
  {
    type: 'response',
    url: `${site}/xwzx/2024/hongkou.html`,
    http: html('utf-8'),
    body: page('hongkou-pinyin.html'),
  },
];

/** The last record loses this share of its bytes. */
const TRUNCATED_SHARE = 0.5;

function recordId(i: number): string {
  return `<urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>`;
}

async function* bytesOf(body: Uint8Array) {
  yield body;
}

async function serialize(spec: Spec, i: number, gzip: boolean): Promise<Uint8Array> {
  const date = `2024-03-${String(1 + i).padStart(2, '0')}T08:00:00Z`;
  const warcHeaders = { 'WARC-Record-ID': recordId(i) };
  const record =
    spec.type === 'warcinfo'
      ? WARCRecord.create(
          { type: 'warcinfo', date, filename: 'sample.warc.gz', warcHeaders },
          bytesOf(spec.body),
        )
      : WARCRecord.create(
          {
            type: spec.type,
            url: spec.url,
            date,
            warcHeaders,
            httpHeaders: spec.http,
            statusline: spec.type === 'request' ? 'GET / HTTP/1.1' : (spec.status ?? 'HTTP/1.1 200 OK'),
          },
          bytesOf(spec.body),
        );
  return WARCSerializer.serialize(record, { gzip });
}

async function write(gzip: boolean): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const [i, spec] of RECORDS.entries()) parts.push(await serialize(spec, i, gzip));
  const last = parts.length - 1;
  parts[last] = parts[last]!.subarray(0, Math.floor(parts[last]!.length * (1 - TRUNCATED_SHARE)));
  const file = path.join(OUT, gzip ? 'sample.warc.gz' : 'sample.warc');
  fs.writeFileSync(file, Buffer.concat(parts));
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const gzip of [true, false]) {
    const file = await write(gzip);
    console.log(
      `${path.relative(ROOT, file)}: ${fs.statSync(file).size} bytes, ${RECORDS.length} records (the last truncated)`,
    );
  }
}
