import { describe, expect, it } from 'vitest';
import { type Card, emptyCard } from '../../lib/card';
import { toJSON, toMarkdown, toText } from '../../lib/export/index';

/** A district news card written for this test, with one organisation of every kind. */
function districtCard(): Card {
  const card = emptyCard('https://www.linjiang.gov.cn/news/1.html', '');
  const text = '区民政局会同区财政局完善助餐补贴政策。';
  Object.assign(card, {
    isArticle: true,
    reason: null,
    language: 'zh-Hans',
    title: '我区召开社区养老服务推进会',
    date: '2024-05-20',
    source: '临江区融媒体中心',
    body: { paragraphs: [text], text },
    officials: [{ name: '郑海涛', titles: ['副区长'], mentions: 2 }],
    places: [{ name: '滨河街道', kind: 'subdistrict', mentions: 2 }],
    organizations: [
      { name: '区民政局', kind: 'government', mentions: 3 },
      { name: '市委组织部', kind: 'party', mentions: 1 },
      { name: '临江康颐餐饮管理有限公司', kind: 'company', mentions: 2 },
      { name: '春晖居委会', kind: 'other', mentions: 2 },
    ],
    policyPhrases: [{ text: '民生实事', mentions: 1 }],
  } satisfies Partial<Card>);
  return card;
}

/** The lines of one `## ` section of a Markdown note, without its heading and blank lines. */
function section(markdown: string, title: string): string[] | null {
  const parts = markdown.split(/^## /m);
  const found = parts.find((p) => p.startsWith(`${title}\n`));
  return found ? found.split('\n').slice(1).filter(Boolean) : null;
}

describe('exports', () => {
  it('list organisations in Markdown with their kind and mentions, after places and before policy', () => {
    const md = toMarkdown(districtCard());
    expect(section(md, '机构')).toEqual([
      '- 区民政局（政府机构）×3',
      '- 市委组织部（党组织）×1',
      '- 临江康颐餐饮管理有限公司（企业）×2',
      '- 春晖居委会（其他）×2',
    ]);
    const order = ['## 官员', '## 地点', '## 机构', '## 政策用语'].map((h) => md.indexOf(h));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('leave the organisation section out when the article names none', () => {
    const card = districtCard();
    card.organizations = [];
    expect(section(toMarkdown(card), '机构')).toBeNull();
    expect(toText(card)).not.toContain('机构');
  });

  it('give plain text the same organisations without markup', () => {
    const text = toText(districtCard());
    expect(text).toContain('\n机构\n');
    expect(text).toContain('\n  区民政局（政府机构）×3\n');
    expect(text).toContain('\n  临江康颐餐饮管理有限公司（企业）×2\n');
    expect(text).not.toMatch(/^#|^- /m);
  });

  it('carry organisations in JSON under the contract name, with kind and mentions', () => {
    const card = districtCard();
    const parsed = JSON.parse(toJSON(card));
    expect(parsed.organizations).toEqual(card.organizations);
    expect(JSON.parse(toJSON(card, false))).toEqual(parsed);
  });
});
