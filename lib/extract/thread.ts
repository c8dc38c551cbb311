/**
 * Dated items inside an article's text: a date line printed between its paragraphs opens or closes
 * an item of something else. Three or more make either a list page (a summary of another page per
 * date) or a thread after the article (a forum's replies, the comments under a news story, the earlier
 * posts on a blog's front page). The two differ in two ways:
 * - a posting system stamps each reply, comment or post with the minute it was posted
 *   ("2004-12-13 09:02:13", "发布时间 2005/05/17 22:11:42"); a list or a chronicle (大事记) prints days;
 * - a summary is short: list templates cut it to a few lines (DedeCMS's automatic description at most
 *   250 characters, WordPress's excerpt 55 words), while the article before a thread, or the posts
 *   of a blog, run longer.
 */
import type { ArticleRegion, Line } from './body';
import { parseDate } from './date';
import { SENTENCE_END } from './patterns';

export const DATED_ITEMS = {
  /** Date lines inside the text that make it items (as many as a list's shortest run of teasers). */
  min: 3,
  /** The longest a list's summary runs (DedeCMS's longest automatic description). */
  summaryChars: 250,
};

/** The date lines between the first and the last body line, in page order. */
export function datedLines(region: ArticleRegion): Line[] {
  const first = region.body[0]?.line.block.index ?? 0;
  const last = region.body[region.body.length - 1]?.line.block.index ?? 0;
  return region.metaLines
    .filter((l) => l.block.index > first && l.block.index < last && parseDate(l.block.text) !== null)
    .sort((a, b) => a.block.index - b.block.index);
}

/**
 * Where a thread starts after the article: the block index of its first time-stamped date line, or
 * -1 where the dated items are not a thread (a list of summaries, a chronicle, fewer than three).
 */
export function threadStart(region: ArticleRegion): number {
  // Posts are stamped to the minute; a date a writer signs under a post ("写于2005年6月12日") is not.
  const dated = datedLines(region).filter((l) => parseDate(l.block.text)?.hasTime);
  if (dated.length < DATED_ITEMS.min) return -1;
  // Body characters before the first date line (the lead), and between each date line and the next.
  const stretches = new Array<number>(dated.length + 1).fill(0);
  let k = 0;
  for (const b of region.body) {
    while (k < dated.length && b.line.block.index > dated[k]!.block.index) k++;
    stretches[k]! += b.end - b.start;
  }
  const [lead, ...items] = stretches;
  const median = items.sort((a, b) => a - b)[Math.floor(items.length / 2)]!;
  if (lead! < DATED_ITEMS.summaryChars && median <= DATED_ITEMS.summaryChars) return -1;
  return postEnd(region, dated[0]!.block.index);
}

/** A signature's rule line: dashes or underscores alone (Usenet's and RFC 3676's "-- ", forums' long rules). */
const RULE_LINE = /^[-－—_＿=~～*]{6,}$/;
/** The longest a post's title runs (a headline), and how many lines a signature under its rule may take. */
const POST = { titleChars: 40, signatureLines: 3 };

/**
 * Where the post before a stamp ends. A stamp prints under its post's title ("长发剪了 / 2005-03-18
 * 01:58:01"): a headline-length line right above it that ends no sentence is the next post's. A stamp
 * printed under its post follows the post's signature, set off by a rule line.
 */
function postEnd(region: ArticleRegion, stamp: number): number {
  const before = region.body.filter((b) => b.line.block.index < stamp).map((b) => b.line);
  let end = stamp;
  const last = before[before.length - 1];
  if (
    last &&
    before.length > 1 &&
    last.features.chars <= POST.titleChars &&
    !SENTENCE_END.test(last.block.text)
  )
    end = last.block.index;
  for (let i = before.length - 1; i >= Math.max(1, before.length - POST.signatureLines); i--)
    if (RULE_LINE.test(before[i]!.block.text.trim()) && before[i]!.block.index < end)
      return before[i]!.block.index;
  return end;
}
