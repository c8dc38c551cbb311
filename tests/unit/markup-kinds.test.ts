/**
 * One realistic page per kind of markup the extractor meets on Chinese government sites, with
 * hand-written gold in tests/fixtures/expected/. The texts are invented.
 *
 * - cms-table: an old table-layout CMS, `<br>`-separated paragraphs indented with 　　 or &nbsp;.
 * - wechat-article: a WeChat official-account article (js_content, data-src images, ▲ captions,
 *   credit lines and 往期推荐 inside the content, 阅读原文 / 喜欢此内容的人还喜欢 after it).
 * - district-modern: a modern district portal with 引题, byline, figure/figcaption with a photo
 *   credit, 责任编辑 and 相关新闻.
 * - search-results, home-page, login-page: pages that hold no article.
 *
 * Bodies are compared paragraph by paragraph, exactly: each page prints its paragraphs as separate
 * blocks (or `<br>` lines) with no broken lines, so there is no reason to allow slack.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { loadExpected, loadPage } from './helpers';

/** Text on each article page that a reader does not count as the article's body. */
const NOT_BODY: Record<string, string[]> = {
  'cms-table': [
    // (the title is not listed: the lead paragraph repeats it verbatim)
    '发布时间',
    '浏览次数',
    '来源：',
    '字体：',
    '打印本页',
    '关闭窗口',
    '上一篇',
    '下一篇',
    '热点信息',
    '县政府召开第六十二次常务会议',
    '您现在的位置',
    '版权所有',
    'ICP备',
    '公网安备',
    '网站标识码',
  ],
  'wechat-article': [
    '家门口又添“好去处”！', // the title
    '原创',
    '2023-09-12 18:05',
    '▲',
    '邻里中心外景',
    '居民在长者食堂用餐',
    '记者：',
    '摄影：',
    '编辑：',
    '钱晓雯',
    '孙一鸣',
    '往期推荐',
    '秋季义务教育阶段招生工作',
    '中秋国庆出行指南',
    '点亮“在看”',
    '阅读原文',
    '喜欢此内容的人还喜欢',
    '“宝宝屋”试运营一个月',
    '继续滑动看下一个',
    '向上滑动看下一个',
    '微信扫一扫',
    '预览时标签不可点',
  ],
  'district-modern': [
    '让“城市奔跑者”歇脚有处、办事有门', // the 引题
    '发布时间',
    '来源：',
    '作者：',
    '当前位置',
    '分享到',
    '二维码',
    '休息充电。', // the figcaption
    '陆子谦',
    '摄）',
    '责任编辑',
    '蒋文静',
    '打印本页',
    '关闭窗口',
    '相关新闻',
    '集中入会活动',
    '“小哥议事会”首次议事',
    '“法律服务包”',
    '主办单位',
    '网站标识码',
    '沪ICP备',
    '沪公网安备',
  ],
};

const ARTICLE_PAGES = ['cms-table', 'wechat-article', 'district-modern'] as const;
const NON_ARTICLE_PAGES = ['search-results', 'home-page', 'login-page'] as const;

describe('article pages, one per kind of markup', () => {
  for (const name of ARTICLE_PAGES) {
    describe(name, () => {
      let card: Card;
      beforeAll(async () => {
        card = await analyze(loadPage(name));
      });
      const expected = loadExpected(name);

      it('is an article in simplified script', () => {
        expect(card.isArticle).toBe(true);
        expect(card.reason).toBeNull();
        expect(card.language).toBe(expected.language);
      });

      it('reads the title as printed', () => {
        expect(card.title).toBe(expected.title);
      });

      it('reads the subtitle (引题) as printed, or none', () => {
        expect(card.subtitle).toBe(expected.subtitle);
      });

      it('reads the date as printed', () => {
        expect(card.date).toBe(expected.date);
      });

      it('reads the source as printed', () => {
        expect(card.source).toBe(expected.source);
      });

      it('reads the reporters, photographers and editors in reading order', () => {
        expect(card.authors).toEqual(expected.authors);
      });

      it('extracts the body paragraphs exactly', () => {
        expect(card.body.paragraphs).toEqual(expected.paragraphs);
        expect(card.body.text).toBe(card.body.paragraphs.join('\n'));
      });

      it('lets no title, caption, credit, 责任编辑, 打印 or 相关新闻 text into the body', () => {
        const leaked = NOT_BODY[name]!.filter((s) => card.body.text.includes(s));
        expect(leaked).toEqual([]);
      });
    });
  }
});

describe('pages that hold no article', () => {
  for (const name of NON_ARTICLE_PAGES) {
    it(`${name} is not an article, and says why`, async () => {
      const expected = loadExpected(name);
      const card = await analyze(loadPage(name));
      expect(card.isArticle).toBe(expected.isArticle);
      expect(typeof card.reason).toBe('string');
      expect(card.reason!.trim().length).toBeGreaterThan(0);
    });
  }
});

describe('a synthetic page whose article sits inside a share-looking wrapper', () => {
  // Class names are not content: some CMS templates wrap the whole article in a container named
  // after the share widget it also holds. The article must still be found, and the widget dropped.
  const paragraphs = [
    '11月5日，青禾街道在社区文化中心举办“邻里互助”志愿服务集市，辖区12家社会组织和30余支志愿服务队伍现场设摊，为居民提供义诊、法律咨询、家电维修、理发等服务。',
    '“家里的电饭煲坏了好几天，今天志愿者十几分钟就帮我修好了。”家住青禾三村的居民钱阿姨说。活动当天，现场共服务居民800余人次，收集意见建议47条。',
    '青禾街道相关负责人表示，街道将把志愿服务集市办成每月一次的固定活动，并根据居民需求不断丰富服务项目，让志愿服务更贴近群众生活。',
  ];
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>青禾街道举办“邻里互助”志愿服务集市_街道动态_青禾街道</title></head>
<body>
<div class="top"><a href="/">首页</a> <a href="/jdgk/">街道概况</a> <a href="/jddt/">街道动态</a> <a href="/bmfw/">便民服务</a></div>
<div class="share-wrap">
  <div class="share-bar">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>
  <article>
    <h1>青禾街道举办“邻里互助”志愿服务集市</h1>
    <div class="meta">发布时间：2024-11-06　来源：青禾街道办事处</div>
    ${paragraphs.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article>
</div>
<div class="footer">主办单位：青禾街道办事处　网站标识码：3101990017</div>
</body></html>`;

  let card: Card;
  beforeAll(async () => {
    card = await analyze(parseDocument(html));
  });

  it('finds the article, its title, date and source', () => {
    expect(card.isArticle).toBe(true);
    expect(card.title).toBe('青禾街道举办“邻里互助”志愿服务集市');
    expect(card.date).toBe('2024-11-06');
    expect(card.source).toBe('青禾街道办事处');
  });

  it('extracts the three paragraphs and not the share bar', () => {
    expect(card.body.paragraphs).toEqual(paragraphs);
    expect(card.body.text).not.toMatch(/分享到|QQ空间/);
  });
});
