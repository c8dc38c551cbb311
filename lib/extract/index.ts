import type { ReasonCode } from '../card';
import { runAtOnce, type Steps } from '../slices';
import { articleFrom, dropHeadline, dropLine, type ExtractedArticle } from './article';
import { type Block, blockSteps } from './blocks';
import { type BodyResult, bodySteps } from './body';
import { DOC_NUMBER_LINE, type DocumentInfo, readDocument } from './document';
import { readEdition } from './epaper';
import { notArticleReason, REASON_ZH } from './page-kind';
import { type PageMeta, readPageMeta } from './page-meta';
import { keepSignature } from './signature';
import { extractTitle } from './title';

export type { ExtractedArticle } from './article';
export type { DocumentInfo } from './document';

/**
 * Every text node of the page's articles: headlines, metadata lines and bodies, in document order.
 * Lines are numbered in document order by the walk, and a line's pieces are in order: sorting lines
 * by number is enough (comparing DOM positions node by node took 100 ms on a 4,000-paragraph page).
 */
export function articleTextNodes(extraction: Extraction): Text[] {
  const blocks = new Set<Block>();
  for (const article of extraction.body.articles) {
    for (const l of [...article.headings, ...article.metaLines, ...article.captions]) blocks.add(l.block);
    for (const b of article.body) blocks.add(b.line.block);
  }
  if (extraction.main.titleBlock) blocks.add(extraction.main.titleBlock);
  const nodes = new Set<Text>();
  for (const b of [...blocks].sort((x, y) => x.index - y.index)) for (const p of b.pieces) nodes.add(p.node);
  return [...nodes];
}

export interface Extraction {
  /** False when the page holds no article; `reasonCode` says why, `reason` in a Chinese sentence. */
  isArticle: boolean;
  reason: string | null;
  reasonCode: ReasonCode | null;
  main: ExtractedArticle;
  others: ExtractedArticle[];
  /** The 政府信息公开 block (索引号, 文号, 发布日期 …), null on pages that print none. */
  document: DocumentInfo | null;
  meta: PageMeta;
  blocks: Block[];
  body: BodyResult;
}

export interface ExtractOptions {
  /** Elements carrying this attribute are skipped (the extension's own UI). */
  ignoreAttribute?: string;
  /** The page's address: e-paper pages carry their issue date in it. */
  url?: string | null;
}

/**
 * Finds the article on a page and reads its metadata, without changing the page.
 * Works on a live document (content script) and on a parsed one (Node).
 */
export function extract(doc: Document, options: ExtractOptions = {}): Extraction {
  return runAtOnce(extractSteps(doc, options));
}

/** Whether an element holds any text but white space: stops at the first (textContent copies it all). */
function holdsText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test((n as Text).data)) return true;
  return false;
}

/** extract, in steps that pause every few nodes and lines (lib/slices.ts): the content script's way. */
export function* extractSteps(doc: Document, options: ExtractOptions = {}): Steps<Extraction> {
  const meta = readPageMeta(doc);
  // The body, unless a page has none (frameset) or an empty one (text left outside it): then the whole
  // document; <head> and its elements are skipped as blocks either way.
  const root = doc.body && holdsText(doc.body) ? doc.body : doc.documentElement;
  yield;
  const blocks = root ? yield* blockSteps(root, options) : [];
  const body = yield* bodySteps(root ?? (doc as unknown as Element), blocks);
  yield;
  const region = body.articles[body.main];
  const title = extractTitle(blocks, body, meta);
  if (region) dropHeadline(region, title.title, title.block);
  if (title.subtitleBlock) dropLine(body, title.subtitleBlock);
  // The metadata block and the 文号 line are neither body nor headline.
  const document = readDocument(blocks, meta, title.block, region?.body[0]?.line.block ?? null);
  for (const b of document?.blocks ?? []) dropLine(body, b);
  // A 文号 line under the headline is the document's number, not a subtitle.
  if (document && title.subtitle && DOC_NUMBER_LINE.test(title.subtitle.trim())) title.subtitle = null;
  yield;
  const signature = keepSignature(body, region);
  const edition = readEdition(blocks, options.url ?? null);
  yield;
  const main = articleFrom(region, blocks, meta, title, document, signature, edition);
  yield;
  const others: ExtractedArticle[] = [];
  for (const [i, a] of body.articles.entries()) {
    if (i === body.main) continue;
    yield;
    others.push(
      articleFrom(
        a,
        blocks,
        meta,
        {
          title: a.headings[0]?.block.text ?? null,
          subtitle: a.headings[1]?.block.text ?? null,
          block: a.headings[0]?.block ?? null,
        },
        null,
        [],
        edition,
      ),
    );
  }
  yield;
  const reasonCode = notArticleReason(blocks, body, region);
  return {
    isArticle: reasonCode === null,
    reason: reasonCode && REASON_ZH[reasonCode],
    reasonCode,
    main,
    others,
    document: document?.info ?? null,
    meta,
    blocks,
    body,
  };
}
