import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { collectBlocks } from '../../lib/extract/blocks';
import { analyze } from '../../lib/local';
import { loadPage } from './helpers';

/**
 * Article pages that carry what list and search pages carry (link lists, a count of related news, a
 * thread of dated replies or comments, a blog's earlier posts) against real list pages.
 */
describe('an article with a thread of dated posts after it', () => {
  it('a forum post with its replies is the first post, though a stray <a> wraps the rest of the page', async () => {
    const card = await analyze(loadPage('forum-thread'));
    expect([card.isArticle, card.reasonCode]).toEqual([true, null]);
    expect(card.body.text).toMatch(/^读完《河岸人家》已经是凌晨两点/);
    // It ends with its last paragraph: the signature under its rule line, the replies and their
    // footers are not the post's.
    expect(card.body.text).toMatch(/跟着老街上的人家走完那四十年。$/);
    expect(card.body.text).not.toMatch(/读书笔记|-----|差点哭了|瑕不掩瑜|加入书单|哪里能买到|发布时间|返回/);
    expect(card.date).toBe('2023-11-04T01:52:10');
  });

  it('a news story with readers’ comments under it ends before the comments', async () => {
    const card = await analyze(loadPage('news-comments'));
    expect([card.isArticle, card.reasonCode]).toEqual([true, null]);
    expect(card.title).toBe('老旧小区加装电梯为何难在“最后一票”');
    expect(card.date).toBe('2024-03-04T10:12:40');
    expect(card.body.paragraphs).toHaveLength(5);
    expect(card.body.text).toMatch(/“最后一票”才有可能投出来。$/);
    expect(card.body.text).not.toMatch(/热门评论|认为：|补偿标准应该统一公开|建议把协商过程也公开|支持调解/);
  });

  it("a blog's front page is its newest post, not a list", async () => {
    const card = await analyze(loadPage('blog-front'));
    expect([card.isArticle, card.reasonCode]).toEqual([true, null]);
    expect(card.title).toBe('春天去看油菜花 (图)');
    expect(card.date).toBe('2024-03-21T22:05:41');
    expect(card.body.text).toMatch(/^周末和朋友去了城郊的花海/);
    expect(card.body.text).toMatch(/去看带着露水的花。$/);
    // The next post's title above its stamp is not the last line of this one, punctuated or not.
    expect(card.body.text).not.toMatch(/换了一份工作|腌菜坛子|慢下来|打印/);
  });

  it('a list of summaries, each under its linked headline with the minute it was posted, stays a list', async () => {
    const card = await analyze(loadPage('dated-summaries'));
    expect([card.isArticle, card.reasonCode]).toEqual([false, 'list']);
  });

  it('short dated items between the paragraphs are a list, whether stamped with a time or not', async () => {
    const item = (i: number, time: string) =>
      `<li><a href="/n/${i}.html">第${i}期工作简报</a></li><li>本期简报通报了各街道重点工作推进情况，请各单位对照抓好落实。</li><li>2024-05-0${i}${time}</li>`;
    for (const time of ['', ' 09:30:00']) {
      const html = `<html><head><title>工作简报</title></head><body><div><ul>${[1, 2, 3, 4, 5]
        .map((i) => item(i, time))
        .join('')}</ul></div></body></html>`;
      const card = await analyze(parseDocument(html));
      expect([card.isArticle, card.reasonCode], time || 'days').toEqual([false, 'list']);
    }
  });
});

describe('a count of results is a search page only above the results', () => {
  it('a count of related news printed after the article neither makes it a search page nor joins its body', async () => {
    const card = await analyze(loadPage('related-count'));
    expect([card.isArticle, card.reasonCode]).toEqual([true, null]);
    expect(card.title).toBe('县域医共体改革的三笔账');
    expect(card.body.text).toMatch(/而不是停留在挂牌和合并上。$/);
    expect(card.body.text).not.toMatch(/共找到|相关链接/);
  });

  it('a search page with its count above the results is still one', async () => {
    const card = await analyze(loadPage('search-results'));
    expect([card.isArticle, card.reasonCode]).toEqual([false, 'search']);
  });
});

describe('a short article among a portal’s link lists', () => {
  it('is an article: its own headline and date line, then its paragraphs with no link line between', async () => {
    const card = await analyze(loadPage('news-brief'));
    expect([card.isArticle, card.reasonCode]).toEqual([true, null]);
    expect(card.title).toBe('网球名将夺得红土赛季首冠');
    expect(card.body.paragraphs).toHaveLength(2);
    expect(card.body.text).not.toMatch(/女排|马拉松|港股|广告/);
  });

  it('a list page whose few lines of text sit between its links is still a list', async () => {
    const links = Array.from(
      { length: 24 },
      (_, i) => `<li><a href="/n/${i}.html">临溪区第${i + 1}次重点项目推进会召开</a></li>`,
    ).join('');
    const html = `<html><head><title>重点项目_临溪区</title></head><body><div class="list">
      <h2>重点项目</h2><div>2024-05-06 更新</div>
      <ul>${links.slice(0, links.length / 2)}</ul>
      <p>本栏目集中发布全区重点项目的推进情况，欢迎社会各界监督。</p>
      <ul>${links.slice(links.length / 2)}</ul></div></body></html>`;
    const card = await analyze(parseDocument(html));
    expect([card.isArticle, card.reasonCode]).toEqual([false, 'list']);
  });
});

describe('what a link is', () => {
  it('counts the text of <a href> as link text, and not that of an <a> without href (a placeholder)', () => {
    const doc = parseDocument(
      '<html><body><p><a name="top">第一章</a> 开头</p><p><a href="/next">下一页</a></p><p><a>未写完的链接</a></p></body></html>',
    );
    const blocks = collectBlocks(doc.body);
    expect(blocks.map((b) => [b.text, b.linkChars])).toEqual([
      ['第一章 开头', 0],
      ['下一页', 3],
      ['未写完的链接', 0],
    ]);
  });
});
