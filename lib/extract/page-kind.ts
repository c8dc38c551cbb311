/** Whether a page holds an article at all: empty, list and search pages are not articles. */
import type { ReasonCode } from '../card';
import { MAX_PAGE_CHARS } from '../page-size';
import type { Block } from './blocks';
import { type ArticleRegion, type BodyResult, isResultCount } from './body';
import { parseDate } from './date';
import { DATED_ITEMS, datedLines } from './thread';

/** Minimum body characters for a page to count as an article. */
const MIN_ARTICLE_CHARS = 60;

/** Each reason as the card's `reason` sentence says it (the CLI's words; the extension words the code). */
export const REASON_ZH: Record<ReasonCode, string> = {
  empty: '页面是空的',
  noText: '页面上没有找到正文',
  list: '这是列表页，不是文章',
  search: '这是搜索结果页，不是文章',
  tooLong: `页面文字超过${MAX_PAGE_CHARS}字，远超任何文章，未作分析`,
};

/** Why the page holds no article, or null when it does. */
export function notArticleReason(
  blocks: Block[],
  body: BodyResult,
  region: ArticleRegion | undefined,
): ReasonCode | null {
  const chars = region?.chars ?? 0;
  if (blocks.length === 0) return 'empty';
  // A page that says how many results it found is search results, however little text they leave.
  if (isSearchPage(blocks, region)) return 'search';
  if (chars < MIN_ARTICLE_CHARS && linkLines(blocks) >= 20) return 'list';
  if (chars < MIN_ARTICLE_CHARS) return 'noText';
  if (isListPage(body, region!)) return 'list';
  return null;
}

/** Lines that are links and nothing else, outside page furniture: the items of a list page. */
function linkLines(blocks: Block[]): number {
  return blocks.filter((b) => !b.furniture && b.linkChars >= 6 && b.linkChars >= b.text.length * 0.5).length;
}

/**
 * A search results page says how many results it found, above them: "共找到 128 条结果". A count
 * printed after a whole article heads a box of related news under it ("共找到 13,046 个相关新闻"):
 * the page is the article's.
 */
function isSearchPage(blocks: Block[], region: ArticleRegion | undefined): boolean {
  const end =
    region && region.chars >= MIN_ARTICLE_CHARS ? region.body[region.body.length - 1]!.line.block.index : -1;
  return blocks.some((b) => isResultCount(b) && (end < 0 || b.index < end));
}

/**
 * A list page: the container is mostly links and its "article" is a few short lines, or its
 * "paragraphs" are items each followed by a date line of their own (summaries of other pages).
 */
function isListPage(body: BodyResult, region: ArticleRegion): boolean {
  // Dated items a thread's cut left inside the text (lib/extract/thread.ts) are summaries of other pages.
  if (datedLines(region).length >= DATED_ITEMS.min) return true;
  // The "article" is the summary of the first of a run of teasers (a linked headline, a summary, a date).
  if (region.teaser && region.chars <= DATED_ITEMS.summaryChars) return true;
  let links = 0;
  let linkOnly = 0;
  for (const l of body.lines) {
    links += l.block.linkChars;
    if (l.features.linkRatio > 0.5) linkOnly++;
  }
  const paragraphs = region.body.length;
  if (!(region.chars < 400 && links > region.chars * 2 && linkOnly > paragraphs * 3)) return false;
  return !isBrief(body, region);
}

/**
 * A news brief printed whole among a page's link lists: its own headline and date line, then its
 * paragraphs with no link line among them. The short text of a list page is an item of the list,
 * between its links, or a column's introduction without a date of its own.
 */
function isBrief(body: BodyResult, region: ArticleRegion): boolean {
  const headline = region.headings[0]?.block.index;
  const last = region.body[region.body.length - 1]?.line.block.index;
  if (headline === undefined || last === undefined) return false;
  if (!region.metaLines.some((l) => l.block.index < last && parseDate(l.block.text) !== null)) return false;
  return !body.lines.some(
    (l) => l.block.index > headline && l.block.index < last && l.kind === 'chrome' && l.block.linkChars > 0,
  );
}
