import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extract } from '../../lib/extract/index';
import { readPageMeta } from '../../lib/extract/page-meta';
import { analyze } from '../../lib/local';
import { loadPage } from './helpers';

describe('a saved WeChat article (js_content hidden until its script runs, time only in `var ct`)', () => {
  it('reads the article, the account as source and the publication time', async () => {
    const card = await analyze(loadPage('wechat-hidden'));
    expect(card.isArticle).toBe(true);
    expect(card.title).toBe('今年起，松岚这些老小区可申请加装电梯，补贴标准看这里');
    // ct = 1704449100 is 2024-01-05 18:05 in Beijing.
    expect(card.date).toBe('2024-01-05T18:05:00');
    expect(card.source).toBe('松岚发布');
    expect(card.authors).toEqual(['周晓岚']);
    expect(card.body.paragraphs[0]).toMatch(/^记者从区住房保障和房屋管理局获悉/);
    expect(card.body.paragraphs).toContain('补贴怎么算？');
    expect(card.body.text).not.toMatch(/点击蓝字|关注我们|在看/);
    expect(card.figures.map((f) => f.caption)).toEqual(['凤鸣街道桂花苑小区新装的电梯投入使用']);
  });
});

const page = (head: string, body: string) =>
  parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);

const PROSE =
  '<p>街道邻里中心今天正式启用，居民在家门口就能办理六十多项事务，还能在长者食堂用餐、在睦邻书房看书，步行十五分钟即可到达，受到周边居民的普遍欢迎。</p>';

describe('hidden text and script variables', () => {
  it('a short box hidden with visibility:hidden stays hidden; hidden prose is read', () => {
    const doc = page(
      '',
      `<div style="visibility:hidden">您已开启个性化推荐，开始体验吧</div><div style="visibility: hidden;">${PROSE.repeat(3)}</div>`,
    );
    const text = extract(doc).blocks.map((b) => b.text);
    expect(text.join('\n')).not.toContain('个性化推荐');
    expect(text.filter((t) => t.startsWith('街道邻里中心'))).toHaveLength(3);
  });

  it('display:none hides prose too', () => {
    const doc = page('', `<div style="display:none">${PROSE.repeat(2)}</div><p>别的内容</p>`);
    expect(extract(doc).blocks.map((b) => b.text)).toEqual(['别的内容']);
  });

  it('reads string values of the template variables, not calls or other variables', () => {
    const meta = readPageMeta(
      page(
        `<script>var nickname = Get("nickname"); var ct = "1694513100"; var title = "x";</script>
         <script src="a.js">var nickname = "外部";</script>
         <script>var nickname = htmlDecode("文澜发布");</script>`,
        '',
      ),
    );
    expect(meta.scriptVars.get('ct')).toBe('1694513100');
    expect(meta.scriptVars.get('nickname')).toBe('文澜发布');
    expect(meta.scriptVars.has('title')).toBe(false);
  });
});
