import type { Block } from './blocks';
import type { BodyResult } from './body';
import { measure } from './features';
import { metaValue, type PageMeta } from './page-meta';
import { BREADCRUMB, COLUMN_LABEL, DOC_NUMBER, META_TITLE, SITE_NAME, TITLE_SEPARATORS } from './patterns';

export interface TitleResult {
  title: string | null;
  subtitle: string | null;
  /** The line the subtitle or 引题 was read from, when it is not a heading of the article's own group. */
  subtitleBlock?: Block | null;
  /** The line the title was read from, when it is on the page. */
  block: Block | null;
}

/** Length of the longest common substring of a and b. */
export function longestCommon(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : 0;
      if (cur[j]! > best) best = cur[j]!;
    }
    [prev, cur] = [cur, prev];
  }
  return best;
}

/** A text without its white space, for comparing what pages print with different spacing. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** The headline part of a `<title>`: the longest part that is not a site name, or null if only a site name. */
export function headlineOfDocumentTitle(documentTitle: string): string | null {
  const parts = documentTitle
    .split(TITLE_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const candidates = parts.filter((p) => !SITE_NAME.test(p) || p.length > 20);
  if (candidates.length === 0) return null;
  return candidates.reduce((a, b) => (b.length > a.length ? b : a));
}

const TITLE_CLASS =
  /(?:^|[\s_-])(?:[a-z]*title|headline|heading|biaoti|bt|tit|article-?title|news-?title|h-?title|detail-?title)(?:$|[\s_-])/i;
/** How many lines above the body a bold line may stand to be read as the headline. */
const HEADLINE_REACH = 6;
/** Lines that carry metadata, not a headline: a byline (文丨…, 文/…), a full date, a role or source label. */
const NOT_HEADLINE =
  /^(?:文|图|圖|记者|記者|作者)\s*[丨|｜/:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|(?:作者|記者|记者|来源|來源|编辑|編輯|发布|發佈|日期|时间|時間)\s*[:：]/;
const NOT_TITLE_CLASS = /(?:sub-?title|column|lanmu|channel|nav|list)/i;

function classOf(el: Element | null): string {
  let s = '';
  for (let e = el, i = 0; e && i < 2; e = e.parentElement, i++)
    s += ` ${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
  return s;
}

/**
 * The headline: from the main article's own headings (e-paper pages print several), else the best
 * heading before the body, judged by agreement with `<title>` and the title metas, heading level and
 * nearness to the body, else the metas, else the headline part of `<title>`.
 */
export function extractTitle(blocks: Block[], body: BodyResult, meta: PageMeta): TitleResult {
  const main = body.articles[body.main];
  const own = new Set((main?.headings ?? []).map((l) => l.block));
  const docHeadline = headlineOfDocumentTitle(meta.documentTitle);
  const metaTitle = metaValue(meta, META_TITLE) ?? meta.jsonLd.headline;
  const references = [docHeadline, metaTitle, meta.documentTitle].filter((s): s is string => !!s).map(squash);
  const firstBody = main?.body[0]?.line.block.index ?? blocks.length;

  let best: { block: Block; score: number; agreement: number } | null = null;
  const consider = (b: Block) => {
    const f = measure(b);
    if (f.chars < 4 || f.chars > 90 || f.chrome || f.caption || b.furniture || /。$/.test(b.text)) return;
    if (b.linkChars > 0 && BREADCRUMB.test(b.text)) return;
    const cls = classOf(b.element);
    const titleClass = TITLE_CLASS.test(cls) && !NOT_TITLE_CLASS.test(cls);
    const distance = Math.abs(firstBody - b.index);
    const above = firstBody - b.index;
    // Old table-layout pages print the headline as a bold line, not a heading.
    const bold = b.strongChars >= f.chars * 0.9 && above > 0 && above <= HEADLINE_REACH;
    if (!b.heading && !titleClass && !own.has(b) && !bold) return;
    if (NOT_HEADLINE.test(b.text) || COLUMN_LABEL.test(b.text) || DOC_NUMBER.test(b.text)) return;
    const text = squash(b.text);
    let agreement = 0;
    for (const r of references) agreement = Math.max(agreement, longestCommon(text, r) / text.length);
    // Without agreement with <title> or the metas, only a headline-length line close to the body will
    // do; a short one (犬儒病(上)), or a heading or title-classed line that links to its own page, only
    // right above the body.
    const close = above > 0 && above <= 3 && (f.linkRatio <= 0.5 || b.heading > 0 || titleClass);
    if (agreement < 0.5 && !close && (f.chars < 8 || distance > 8 || f.linkRatio > 0.5)) return;
    let score = agreement * 6 - Math.min(4, distance / 5);
    if (b.heading) score += 4 - Math.min(b.heading, 4) * 0.5;
    if (titleClass) score += 1.5;
    if (bold) score += 1;
    if (own.has(b)) score += 2;
    if (f.linkRatio > 0.5) score -= 2;
    if (!best || score > best.score) best = { block: b, score, agreement };
  };
  for (const l of main?.headings ?? []) consider(l.block);
  for (let i = Math.max(0, firstBody - 60); i < Math.min(blocks.length, firstBody + 3); i++)
    consider(blocks[i]!);

  const chosen = best as { block: Block; score: number; agreement: number } | null;
  if (chosen) {
    const headings = main?.headings ?? [];
    const at = headings.findIndex((l) => l.block === chosen.block);
    const lines = headlineLines(blocks, chosen.block);
    const last = lines[lines.length - 1]!;
    // Lines of one headline join as <title> prints them, else with a space.
    const parts = lines.map((b) => b.text.trim());
    const joined = references.some((r) => r.includes(squash(parts.join(''))))
      ? parts.join('')
      : parts.join(' ');
    const title = trimToReference(joined, references);
    const after = headings.findIndex((l) => l.block === last);
    if (at >= 0 && after >= 0 && headings[after + 1])
      return { title, subtitle: headings[after + 1]!.block.text, block: last };
    const kicker = kickerOf(blocks, chosen.block);
    return { title, subtitle: kicker?.text ?? null, subtitleBlock: kicker, block: last };
  }
  if (metaTitle) {
    const t = headlineOfDocumentTitle(metaTitle);
    if (t) return { title: t, subtitle: null, block: null };
  }
  return { title: docHeadline, subtitle: null, block: null };
}

/** How long a further line of a headline broken with <br> may be. */
const HEADLINE_LINE_CHARS = 60;

/**
 * A headline broken over lines of one element (<h1>松岚市委书记调研春耕生产<br>强调…</h1>): all its
 * lines, in order: in a heading or a title-classed element, or a bold headline's bold lines (old pages
 * break a whole cell with <br>); a document number or a sentence in the same element is not part of it.
 */
function headlineLines(blocks: Block[], chosen: Block): Block[] {
  const isBold = (b: Block) => b.strongChars >= b.text.replace(/\s/g, '').length * 0.9;
  // In a plain cell or paragraph only a bold headline's bold lines go together.
  const boldOnly = !chosen.heading && !TITLE_CLASS.test(classOf(chosen.element));
  if (boldOnly && !isBold(chosen)) return [chosen];
  const part = (b: Block | undefined): b is Block =>
    !!b &&
    b.element === chosen.element &&
    (!boldOnly || isBold(b)) &&
    b.text.length <= HEADLINE_LINE_CHARS &&
    !/[。！？]$/.test(b.text) &&
    !DOC_NUMBER.test(b.text) &&
    !NOT_HEADLINE.test(b.text);
  const lines = [chosen];
  for (let i = chosen.index - 1; part(blocks[i]); i--) lines.unshift(blocks[i]!);
  for (let i = chosen.index + 1; part(blocks[i]); i++) lines.push(blocks[i]!);
  return lines;
}

const KICKER_CLASS =
  /(?:yinti|yin-ti|pre-?title|kicker|fubiaoti|fu-?title|sub-?title|subtitle|vice-?title|second-?title)/i;

/**
 * A 引题 printed on its own line just above the headline, or a 副题 just below it, marked as such by
 * its class (`p.yinti`, `div.subtitle`): short, no sentence end, not a link.
 */
function kickerOf(blocks: Block[], title: Block): Block | null {
  for (const b of [blocks[title.index - 1], blocks[title.index + 1]]) {
    if (!b || b.furniture || b.linkChars > 0 || b.text.length > 50 || /[。！？]$/.test(b.text)) continue;
    if (KICKER_CLASS.test(classOf(b.element)) && b.text !== title.text) return b;
  }
  return null;
}

/**
 * A headline printed with a badge ("原创", "独家", "视频") or a column name before or after it: where
 * <title> or the metas hold the headline without it, the extra few characters go.
 */
function trimToReference(title: string, references: string[]): string {
  const t = title.trim();
  if (references.some((r) => r.includes(squash(t)))) return t;
  for (const r of references) {
    for (const edge of [0, 1]) {
      // Try each way of cutting up to 6 characters from one end.
      for (let k = 1; k <= 6 && k < t.length - 4; k++) {
        const cut = (edge === 0 ? t.slice(k) : t.slice(0, t.length - k)).trim();
        if (squash(cut).length >= 6 && r.includes(squash(cut))) return cut;
      }
    }
  }
  return t;
}
