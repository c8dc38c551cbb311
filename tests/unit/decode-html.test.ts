import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, encodingFor, sniffCharset } from '../../cli/decode-html';
import { PAGES } from './helpers';

const page = (name: string) => new Uint8Array(fs.readFileSync(path.join(PAGES, `${name}.html`)));
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe('encoding labels as the Encoding Standard maps them', () => {
  it('decodes every GB label with the gb18030 decoder, and knows the other CJK labels', () => {
    for (const label of ['gb2312', 'GBK', ' x-gbk ', 'gb18030', 'chinese', 'csGB2312'])
      expect(encodingFor(label)).toBe('gb18030');
    expect(encodingFor('big5-hkscs')).toBe('big5');
    expect(encodingFor('UTF8')).toBe('utf-8');
    expect(encodingFor('shift_jis')).toBe('shift_jis');
    expect(encodingFor('utf-16')).toBe('utf-8');
    expect(encodingFor('iso-8859-1')).toBe('windows-1252');
    expect(encodingFor('no-such-charset')).toBeNull();
  });

  it('reads a GBK-only character on a page that declares gb2312', () => {
    // 朱镕基: 镕 is in GBK, not in GB2312; pages labelled gb2312 use it all the same.
    const bytes = concat(
      ascii('<meta charset="gb2312"><p>'),
      [0xd6, 0xec, 0xe9, 0x46, 0xbb, 0xf9],
      ascii('</p>'),
    );
    expect(decodeHtml(bytes)).toContain('朱镕基');
  });
});

describe('the meta prescan', () => {
  it('finds charset= in <meta charset> and in an http-equiv content type, skipping comments', () => {
    expect(declaredCharset(ascii('<html><head><meta charset=big5><title>x</title>'))).toBe('big5');
    expect(
      declaredCharset(
        ascii(
          '<!-- <meta charset="utf-8"> --><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">',
        ),
      ),
    ).toBe('gb18030');
    // A content attribute counts only beside http-equiv="content-type".
    expect(declaredCharset(ascii('<meta name="description" content="charset=big5">'))).toBeNull();
    // <script charset> names a script's encoding, not the page's.
    expect(declaredCharset(ascii('<head><script charset="utf-8" src="a.js"></script>'))).toBeNull();
    expect(declaredCharset(ascii('<meta charset="klingon">'))).toBeNull();
  });

  it('looks past the first 1024 bytes while still in <head>, and stops at the body', () => {
    const filler = `<meta name="keywords" content="${'政务公开 '.repeat(150)}">`;
    expect(ascii(filler).length).toBeGreaterThan(1024);
    expect(declaredCharset(ascii(`<head>${filler}<meta charset="gbk"></head>`))).toBe('gb18030');
    expect(declaredCharset(ascii(`<head>${filler}</head><body><div><meta charset="gbk">`))).toBeNull();
  });
});

describe('choosing the encoding of a saved page', () => {
  it('reads a GB2312 page that declares nothing', () => {
    const bytes = page('gb2312-no-meta');
    expect(declaredCharset(bytes)).toBeNull();
    expect(sniffCharset(bytes)).toBe('gb18030');
    expect(decodeHtml(bytes)).toContain('<h1>南川县召开农村人居环境整治现场会</h1>');
  });

  it('reads a Big5 page that declares nothing', () => {
    const bytes = page('big5-no-meta');
    expect(sniffCharset(bytes)).toBe('big5');
    expect(decodeHtml(bytes)).toContain('<h2>東港區舉辦長者健康講座</h2>');
  });

  it('prefers UTF-8 when the page declares gb2312 but its bytes are valid UTF-8 and not valid GB', () => {
    const bytes = page('utf8-declared-gb2312');
    expect(declaredCharset(bytes)).toBe('gb18030');
    expect(sniffCharset(bytes)).toBe('utf-8');
    expect(decodeHtml(bytes)).toContain('北岸区启动“文明交通进社区”宣传月活动');
  });

  it('keeps the declared charset when a stray byte spoils it but UTF-8 fits worse', () => {
    const gbk = [0xd6, 0xd0, 0xce, 0xc4]; // 中文
    const bytes = concat(ascii('<meta charset="gbk"><p>'), gbk, gbk, [0xff], gbk, ascii('</p>'));
    expect(sniffCharset(bytes)).toBe('gb18030');
    expect(decodeHtml(bytes)).toContain('中文中文');
  });

  it('lets a BOM override the meta, and drops it from the text', () => {
    const bytes = concat([0xef, 0xbb, 0xbf], ascii('<meta charset="big5"><p>ok</p>'));
    expect(sniffCharset(bytes)).toBe('utf-8');
    expect(decodeHtml(bytes).startsWith('<meta')).toBe(true);
  });

  it('takes plain ASCII and undeclared UTF-8 as UTF-8', () => {
    expect(sniffCharset(ascii('<p>hello</p>'))).toBe('utf-8');
    expect(sniffCharset(ascii('<p>政府信息公开</p>'))).toBe('utf-8');
  });
});
