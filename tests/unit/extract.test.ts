import { beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { charF1, loadExpected, loadPage, SEED_PAGES } from './helpers';

describe('article extraction on the seed pages', () => {
  for (const name of SEED_PAGES) {
    describe(name, () => {
      let card: Card;
      beforeAll(async () => {
        card = await analyze(loadPage(name));
      });
      const expected = loadExpected(name);

      it('finds the article and its script', () => {
        expect(card.isArticle).toBe(true);
        expect(card.language).toBe(expected.language);
      });

      it('reads title, subtitle, date and source as printed', () => {
        expect(card.title).toBe(expected.title);
        expect(card.subtitle).toBe(expected.subtitle);
        expect(card.date).toBe(expected.date);
        const sources = [expected.source, ...((expected.alternatives?.source as string[] | undefined) ?? [])];
        expect(sources).toContain(card.source);
      });

      it('reads the reporters, editors and photographers', () => {
        expect(card.authors).toEqual(expected.authors);
      });

      it('extracts the normalized body (character F1 ≥ 0.97, paragraphs rejoined)', () => {
        const gold = expected.paragraphs!.join('\n');
        expect(charF1(card.body.text, gold)).toBeGreaterThanOrEqual(0.97);
        expect(card.body.paragraphs.length).toBe(expected.paragraphs!.length);
        expect(card.body.text).toBe(card.body.paragraphs.join('\n'));
      });

      it('lists the other articles printed on the same page', () => {
        const otherTitles = (expected.otherArticles ?? []).map((a) => a.title).filter(Boolean);
        for (const t of otherTitles) expect(card.otherArticles.map((a) => a.title)).toContain(t);
      });
    });
  }
});

describe('pages without an article, and an article not in Chinese', () => {
  it('a news list page is not an article, with a reason', async () => {
    const card = await analyze(loadPage('news-list'));
    expect(card.isArticle).toBe(false);
    expect(card.reason).toMatch(/正文|列表/);
    expect(card.body.text).toBe('');
  });

  it('an English article is an article in another language, read but not recognised', async () => {
    const card = await analyze(loadPage('english-page'));
    const expected = loadExpected('english-page');
    expect(card.isArticle).toBe(true);
    expect(card.reason).toBeNull();
    expect(card.language).toBe('other');
    expect(card.title).toBe(expected.title);
    expect(card.date).toBe(expected.date);
    expect(card.source).toBe(expected.source);
    // One paragraph per printed paragraph: an English full stop ends a sentence.
    expect(card.body.paragraphs).toEqual(expected.paragraphs);
    expect(card.body.text).not.toMatch(/Latest news|Share:|Residents take numbers/);
    expect([card.officials, card.persons, card.places, card.policyPhrases, card.quotes]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('an empty document gives a clear reason, not an exception', async () => {
    const card = await analyze(loadPageFromHtml('<html><head><title>x</title></head><body></body></html>'));
    expect(card.isArticle).toBe(false);
    expect(card.reason).toMatch(/空|empty/);
  });
});

describe('a page with a strict CSP and a 记者 byline', () => {
  const expected = loadExpected('strict-csp');
  it('reads its metadata and body', async () => {
    const card = await analyze(loadPage('strict-csp'));
    expect(card.title).toBe(expected.title);
    expect(card.date).toBe(expected.date);
    expect(card.source).toBe(expected.source);
    expect(card.authors).toEqual(expected.authors);
    expect(card.body.paragraphs).toEqual(expected.paragraphs);
  });
});

import { parseDocument } from '../../cli/parse-html';

function loadPageFromHtml(html: string): Document {
  return parseDocument(html);
}

describe('figures', () => {
  it('keeps captions and photo credits as figures of the article, in simplified script', async () => {
    const card = await analyze(loadPage('eastday-traditional'));
    expect(card.figures.map((f) => f.credit)).toEqual(['陈正宝 摄', '陈正宝 摄', '张春海 摄']);
    expect(card.body.text).not.toContain('摄');
    const modern = await analyze(loadPage('district-modern'));
    expect(modern.figures.length).toBeGreaterThan(0);
    expect(modern.figures[0]!.credit).toMatch(/摄$/);
  });
});

describe('an agency dateline', () => {
  it('stays in the body as printed, so its place and agency are read; its outlet is the source', async () => {
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>松岚新闻</title></head><body><article>
      <h1>江南水乡古镇保护条例草案公开征求意见</h1>
      <p>新华社杭州3月2日电（记者 林晓光）浙江省人大常委会法制工作委员会今天公布古镇保护条例草案，向社会公开征求意见。</p>
      <p>草案提出，古镇所在地的县级人民政府应当编制保护规划，明确保护范围和建设控制地带，并向社会公布。</p>
      <p>征求意见截至3月31日。公众可以通过信函、电子邮件等方式提出意见和建议。</p>
    </article></body></html>`;
    const card = await analyze(loadPageFromHtml(html));
    expect(card.body.paragraphs[0]).toMatch(/^新华社杭州3月2日电（记者 ?林晓光）浙江省人大常委会/);
    expect(card.source).toBe('新华社');
    expect(card.authors).toEqual(['林晓光']);
    expect(card.places.map((p) => p.name)).toContain('杭州');
    expect((card.organizations ?? []).map((o) => o.name)).toContain('新华社');
    expect(card.persons.map((p) => p.name)).not.toContain('林晓光');
  });
});
