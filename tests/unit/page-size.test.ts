import { describe, expect, it } from 'vitest';
import { buildCard } from '../../lib/build-card';
import { REASON_ZH } from '../../lib/extract/page-kind';
import { localServices } from '../../lib/local';
import { MAX_PAGE_CHARS, pageChars } from '../../lib/page-size';
import type { PageText } from '../../lib/page-text';

/** A page as the DOM side hands it over, its article made of one paragraph written here, repeated. */
function pageOf(paragraphs: number, others = 0): PageText {
  const line = '區民政局局長王建華來到濱河街道，察看社區長者食堂，聽取居委會關於老年助餐的工作匯報。';
  const raw = Array.from({ length: paragraphs }, () => line).join('\n');
  const article = { raw, info: Array.from({ length: paragraphs }, () => ({ standalone: false })) };
  return {
    url: 'https://www.example.gov.cn/news/1.html',
    isArticle: true,
    reason: null,
    reasonCode: null,
    date: '2024-12-30',
    articles: [article, ...Array.from({ length: others }, () => article)],
    title: '臨江區社區養老服務工作情況',
    subtitle: null,
    source: '臨江區民政局',
    authors: [],
    otherHeadings: Array.from({ length: others }, () => ({ title: '另一篇', subtitle: null })),
    sample: '',
    figures: [{ caption: '图为长者食堂', credit: null }],
    document: null,
  };
}

describe('a page beyond any article: a card that says so, not minutes of work', () => {
  it('counts the text of every article on the page', () => {
    const one = pageChars(pageOf(10));
    expect(one).toBeGreaterThan(400);
    expect(pageChars(pageOf(10, 2))).toBe(3 * one);
  });

  it('answers a page past the limit with reason tooLong, keeping its title, date and source', async () => {
    const page = pageOf(Math.ceil(MAX_PAGE_CHARS / 40));
    expect(pageChars(page)).toBeGreaterThan(MAX_PAGE_CHARS);
    const { card, spans } = await buildCard(page, localServices);
    expect(card.isArticle).toBe(false);
    expect(card.reasonCode).toBe('tooLong');
    expect(card.reason).toBe(REASON_ZH.tooLong);
    expect(card.reason).toContain(String(MAX_PAGE_CHARS));
    expect(card.body).toEqual({ paragraphs: [], text: '' });
    expect(spans).toEqual([]);
    expect(card.officials).toEqual([]);
    expect(card.figures).toEqual([]);
    // The printed title normalized to simplified by the article's script, as in any card.
    expect(card.title).toBe('临江区社区养老服务工作情况');
    expect([card.date, card.source]).toEqual(['2024-12-30', '临江区民政局']);
  });

  it('counts several articles together: many long ones on one page are past it too', async () => {
    const page = pageOf(Math.ceil(MAX_PAGE_CHARS / 40 / 3), 2);
    expect(page.articles[0]!.raw.length).toBeLessThan(MAX_PAGE_CHARS);
    expect((await buildCard(page, localServices)).card.reasonCode).toBe('tooLong');
  });

  it('reads a page under the limit as ever', async () => {
    const { card } = await buildCard(pageOf(20), localServices);
    expect(card.isArticle).toBe(true);
    expect(card.reasonCode).toBeNull();
    expect(card.body.paragraphs).toHaveLength(20);
    expect(card.officials.map((o) => o.name)).toContain('王建华');
  });
});
