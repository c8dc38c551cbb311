import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotation';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import type { Card } from '../../lib/card';
import { articleMarkdown, cslItem, libraryCSL, libraryMarkdown } from '../../lib/export/library';
import { analyze } from '../../lib/local';
import { loadPage } from './helpers';

const NOTICE = 'https://www.songlan.gov.cn/zwgk/wj/2025/notice-18.html';
const NEWS = 'https://www.songlan.gov.cn/news/2018/0214.html';
let notice: Card;
let news: Card;

beforeAll(async () => {
  notice = await analyze(loadPage('xxgk-notice-v2'), { url: NOTICE });
  news = await analyze(loadPage('eastday-traditional'), { url: NEWS });
});

/** The variables of CSL-JSON items (CSL 1.0.2, csl-data.json) and the item types it allows. */
const CSL_TYPES = new Set(
  'article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document entry entry-dictionary entry-encyclopedia figure graphic hearing interview legal_case legislation manuscript map motion_picture musical_score pamphlet paper-conference patent performance periodical personal_communication post post-weblog regulation report review review-book software song speech standard thesis treaty webpage'.split(
    ' ',
  ),
);
const DATE_VARIABLES = new Set([
  'accessed',
  'issued',
  'available-date',
  'event-date',
  'original-date',
  'submitted',
]);
const NAME_VARIABLES = new Set(['author', 'editor', 'translator', 'recipient', 'contributor']);
const STRING_VARIABLES = new Set(['title', 'publisher', 'authority', 'URL', 'language', 'genre', 'note']);
const NUMBER_OR_STRING = new Set(['number', 'id']);
const NAME_PARTS = new Set([
  'family',
  'given',
  'literal',
  'suffix',
  'dropping-particle',
  'non-dropping-particle',
]);

/** What the CSL-JSON schema asks of an item: `id` and `type`, known variables, each of its kind. */
function cslProblems(item: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof item.id !== 'string' && typeof item.id !== 'number') problems.push('id');
  if (!CSL_TYPES.has(item.type as string)) problems.push(`type ${String(item.type)}`);
  for (const [key, value] of Object.entries(item)) {
    if (key === 'type' || NUMBER_OR_STRING.has(key)) {
      if (typeof value !== 'string' && typeof value !== 'number') problems.push(key);
    } else if (DATE_VARIABLES.has(key)) {
      const parts = (value as { 'date-parts'?: unknown })['date-parts'];
      const ok =
        Array.isArray(parts) &&
        parts.length >= 1 &&
        parts.length <= 2 &&
        parts.every(
          (p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every((n) => Number.isInteger(n)),
        );
      if (!ok || Object.keys(value as object).some((k) => k !== 'date-parts')) problems.push(key);
    } else if (NAME_VARIABLES.has(key)) {
      const ok =
        Array.isArray(value) &&
        value.every(
          (n) =>
            typeof n === 'object' &&
            n !== null &&
            Object.entries(n).every(([k, v]) => NAME_PARTS.has(k) && typeof v === 'string'),
        );
      if (!ok) problems.push(key);
    } else if (STRING_VARIABLES.has(key)) {
      if (typeof value !== 'string') problems.push(key);
    } else problems.push(`unknown ${key}`);
  }
  return problems;
}

const highlight = (card: Card, quote: string, note: string): Annotation => {
  const start = card.body.text.indexOf(quote);
  return {
    id: `h-${start}`,
    url: card.url!,
    colour: 'yellow',
    note,
    text: quote,
    selectors: describeSpan(card.body.text, start, start + quote.length),
    created: 1,
    updated: 1,
  };
};

describe('CSL-JSON of the library, for reference managers', () => {
  it('a 信息公开 notice: a document, its 文号 as number, issued date-parts, publisher the source', () => {
    const item = cslItem({
      url: NOTICE,
      savedAt: new Date(2025, 8, 13, 12).getTime(),
      card: notice,
      annotations: [],
    });
    expect(item).toMatchObject({
      id: NOTICE,
      type: 'document',
      title: '松岚县人民政府办公室关于做好2025年城乡居民医疗保险参保缴费工作的通知',
      issued: { 'date-parts': [[2025, 9, 12]] },
      accessed: { 'date-parts': [[2025, 9, 13]] },
      publisher: '松岚县人民政府办公室',
      authority: '松岚县人民政府办公室',
      number: '松政办发〔2025〕18号',
      URL: NOTICE,
    });
    expect(cslProblems(item as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('a news article: a webpage with its authors as names, and no number', () => {
    const card: Card = { ...news, authors: ['王伟', '李娜'] };
    const item = cslItem({ url: NEWS, savedAt: 0, card, annotations: [] });
    expect(item.type).toBe('webpage');
    expect(item.author).toEqual([{ literal: '王伟' }, { literal: '李娜' }]);
    expect(item.number).toBeUndefined();
    expect(item.issued).toEqual({ 'date-parts': [[2018, 2, 14]] });
  });

  it('the whole export is an array of items that pass the schema check, and the check can fail', () => {
    const items = JSON.parse(
      libraryCSL([
        { url: NOTICE, savedAt: 0, card: notice, annotations: [] },
        { url: NEWS, savedAt: 0, card: { ...news, date: null, title: null }, annotations: [] },
      ]),
    ) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(2);
    for (const item of items) expect(cslProblems(item)).toEqual([]);
    expect(items[1]).not.toHaveProperty('issued');
    expect(
      cslProblems({ id: 'x', type: 'news', issued: { 'date-parts': [['2025-09-12']] }, docNumber: '1' }),
    ).toEqual(['type news', 'issued', 'unknown docNumber']);
  });
});

describe('Markdown of the library', () => {
  it('an article: its card and body, then each highlight quoted with its note and a link to the passage', () => {
    const h = highlight(notice, '个人缴费标准为每人每年400元', '比去年多20元');
    const md = articleMarkdown({ url: NOTICE, savedAt: 0, card: notice, annotations: [h] });
    expect(md.startsWith(`# ${notice.title}\n`)).toBe(true);
    expect(md).toContain('- 文号：松政办发〔2025〕18号');
    expect(md).toContain('## 正文');
    expect(md).toContain('## 划线与笔记\n\n> 个人缴费标准为每人每年400元\n\n比去年多20元\n\n[原文](');
    expect(md).toContain(`${NOTICE}#:~:text=`);
  });

  it('page text cannot bring markup into the note; several articles are separated by a rule', () => {
    const h = highlight(notice, '县医保局要加强业务指导', '<img src=x onerror=alert(1)> **重点**');
    const md = libraryMarkdown([
      { url: NOTICE, savedAt: 0, card: notice, annotations: [h] },
      { url: NEWS, savedAt: 0, card: news, annotations: [] },
    ]);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*重点\\*\\*');
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md.split('\n---\n')).toHaveLength(2);
    expect(md).toContain(`# ${news.title}`);
  });
});
