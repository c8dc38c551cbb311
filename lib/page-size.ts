import type { PageText } from './page-text';

/**
 * The most article text a page may carry to be analysed, in characters. No article comes near it: the
 * longest body in the development sets is 26,266 characters (bench-b; bench's longest is 4,481), and
 * the longest Chinese statute, the Civil Code (中华人民共和国民法典, 2020: 7 books, 1,260 articles,
 * "10万余字" in the NPC's words) runs to about 106,000. A million is nine Civil Codes: past it the page
 * is a dump, not an article, and analysing it would only keep the reader waiting.
 */
export const MAX_PAGE_CHARS = 1_000_000;

/** The article text a page hands to the pipeline, all its articles together. */
export const pageChars = (page: PageText): number => page.articles.reduce((n, a) => n + a.raw.length, 0);

/**
 * A page past the limit, as the pipeline reads it instead: no article, reason `tooLong`, its title,
 * date and source kept so the reader knows which page it was.
 */
export function tooLongPage(page: PageText, reason: string): PageText {
  return {
    ...page,
    isArticle: false,
    reason,
    reasonCode: 'tooLong',
    articles: [{ raw: '', info: [{ standalone: false }] }],
    otherHeadings: [],
    figures: [],
    document: null,
    // The script is told from the article's opening, as the title and source are converted by it.
    sample: page.articles[0]?.raw.slice(0, 3000) ?? '',
  };
}
