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

function list<T>(items: T[], line: (t: T) => string): string[] {
  return items.map((t) => `- ${line(t)}`);
}

/** A Markdown note: title, link, date, then officials, places, organisations, policy phrases, quotes and the body. */
export function toMarkdown(card: Card, options: { body?: boolean } = {}): string {
  const out: string[] = [];
  if (!card.isArticle) {
    out.push(`# ${card.title ?? '(无文章)'}`, '', `> ${card.reason ?? ''}`);
    if (card.url) out.push('', `<${card.url}>`);
    return `${out.join('\n')}\n`;
  }
  out.push(`# ${card.title ?? '(无标题)'}`);
  if (card.subtitle) out.push('', `## ${card.subtitle}`);
  const meta = [
    card.date && `日期：${card.date}`,
    card.source && `来源：${card.source}`,
    card.authors.length > 0 && `作者：${card.authors.join('、')}`,
  ].filter(Boolean);
  if (card.url) out.push('', `<${card.url}>`);
  if (meta.length) out.push('', meta.join(' · '));
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `## ${title}`, '', ...lines);
  };
  const doc = card.document;
  if (doc)
    section(
      '公文信息',
      DOCUMENT_ZH.filter(([k]) => doc[k]).map(([k, label]) => `- ${label}：${doc[k]!.replace('T', ' ')}`),
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
  if (options.body) section('正文', card.body.paragraphs.flatMap((p) => [p, '']).slice(0, -1));
  return `${out.join('\n')}\n`;
}

/** Plain text: the same content as the Markdown note, without markup. */
export function toText(card: Card, options: { body?: boolean } = {}): string {
  return toMarkdown(card, options)
    .replace(/^#+ /gm, '')
    .replace(/^- /gm, '  ')
    .replace(/^> /gm, '')
    .replace(/<(https?:[^>]+|[^>\s]+)>/g, '$1');
}
