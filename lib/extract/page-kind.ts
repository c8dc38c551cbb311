/** Whether a page holds an article at all: empty, list and search pages are not articles. */
import type { ReasonCode } from '../card';
import { MAX_PAGE_CHARS } from '../page-size';
import type { Block } from './blocks';
import type { ArticleRegion, BodyResult } from './body';
import { parseDate } from './date';
import { SEARCH_COUNT } from './patterns';

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
  if (isSearchPage(blocks)) return 'search';
  if (chars < MIN_ARTICLE_CHARS && linkLines(blocks) >= 20) return 'list';
  if (chars < MIN_ARTICLE_CHARS) return 'noText';
  if (isListPage(body, region!)) return 'list';
  return null;
}

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
