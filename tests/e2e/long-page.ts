import { longArticle } from '../../scripts/bench/long-article';

/** The district news page far longer than any real one: 4,000 paragraphs (about 2 MB), 2,000 officials. */
export function longArticlePage(paragraphs = 4000): string {
  return longArticle({ paragraphs, names: 2000 }).html;
}
