/** Body orchestration: one article's text model and its fields, read from a detected region. */
import { type BlockSlice, TextModel } from '../model/text-model';
import { authorsOf } from './authors';
import type { Block } from './blocks';
import { type ArticleRegion, type BodyResult, recount } from './body';
import { findDate } from './date';
import type { DocumentBlock } from './document';
import type { Edition } from './epaper';
import { figuresOf } from './figures';
import { metadataLines } from './metadata-lines';
import type { PageMeta } from './page-meta';
import { findSource } from './source';
import { squash } from './title';

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

function sliceModel(
  region: ArticleRegion | undefined,
  signature: Block[],
): { model: TextModel; standalone: boolean[] } {
  const slices: BlockSlice[] = [];
  const standalone: boolean[] = [];
  for (const { line, start, end } of region?.body ?? []) {
    slices.push({ block: line.block, start, end });
    const b = line.block;
    standalone.push(
      b.heading > 0 ||
        (b.strongChars > 0 && b.strongChars >= line.features.chars * 0.9) ||
        signature.includes(b),
    );
  }
  return { model: TextModel.fromSlices(slices), standalone };
}

export function articleFrom(
  region: ArticleRegion | undefined,
  blocks: Block[],
  meta: PageMeta,
  title: { title: string | null; subtitle: string | null; block: Block | null },
  document: DocumentBlock | null = null,
  /** The signature lines (issuer, 成文日期): each a paragraph of its own. */
  signature: Block[] = [],
  /** An e-paper's issue date and paper name. */
  edition: Edition | null = null,
): ExtractedArticle {
  // A 信息公开 block's lines (成文日期, 发文机关) are not the article's date or source lines.
  const skip = new Set(document?.blocks);
  const lines = skip.size ? blocks.filter((b) => !skip.has(b)) : blocks;
  const near = metadataLines(blocks, region, title.block).filter((b) => !skip.has(b));
  const { model, standalone } = sliceModel(region, signature);
  return {
    title: title.title,
    subtitle: title.subtitle,
    date: publishedDate(
      findDate(lines, near, meta, region, edition?.date ?? null),
      document?.printedPublished ?? null,
    ),
    source: findSource(near, meta, region, document?.info.issuer ?? edition?.paper ?? null),
    authors: region ? authorsOf(region, near) : [],
    model,
    standalone,
    titleBlock: title.block,
    figures: region ? figuresOf(region) : [],
  };
}

/** The block's 发布日期 is the date (not 成文日期); a printed time of the same day makes it precise. */
function publishedDate(found: string | null, printed: string | null): string | null {
  if (!printed) return found;
  return found && found.length > printed.length && found.startsWith(printed) ? found : printed;
}

/**
 * The headline is not body text: where the container holds the headline line (or repeats it), the
 * body starts after it, and what stood before it (breadcrumbs, toolbars) goes too.
 */
export function dropHeadline(region: ArticleRegion, title: string | null, titleBlock: Block | null): void {
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
export function dropLine(body: BodyResult, block: Block): void {
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
