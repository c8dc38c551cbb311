import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotation';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import { type Card, emptyCard } from '../../lib/card';
import { entityMarks } from '../../lib/reader/marks';
import { type Run, readerModel, runs } from '../../lib/reader/view';

const URL = 'https://www.example.gov.cn/news/a.html';
const P1 = '11月20日，澄浦区区长赵雅琴主持召开区政府常务会议，部署老旧小区燃气管道排查。';
const P2 = '会议要求，推进一网通办，确保群众温暖过冬。';

function card(): Card {
  const c = emptyCard(URL, '', 'zh-Hans');
  c.isArticle = true;
  c.reason = null;
  c.title = '澄浦区政府召开常务会议';
  c.date = '2024-11-20T16:10';
  c.source = '澄浦区融媒体中心';
  c.authors = ['王明'];
  c.body = { paragraphs: [P1, P2], text: `${P1}\n${P2}` };
  c.officials = [{ name: '赵雅琴', titles: ['区长'], mentions: 1 }];
  c.places = [{ name: '澄浦区', kind: 'district', mentions: 1 }];
  c.organizations = [{ name: '区政府', kind: 'government', mentions: 1 }];
  c.policyPhrases = [{ text: '一网通办', mentions: 1 }];
  return c;
}

function highlight(id: string, text: string, exact: string, note: string, created: number): Annotation {
  const at = text.indexOf(exact);
  return {
    id,
    url: URL,
    colour: id === 'b' ? 'green' : 'yellow',
    note,
    text: exact,
    selectors: describeSpan(text, at, at + exact.length),
    created,
    updated: created,
  };
}

/** A paragraph as marked text: [entity kind|highlight ids]text. */
const show = (p: Run[]) =>
  p
    .map((r) => {
      const tags = [r.entity?.kind, r.highlights?.map((h) => h.id).join('+')].filter(Boolean);
      return tags.length ? `[${tags.join('|')}]${r.text}` : r.text;
    })
    .join('/');

describe('the reader view of a saved article', () => {
  it('prints each paragraph of the normalized text with its entities and the reader’s highlights', () => {
    const c = card();
    const text = c.body.text;
    const notes = [
      // Over the official's title and name: the highlight is cut where the name starts and ends.
      highlight('a', text, '区长赵雅琴主持', '谁主持的会议', 100),
      highlight('b', text, '确保群众温暖过冬', '', 200),
    ];
    const view = readerModel({ url: URL, savedAt: 5, card: c }, notes, null);
    expect(view).toMatchObject({ title: c.title, source: c.source, authors: ['王明'], date: c.date });
    expect(view.paragraphs.map(show)).toEqual([
      '11月20日，/[place]澄浦区/[a]区长/[official|a]赵雅琴/[a]主持/召开/[organization]区政府/常务会议，部署老旧小区燃气管道排查。',
      '会议要求，推进/[policy]一网通办/，/[b]确保群众温暖过冬/。',
    ]);
    // The whole text is printed, nothing added or lost.
    expect(view.paragraphs.map((p) => p.map((r) => r.text).join(''))).toEqual([P1, P2]);
    expect(view.paragraphs[0]!.find((r) => r.starts)?.starts).toEqual(['a']);
    expect(view.counts).toEqual({ place: 1, official: 1, organization: 1, policy: 1 });
    expect(view.notes.map((n) => [n.annotation.id, n.at !== null])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('lists a highlight whose text is gone as not found (未能定位), last, and marks nothing for it', () => {
    const c = card();
    const before = `${c.body.text}\n区应急管理局将于下周公布检查结果。`;
    const gone = highlight('gone', before, '区应急管理局将于下周公布检查结果', '等结果', 50);
    const kept = highlight('kept', c.body.text, '燃气管道排查', '', 300);
    const view = readerModel({ url: URL, savedAt: 5, card: c }, [gone, kept], {
      url: URL,
      tags: ['燃气'],
      note: '对照去年',
      updated: 1,
    });
    expect(view.notes.map((n) => [n.annotation.id, n.at])).toEqual([
      ['kept', { start: c.body.text.indexOf('燃气管道排查'), end: c.body.text.indexOf('燃气管道排查') + 6 }],
      ['gone', null],
    ]);
    const ids = view.paragraphs.flat().flatMap((r) => r.highlights?.map((h) => h.id) ?? []);
    expect(new Set(ids)).toEqual(new Set(['kept']));
    expect([view.tags, view.note]).toEqual([['燃气'], '对照去年']);
  });

  it('cuts a highlight across two paragraphs at the paragraph break, and keeps the 信息公开 block', () => {
    const c = card();
    c.document = {
      indexNumber: null,
      issuer: '澄浦区人民政府办公室',
      docNumber: '澄府办发〔2024〕3号',
      writtenDate: '2024-11-18',
      publishedDate: null,
      subject: null,
      validity: null,
    };
    const across = highlight('x', c.body.text, '燃气管道排查。\n会议要求', '', 1);
    const view = readerModel({ url: URL, savedAt: 5, card: c }, [across], null);
    expect(view.document).toEqual(c.document);
    const marked = view.paragraphs.map((p) =>
      p
        .filter((r) => r.highlights)
        .map((r) => r.text)
        .join(''),
    );
    expect(marked).toEqual(['燃气管道排查。', '会议要求']);
    // Its link goes to where it starts, in the first paragraph.
    expect(view.paragraphs[0]!.some((r) => r.starts?.includes('x'))).toBe(true);
    expect(view.paragraphs[1]!.some((r) => r.starts)).toBe(false);
  });

  it('puts overlapping highlights both on the characters they share, the newer last', () => {
    const text = '甲乙丙丁戊';
    const out = runs(
      text,
      [],
      [
        { id: 'old', colour: 'yellow', start: 0, end: 3 },
        { id: 'new', colour: 'pink', start: 2, end: 5 },
      ],
    );
    expect(out.map(show)).toEqual(['[old]甲乙/[old+new]丙/[new]丁戊']);
  });
});

describe('entity marks found again from a saved card', () => {
  it('marks names of two or more characters by their string, never a one-character name inside other words', () => {
    const c = card();
    const text = '美俄两国外长会晤。澄浦区居民赞美新建的口袋公园，汤局长到场。';
    c.body = { paragraphs: [text], text };
    c.places = [
      { name: '澄浦区', kind: 'district', mentions: 1 },
      { name: '美', kind: 'other', mentions: 1 },
      { name: '俄', kind: 'other', mentions: 1 },
    ];
    c.officials = [];
    c.persons = [{ name: '汤', mentions: 1 }];
    c.organizations = [];
    c.policyPhrases = [];
    expect(entityMarks(c).map((m) => text.slice(m.start, m.end))).toEqual(['澄浦区']);
  });
});
