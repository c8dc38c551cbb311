import { type BlockSlice, TextModel } from '../model/text-model';
import { type Block, collectBlocks } from './blocks';
import { type ArticleRegion, type BodyResult, detectBody, recount } from './body';
import { namesIn, readMetaLine } from './byline';
import { parseDate, parseMetaDate } from './date';
import { metaValue, type PageMeta, readPageMeta } from './page-meta';
import {
  DATE_LABEL,
  IMAGE_PLACEHOLDER,
  META_DATE,
  META_SOURCE,
  PHOTO_CREDIT,
  SEARCH_COUNT,
  TRAILING_CREDIT,
} from './patterns';
import { extractTitle, squash } from './title';

export interface ExtractedArticle {
  title: string | null;
  subtitle: string | null;
  date: string | null;
  source: string | null;
  authors: string[];
  /** The article's lines as printed, mapped to the page. */
  model: TextModel;
  /** Per model line: a subhead that stands alone (heading or all bold). */
  standalone: boolean[];
  /** The line the headline was read from, when it is on the page. */
  titleBlock: Block | null;
  /** Pictures printed in the article, by their caption and credit lines, as printed. */
  figures: Array<{ caption: string | null; credit: string | null }>;
}

/** Every text node of the page's articles: headlines, metadata lines and bodies, in document order. */
export function articleTextNodes(extraction: Extraction): Text[] {
  const nodes = new Set<Text>();
  for (const article of extraction.body.articles) {
    for (const l of [...article.headings, ...article.metaLines, ...article.captions])
      for (const p of l.block.pieces) nodes.add(p.node);
    for (const b of article.body) for (const p of b.line.block.pieces) nodes.add(p.node);
  }
  if (extraction.main.titleBlock) for (const p of extraction.main.titleBlock.pieces) nodes.add(p.node);
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

export interface Extraction {
  /** False when the page holds no article; `reason` says why. */
  isArticle: boolean;
  reason: string | null;
  main: ExtractedArticle;
  others: ExtractedArticle[];
  meta: PageMeta;
  blocks: Block[];
  body: BodyResult;
}

export interface ExtractOptions {
  /** Elements carrying this attribute are skipped (the extension's own UI). */
  ignoreAttribute?: string;
}

function sliceModel(region: ArticleRegion | undefined): { model: TextModel; standalone: boolean[] } {
  const slices: BlockSlice[] = [];
  const standalone: boolean[] = [];
  for (const { line, start, end } of region?.body ?? []) {
    slices.push({ block: line.block, start, end });
    const b = line.block;
    standalone.push(b.heading > 0 || (b.strongChars > 0 && b.strongChars >= line.features.chars * 0.9));
  }
  return { model: TextModel.fromSlices(slices), standalone };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** Authors in reading order: bylines, metadata lines and photo credits of the article. */
function authorsOf(region: ArticleRegion, near: Block[]): string[] {
  const found: Array<{ at: number; names: string[] }> = [];
  const metaBlocks = new Set(region.metaLines.map((l) => l.block));
  for (const b of near)
    if (!metaBlocks.has(b)) found.push({ at: b.index, names: readMetaLine(b.text).names });
  for (const l of region.metaLines) {
    const names = l.kind === 'meta' ? readMetaLine(l.block.text).names : namesIn(l.block.text);
    found.push({ at: l.block.index, names });
  }
  const firstBody = region.body[0]?.line.block.index ?? 0;
  for (const b of region.inlineBylines) found.push({ at: firstBody, names: namesIn(b) });
  for (const c of region.captions) {
    const text = c.block.text;
    const credit = PHOTO_CREDIT.test(text) ? text : TRAILING_CREDIT.exec(text)?.[1];
    if (credit) found.push({ at: c.block.index, names: namesIn(credit) });
  }
  found.sort((a, b) => a.at - b.at);
  return unique(found.flatMap((f) => f.names));
}

/**
 * Pictures from the article's caption lines: an image placeholder or a caption starts one, a credit
 * ("陈正宝 摄", "…（记者 陆子谦 摄）") completes it.
 */
function figuresOf(region: ArticleRegion): Array<{ caption: string | null; credit: string | null }> {
  const figures: Array<{ caption: string | null; credit: string | null }> = [];
  for (const c of region.captions) {
    const text = c.block.text.trim();
    const last = figures[figures.length - 1];
    if (PHOTO_CREDIT.test(text)) {
      if (last && last.credit === null) last.credit = text;
      else figures.push({ caption: null, credit: text });
    } else if (IMAGE_PLACEHOLDER.test(text)) figures.push({ caption: null, credit: null });
    else {
      const credit = TRAILING_CREDIT.exec(text);
      const caption = (credit ? text.slice(0, credit.index) : text).replace(/^[▲△↑]\s*/, '').trim() || null;
      figures.push({ caption, credit: credit ? credit[1]! : null });
    }
  }
  return figures.filter((f) => f.caption !== null || f.credit !== null);
}

/** The lines a page prints its metadata on: from the headline down to the first paragraph, and the article's own metadata lines. */
function metadataLines(
  blocks: Block[],
  region: ArticleRegion | undefined,
  titleBlock: Block | null,
): Block[] {
  const out: Block[] = region ? region.metaLines.map((l) => l.block) : [];
  const firstBody = region?.body[0]?.line.block.index;
  if (firstBody !== undefined) {
    // From the headline down to the first paragraph; without a headline on the page, the few lines above it.
    const from =
      titleBlock && titleBlock.index < firstBody ? titleBlock.index + 1 : Math.max(0, firstBody - 6);
    for (let i = from; i < firstBody && i <= from + 15; i++) {
      const b = blocks[i]!;
      if (!out.includes(b) && (titleBlock || !b.furniture)) out.push(b);
    }
  }
  // Short lines right after the body: "责任编辑：李岚", "（来源：…）".
  const lastBody = region?.body[region.body.length - 1]?.line.block.index;
  if (lastBody !== undefined) {
    for (let i = lastBody + 1; i < Math.min(blocks.length, lastBody + 4); i++) {
      const b = blocks[i]!;
      if (b.heading > 0) break; // the next article begins
      if (b.linkChars === 0 && b.text.length <= 40 && !out.includes(b)) out.push(b);
    }
  }
  return out;
}

/**
 * A printed time to the minute made precise to the second where the CMS's own publication-time field
 * holds the same minute with seconds (2024-06-27 16:18 → 2024-06-27T16:18:03). `<meta>` values are
 * not used for this: portals fill them from a different clock (sina prints 18:57, its meta says 18:57:38).
 */
function refine(iso: string, meta: PageMeta): string {
  if (iso.length !== 16) return iso;
  for (const c of meta.dateFields) {
    const d = c ? parseMetaDate(c) : null;
    if (d && d.length === 19 && d.startsWith(iso)) return d;
  }
  return iso;
}

function findDate(
  blocks: Block[],
  near: Block[],
  meta: PageMeta,
  region: ArticleRegion | undefined,
): string | null {
  for (const b of near) {
    const d = parseDate(b.text);
    if (d) return refine(d.iso, meta);
  }
  // A dated lead: "2019年2月27日下午，…", "（2007年6月29日第十届全国人民代表大会常务委员会…通过）".
  const lead = region?.body[0];
  if (lead) {
    const d = parseDate(lead.line.block.text.slice(lead.start, lead.start + 40));
    if (d && d.index <= 2) return d.iso;
  }
  const m = metaValue(meta, META_DATE) ?? meta.jsonLd.datePublished;
  if (m) {
    const d = parseMetaDate(m);
    if (d) return d;
  }
  // A labelled date anywhere outside link lists: "发布时间：2024-03-18 10:30".
  for (const b of blocks) {
    if (b.linkChars > b.text.length * 0.5 || b.text.length > 120) continue;
    const d = parseDate(b.text);
    if (d && (DATE_LABEL.test(b.text.slice(0, d.index)) || d.index === 0)) {
      if (!b.furniture || d.index > 0) return d.iso;
    }
  }
  // Dates printed right after the body.
  const last = region?.body[region.body.length - 1]?.line.block.index;
  if (last !== undefined) {
    for (let i = last + 1; i < Math.min(blocks.length, last + 6); i++) {
      const b = blocks[i]!;
      if (b.linkChars > 0 || b.text.length > 60) continue;
      const d = parseDate(b.text);
      if (d) return d.iso;
    }
  }
  return null;
}

function findSource(near: Block[], meta: PageMeta, region: ArticleRegion | undefined): string | null {
  for (const b of near) {
    const s = readMetaLine(b.text).source;
    if (s) return s;
  }
  if (region?.trailingSource) return region.trailingSource;
  const declared = metaValue(meta, META_SOURCE.slice(0, 2));
  if (declared) return declared;
  for (const b of near) {
    const outlet = outletBesideDate(b.text);
    if (outlet) return outlet;
  }
  return null;
}

/** Words printed beside a date that are not an outlet. */
const NOT_OUTLET =
  /^(?:原创|原創|独家|獨家|转载|轉載|我有话说|收藏|收藏本文|分享|评论|評論|打印|字号|字號|阅读|閱讀|点赞|關注|关注|转发|轉發|作者|记者|記者|编辑|編輯|星期[一二三四五六日天]|上午|下午|来源|來源)$/;

/**
 * An outlet printed without a label beside the date under the headline: "2019年09月11日01:53 新浪科技",
 * "原创 文澜发布 2023-09-12 18:05". Only a short run of Han characters qualifies.
 */
function outletBesideDate(text: string): string | null {
  const d = parseDate(text);
  // Beside bylines the words are names, not outlets.
  if (!d || text.length > 80 || /(?:记者|記者|作者|编辑|編輯|摄影|攝影|通讯员|通訊員)/.test(text))
    return null;
  const rest = `${text.slice(0, d.index)} ${text.slice(d.index).replace(/^[\d\s年月日:：T./-]+/, ' ')}`;
  for (const token of rest.split(/[\s|｜·]+/)) {
    if (/^[\u4e00-\u9fff]{2,10}$/.test(token) && !NOT_OUTLET.test(token)) return token;
  }
  return null;
}

function articleFrom(
  region: ArticleRegion | undefined,
  blocks: Block[],
  meta: PageMeta,
  title: { title: string | null; subtitle: string | null; block: Block | null },
): ExtractedArticle {
  const near = metadataLines(blocks, region, title.block);
  const { model, standalone } = sliceModel(region);
  return {
    title: title.title,
    subtitle: title.subtitle,
    date: findDate(blocks, near, meta, region),
    source: findSource(near, meta, region),
    authors: region ? authorsOf(region, near) : [],
    model,
    standalone,
    titleBlock: title.block,
    figures: region ? figuresOf(region) : [],
  };
}

/**
 * The headline is not body text: where the container holds the headline line (or repeats it), the
 * body starts after it, and what stood before it (breadcrumbs, toolbars) goes too.
 */
function dropHeadline(region: ArticleRegion, title: string | null, titleBlock: Block | null): void {
  let cut = titleBlock ? region.body.findIndex((b) => b.line.block === titleBlock) : -1;
  if (cut < 0 && title) {
    const t = squash(title);
    cut = region.body.slice(0, 3).findIndex((b) => squash(b.line.block.text.slice(b.start, b.end)) === t);
  }
  if (cut < 0 || cut > 5) return;
  region.body.splice(0, cut + 1);
  recount(region);
}

/** Takes a line that turned out to be metadata (a 引题) out of every article, and drops articles left empty. */
function dropLine(body: BodyResult, block: Block): void {
  const main = body.articles[body.main];
  for (const a of body.articles) {
    const at = a.body.findIndex((b) => b.line.block === block);
    if (at < 0) continue;
    a.body.splice(at, 1);
    recount(a);
  }
  body.articles = body.articles.filter((a) => a === main || a.chars > 0 || a.headings.length > 0);
  body.main = body.articles.indexOf(main!);
}

/** Minimum body characters for a page to count as an article. */
const MIN_ARTICLE_CHARS = 60;

/**
 * Finds the article on a page and reads its metadata, without changing the page.
 * Works on a live document (content script) and on a parsed one (Node).
 */
export function extract(doc: Document, options: ExtractOptions = {}): Extraction {
  const meta = readPageMeta(doc);
  // The body, unless a page has none (frameset) or an empty one (text left outside it): then the whole
  // document; <head> and its elements are skipped as blocks either way.
  const root = doc.body && /\S/.test(doc.body.textContent ?? '') ? doc.body : doc.documentElement;
  const blocks = root ? collectBlocks(root, options) : [];
  const body = detectBody(root ?? (doc as unknown as Element), blocks);
  const region = body.articles[body.main];
  const title = extractTitle(blocks, body, meta);
  if (region) dropHeadline(region, title.title, title.block);
  if (title.subtitleBlock) dropLine(body, title.subtitleBlock);
  const main = articleFrom(region, blocks, meta, title);
  const others = body.articles
    .filter((_, i) => i !== body.main)
    .map((a) =>
      articleFrom(a, blocks, meta, {
        title: a.headings[0]?.block.text ?? null,
        subtitle: a.headings[1]?.block.text ?? null,
        block: a.headings[0]?.block ?? null,
      }),
    );

  let reason: string | null = null;
  const chars = region?.chars ?? 0;
  if (blocks.length === 0) reason = '页面是空的 (the page is empty)';
  else if (chars < MIN_ARTICLE_CHARS && linkLines(blocks) >= 20) reason = LIST_REASON;
  else if (chars < MIN_ARTICLE_CHARS) reason = '页面上没有找到正文 (no article text on this page)';
  else if (isSearchPage(blocks)) reason = '这是搜索结果页，不是文章 (search results, not an article)';
  else if (isListPage(body, region!)) reason = LIST_REASON;
  return { isArticle: reason === null, reason, main, others, meta, blocks, body };
}

const LIST_REASON = '这是列表页，不是文章 (a list of links, not an article)';

/** Lines that are links and nothing else, outside page furniture: the items of a list page. */
function linkLines(blocks: Block[]): number {
  return blocks.filter((b) => !b.furniture && b.linkChars >= 6 && b.linkChars >= b.text.length * 0.5).length;
}

/** A search results page says how many results it found: "共找到 128 条结果". */
function isSearchPage(blocks: Block[]): boolean {
  return blocks.some((b) => b.text.length <= 60 && b.linkChars === 0 && SEARCH_COUNT.test(b.text));
}

/**
 * A list page: the container is mostly links and its "article" is a few short lines, or its
 * "paragraphs" are items each followed by a date line of their own (summaries of other pages).
 */
function isListPage(body: BodyResult, region: ArticleRegion): boolean {
  const first = region.body[0]?.line.block.index ?? 0;
  const last = region.body[region.body.length - 1]?.line.block.index ?? 0;
  const datedItems = region.metaLines.filter(
    (l) => l.block.index > first && l.block.index < last && parseDate(l.block.text) !== null,
  ).length;
  if (datedItems >= 3) return true;
  let links = 0;
  let linkOnly = 0;
  for (const l of body.lines) {
    links += l.block.linkChars;
    if (l.features.linkRatio > 0.5) linkOnly++;
  }
  const paragraphs = region.body.length;
  return region.chars < 400 && links > region.chars * 2 && linkOnly > paragraphs * 3;
}
