import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import type { ReasonCode } from '../../lib/card';
import { REASON_ZH } from '../../lib/extract/page-kind';
import { analyze } from '../../lib/local';
import { loadPage } from './helpers';

const loadPageFromHtml = parseDocument;

const CODES = Object.keys(REASON_ZH) as ReasonCode[];

describe('why a page holds no article: a code, and a Chinese sentence for the CLI', () => {
  it('gives the code of each kind of page without an article', async () => {
    expect((await analyze(loadPage('news-list'))).reasonCode).toBe('list');
    expect(
      (await analyze(loadPageFromHtml('<html><head><title>x</title></head><body></body></html>'))).reasonCode,
    ).toBe('empty');
    expect((await analyze(loadPage('search-results'))).reasonCode).toBe('search');
    // A login form: a page, but no article text.
    expect((await analyze(loadPage('login-page'))).reasonCode).toBe('noText');
  });

  it('gives an article no code and no reason', async () => {
    const card = await analyze(loadPage('xuhui-epaper'));
    expect(card.isArticle).toBe(true);
    expect([card.reason, card.reasonCode]).toEqual([null, null]);
  });

  it("words the reason in one language only: Chinese in the card, the reader's in the extension", async () => {
    const card = await analyze(loadPage('news-list'));
    expect(card.reason).toBe(REASON_ZH.list);
    for (const code of CODES) expect(REASON_ZH[code], code).not.toMatch(/[A-Za-z]/);
    // Each code has words in both locales, in that locale's language.
    const section = (file: string) => {
      const text = fs.readFileSync(`locales/${file}`, 'utf8');
      const block = /^notArticle:\n((?:[ #].*\n)+)/m.exec(text)?.[1] ?? '';
      return Object.fromEntries([...block.matchAll(/^ {2}(\w+): (.+)$/gm)].map((m) => [m[1], m[2]]));
    };
    const zh = section('zh_CN.yml');
    const en = section('en.yml');
    expect(Object.keys(zh).sort()).toEqual([...CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      expect(zh[code], code).not.toMatch(/[A-Za-z]/);
      expect(en[code], code).not.toMatch(/[\u3400-\u9fff]/);
    }
  });
});
