/** The figures field: pictures read from the article's caption and credit lines. */
import type { ArticleRegion } from './body';
import { IMAGE_PLACEHOLDER, PHOTO_CREDIT, TRAILING_CREDIT } from './patterns';

/**
 * Pictures from the article's caption lines: an image placeholder or a caption starts one, a credit
 * ("陈正宝 摄", "…（记者 陆子谦 摄）") completes it.
 */
export function figuresOf(region: ArticleRegion): Array<{ caption: string | null; credit: string | null }> {
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
