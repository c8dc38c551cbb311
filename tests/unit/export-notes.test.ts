import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../lib/annotate/annotation';
import { describe as describeSpan } from '../../lib/annotate/selectors';
import {
  DEFAULT_NOTES_TEMPLATE,
  type ExportedNote,
  exportNotes,
  notesJSON,
  notesMarkdown,
  notesText,
  passageLink,
} from '../../lib/export/notes';

const TEXT =
  '会议要求，各街道要在12月底前完成辖区内老旧小区燃气管道排查，排查结果向社会公开。\n第二段写到<script>与*强调*。';
const ARTICLE = {
  title: '区政府召开常务会议 部署安全生产工作',
  url: 'https://www.example.gov.cn/news/2024/1120.html#top',
  date: '2024-11-20',
  source: '区融媒体中心',
};

function note(quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    id: `id-${start}`,
    url: ARTICLE.url,
    colour: 'yellow',
    note: '',
    text: quote,
    selectors: describeSpan(TEXT, start, start + quote.length),
    created: Date.UTC(2024, 10, 21),
    updated: Date.UTC(2024, 10, 21),
    ...extra,
  };
}

const NOTES: ExportedNote[] = [
  {
    annotation: note('各街道要在12月底前完成辖区内老旧小区燃气管道排查', { note: '跟进：12月底\n问街道办' }),
    orphaned: false,
  },
  { annotation: note('第二段写到<script>与*强调*'), orphaned: true },
];

describe('the reader’s highlights as Markdown', () => {
  const md = notesMarkdown(ARTICLE, NOTES);

  it('quotes each highlight, puts its note under it and links back to the passage', () => {
    expect(md.startsWith('---\ntitle: "区政府召开常务会议 部署安全生产工作"\n')).toBe(true);
    expect(md).toContain('source: "https://www.example.gov.cn/news/2024/1120.html#top"');
    expect(md).toContain('published: 2024-11-20');
    expect(md).toContain('\n> 各街道要在12月底前完成辖区内老旧小区燃气管道排查\n\n跟进：12月底\n问街道办\n');
    const link = passageLink(ARTICLE.url, NOTES[0]!.annotation.text)!;
    expect(md).toContain(`[原文](${link})`);
    expect(link).toBe(
      `https://www.example.gov.cn/news/2024/1120.html#:~:text=${encodeURIComponent('各街道要在12月底前完成辖区内老旧小区燃气管道排查')}`,
    );
  });

  it('renders as quotes and a link only: page text makes no HTML or emphasis', () => {
    const html = new MarkdownIt().render(md.replace(/^---[\s\S]*?---\n/, ''));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>');
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain('&lt;script&gt;');
    // The passage no longer found has no link, and says so.
    expect(html.match(/<a href/g)).toHaveLength(1);
    expect(md).toContain('未能定位');
  });

  it('sends a long passage as its first and last words, and escapes what a fragment must', () => {
    const long = `${'甲'.repeat(30)}-${'乙'.repeat(30)}`;
    const link = passageLink('https://x.example/a(1).html', long)!;
    expect(link).toBe(
      `https://x.example/a%281%29.html#:~:text=${encodeURIComponent('甲'.repeat(20))},${encodeURIComponent('乙'.repeat(20))}`,
    );
    expect(passageLink('https://x.example/a', 'a-b,c')).toBe('https://x.example/a#:~:text=a%2Db%2Cc');
    expect(passageLink('javascript:alert(1)', 'x')).toBeNull();
  });

  it('follows a template the reader wrote, and never compiles code (runs without Function or eval)', () => {
    const saved = { Function: globalThis.Function, eval: Reflect.get(globalThis, 'eval') };
    const refuse = () => {
      throw new Error('code compiled');
    };
    Object.assign(globalThis, { Function: refuse, eval: refuse });
    try {
      const out = notesMarkdown(
        ARTICLE,
        NOTES,
        '{{#highlights}}- {{quote}}{{#note}} ({{note}}){{/note}}\n{{/highlights}}',
      );
      expect(out).toBe(
        '- 各街道要在12月底前完成辖区内老旧小区燃气管道排查 (跟进：12月底\n问街道办)\n- 第二段写到\\<script\\>与\\*强调\\*\n',
      );
    } finally {
      Object.assign(globalThis, saved);
    }
    expect(DEFAULT_NOTES_TEMPLATE).toContain('{{#highlights}}');
  });
});

describe('the reader’s highlights as text and JSON', () => {
  it('keeps every character in plain text', () => {
    const text = notesText(ARTICLE, NOTES);
    expect(text).toContain('「第二段写到<script>与*强调*」（未能定位）');
    expect(text).toContain('跟进：12月底\n问街道办');
  });

  it('writes W3C Web Annotations with both selectors', () => {
    const data = JSON.parse(notesJSON(ARTICLE, NOTES));
    expect(data.annotations).toHaveLength(2);
    const [first] = data.annotations;
    expect(first.type).toBe('Annotation');
    expect(first.motivation).toBe('commenting');
    expect(first.body.value).toBe('跟进：12月底\n问街道办');
    expect(first.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    expect(data.annotations[1].motivation).toBe('highlighting');
  });
});

describe('the highlights of several articles', () => {
  const other = { ...ARTICLE, title: '另一篇文章', url: 'https://www.example.gov.cn/news/2024/1121.html' };
  const items = [
    { article: ARTICLE, notes: NOTES.slice(0, 1) },
    { article: other, notes: NOTES.slice(1) },
  ];

  it('one after another in Markdown and text, an array in JSON; one article as on its own', () => {
    const md = exportNotes('markdown', items);
    expect(md.indexOf('# 区政府召开常务会议')).toBeLessThan(md.indexOf('# 另一篇文章'));
    expect(md).toBe(`${notesMarkdown(ARTICLE, NOTES.slice(0, 1))}\n${notesMarkdown(other, NOTES.slice(1))}`);
    expect(exportNotes('text', items)).toContain(
      '另一篇文章\nhttps://www.example.gov.cn/news/2024/1121.html',
    );
    const json = JSON.parse(exportNotes('json', items));
    expect(json.map((a: { title: string }) => a.title)).toEqual([ARTICLE.title, '另一篇文章']);
    expect(JSON.parse(exportNotes('json', items.slice(0, 1))).title).toBe(ARTICLE.title);
    expect(exportNotes('markdown', items.slice(0, 1), '{{title}}')).toBe(`${ARTICLE.title}\n`);
  });
});
