/** The source field: the outlet a page names for its article. */
import type { Block } from './blocks';
import type { ArticleRegion } from './body';
import { readMetaLine } from './byline';
import { parseDate } from './date';
import { metaValue, type PageMeta, scriptValue } from './page-meta';
import { META_SOURCE, NOT_OUTLET, SCRIPT_FIELDS } from './patterns';

/**
 * The source label of pages in English (a city government's English portal): "Updated: 2024-04-09 |
 * Source: Linjiang District Information Office". The value runs to the next separator.
 */
const LATIN_SOURCE =
  /(?:^|[|｜]\s*|\s{2,})Source\s*:\s*([A-Za-z][A-Za-z0-9.,'&() -]{1,80}?)\s*(?:[|｜]|\s{2,}|$)/;

/** `issuer`: the 发文机关 of a 信息公开 block, the source when the page prints no other. */
export function findSource(
  near: Block[],
  meta: PageMeta,
  region: ArticleRegion | undefined,
  issuer: string | null = null,
): string | null {
  for (const b of near) {
    const s = readMetaLine(b.text).source ?? LATIN_SOURCE.exec(b.text)?.[1]?.trim();
    if (s) return s;
  }
  if (region?.trailingSource) return region.trailingSource;
  if (region?.leadSource) return region.leadSource;
  if (issuer) return issuer;
  const declared = metaValue(meta, META_SOURCE.slice(0, 2)) ?? scriptValue(meta, SCRIPT_FIELDS.source);
  if (declared) return declared;
  for (const b of near) {
    const outlet = outletBesideDate(b.text);
    if (outlet) return outlet;
  }
  return null;
}

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
