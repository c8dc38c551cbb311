import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/decode-html';
import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { PAGES } from './helpers';

const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(PAGES, `${name}.html`)));

describe('parseDocument builds the tree a browser builds', () => {
  it.each([
    [
      'ssi-two-bodies',
      '青川区召开全区安全生产工作推进会',
      '3月18日上午，青川区召开',
      '签订了年度安全生产目标责任书。',
    ],
    ['starts-with-head', '松岭镇开展春季植树活动', '3月12日是第45个植树节。', '不断改善群众身边的生态环境。'],
    ['wrapper-before-html', '河东市召开防汛工作会议', '6月9日，河东市召开防汛工作会议', '确保安全度汛。'],
    ['bom-utf8', '西湾街道举办老年人智能手机培训班', '为帮助老年人跨越“数字鸿沟”', '每月举办一期。'],
  ])('reads the article of %s', async (name, title, first, last) => {
    const card = await analyze(parseDocument(decodeHtml(bytes(name))), { url: null });
    expect(card.isArticle).toBe(true);
    expect(card.title).toBe(title);
    expect(card.body.text.startsWith(first)).toBe(true);
    expect(card.body.text.endsWith(last)).toBe(true);
    // Site header and footer of the includes stay out of the body.
    expect(card.body.text).not.toMatch(/首页|版权所有|主办/);
  });

  it('merges server-side-included <head>/<body> pairs into one head and one body', () => {
    const doc = parseDocument(decodeHtml(bytes('ssi-two-bodies')));
    expect(doc.querySelectorAll('html').length).toBe(1);
    expect(doc.querySelectorAll('body').length).toBe(1);
    expect(doc.body.textContent).toContain('全区安全生产工作推进会');
    expect(doc.body.textContent).toContain('网站标识码');
    // The first <title> is the document's, as in the browser; later ones land in the body.
    expect(doc.title).toBe('公共站点头部');
  });

  it('puts a crawler wrapper tag before <html> inside the body, not around the document', () => {
    const doc = parseDocument(decodeHtml(bytes('wrapper-before-html')));
    expect(doc.documentElement.tagName.toLowerCase()).toBe('html');
    // The wrapper opens the body; the page's own <head> tags then land inside it, as in the browser.
    const wrapper = doc.body.firstElementChild;
    expect(wrapper?.tagName.toLowerCase()).toBe('text');
    expect(wrapper?.querySelector('h1')?.textContent).toBe('河东市召开防汛工作会议');
    expect(doc.querySelector('title')?.textContent).toBe('河东市召开防汛工作会议_河东市人民政府');
  });

  it('treats a BOM left in the string as no text, so <head> stays the head', () => {
    const html = fs.readFileSync(path.join(PAGES, 'bom-utf8.html'), 'utf8');
    expect(html.charCodeAt(0)).toBe(0xfeff);
    const doc = parseDocument(html);
    expect(doc.head.querySelector('title')?.textContent).toBe(
      '西湾街道举办老年人智能手机培训班_西湾街道办事处',
    );
    expect(doc.body.textContent?.startsWith('\uFEFF')).toBe(false);
  });

  it('keeps content after a stray </body> or </html> and nests misnested markup as browsers do', () => {
    const doc = parseDocument(
      '<html><body><p>第一段</body></html><p>第二段<b>粗<i>斜</b>体</i></p><table><tr><td>格</td></tr></table>',
    );
    const ps = [...doc.body.querySelectorAll('p')].map((p) => p.textContent);
    expect(ps).toEqual(['第一段', '第二段粗斜体']);
    expect(doc.body.querySelector('table > tbody > tr > td')?.textContent).toBe('格');
  });
});
