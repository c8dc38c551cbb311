import type { Card, DocumentInfo, OrganizationKind, PlaceKind } from '../card';

/** How a place's kind reads in an export, which is Chinese whatever the reader's UI language. */
const PLACE_KIND_ZH: Record<PlaceKind, string> = {
  city: '城市',
  district: '区县',
  subdistrict: '街道',
  town: '镇乡',
  neighbourhood: '居民区',
  road: '道路',
  building: '建筑',
  venue: '场所',
  other: '地点',
};

/** An organisation's kind, as the popup card groups them. */
const ORGANIZATION_KIND_ZH: Record<OrganizationKind, string> = {
  government: '政府机构',
  party: '党组织',
  company: '企业',
  other: '其他',
};

/** The 信息公开 block's fields in an export, in the order and words pages print them. */
const DOCUMENT_ZH: Array<[keyof DocumentInfo, string]> = [
  ['docNumber', '文号'],
  ['issuer', '发文机关'],
  ['indexNumber', '索引号'],
  ['writtenDate', '成文日期'],
  ['publishedDate', '发布日期'],
  ['subject', '主题分类'],
  ['validity', '有效性'],
];

/** The card as JSON, per docs/card-contract.md. */
export function toJSON(card: Card, pretty = true): string {
  return JSON.stringify(card, null, pretty ? 2 : undefined);
}

/**
 * How a note is written in one format. Every text it is given is the page's, so a format writes it
 * as text: Markdown escapes it, plain text keeps every character.
 */
interface Format {
  heading(level: 1 | 2, text: string): string;
  item(text: string): string;
  quote(text: string): string;
  paragraph(text: string): string;
  /** An http(s) address already checked by webAddress(). */
  link(url: string): string;
}

const MARKDOWN: Format = {
  heading: (level, text) => `${'#'.repeat(level)} ${escapeMarkdown(text)}`,
  item: (text) => `- ${escapeMarkdown(text)}`,
  quote: (text) => `> ${escapeMarkdown(text)}`,
  paragraph: escapeMarkdown,
  link: (url) => `<${url}>`,
};

const TEXT: Format = {
  heading: (_level, text) => oneLine(text),
  item: (text) => `  ${oneLine(text)}`,
  quote: oneLine,
  paragraph: (text) => text,
  link: (url) => url,
};

/** A field as one line: a line break inside a title or name would start a new block. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

/**
 * Page text as Markdown that shows as the same text and nothing else: every character CommonMark
 * gives a meaning inside a line is escaped with a backslash (with GFM's | and ~, and $ that many
 * note editors read as math), so no HTML, entity, link, image or emphasis comes from a page; the
 * marks that start a block (# - + = 1.) are escaped at the start of a line. ( ) ! only act after
 * an escaped [ and stay as they are.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .trimStart()
    .replace(/[\\`*_[\]<>#|~&$]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The address as a link target only if it is http(s), in its serialised form (no spaces or < >). */
export function webAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function list<T>(items: T[], line: (t: T) => string): string[] {
  return items.map(line);
}

function note(card: Card, options: { body?: boolean }, format: Format): string {
  const out: string[] = [];
  const link = webAddress(card.url);
  if (!card.isArticle) {
    out.push(format.heading(1, card.title ?? '(无文章)'), '', format.quote(card.reason ?? ''));
    if (link) out.push('', format.link(link));
    return `${out.join('\n')}\n`;
  }
  out.push(format.heading(1, card.title ?? '(无标题)'));
  if (card.subtitle) out.push('', format.heading(2, card.subtitle));
  const meta = [
    card.date && `日期：${card.date}`,
    card.source && `来源：${card.source}`,
    card.authors.length > 0 && `作者：${card.authors.join('、')}`,
  ].filter(Boolean);
  if (link) out.push('', format.link(link));
  if (meta.length) out.push('', format.paragraph(meta.join(' · ')));
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', format.heading(2, title), '', ...lines.map(format.item));
  };
  const doc = card.document;
  if (doc)
    section(
      '公文信息',
      DOCUMENT_ZH.filter(([k]) => doc[k]).map(([k, label]) => `${label}：${doc[k]!.replace('T', ' ')}`),
    );
  section(
    '官员',
    list(card.officials, (o) => `${o.name}（${o.titles.join('、')}）×${o.mentions}`),
  );
  section(
    '人物',
    list(card.persons, (p) => `${p.name} ×${p.mentions}`),
  );
  section(
    '地点',
    list(card.places, (p) => `${p.name}（${PLACE_KIND_ZH[p.kind]}）×${p.mentions}`),
  );
  section(
    '机构',
    list(card.organizations, (o) => `${o.name}（${ORGANIZATION_KIND_ZH[o.kind]}）×${o.mentions}`),
  );
  section(
    '政策用语',
    list(card.policyPhrases, (p) => `${p.text} ×${p.mentions}${p.explanation ? `：${p.explanation}` : ''}`),
  );
  section(
    '要点',
    list(card.keySentences, (s) => s),
  );
  section(
    '引语',
    list(card.quotes, (q) => `${q.speaker}：${q.text}`),
  );
  if (options.body && card.body.paragraphs.length)
    out.push('', format.heading(2, '正文'), '', card.body.paragraphs.map(format.paragraph).join('\n\n'));
  return `${out.join('\n')}\n`;
}

/** A Markdown note: title, link, date, then officials, places, organisations, policy phrases, quotes and the body. */
export function toMarkdown(card: Card, options: { body?: boolean } = {}): string {
  return note(card, options, MARKDOWN);
}

/** Plain text: the same content as the Markdown note, without markup and without dropping a character. */
export function toText(card: Card, options: { body?: boolean } = {}): string {
  return note(card, options, TEXT);
}
