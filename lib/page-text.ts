import type { ReasonCode } from './card';
import type { DocumentInfo, ExtractedArticle, Extraction } from './extract/index';
import type { RawArticle } from './normalize/index';
import type { ReaderTerm } from './recognize/reader-glossary';

/**
 * What the DOM side hands to the rest of the pipeline: plain, serializable data (it crosses from the
 * content script to the background), no DOM nodes. Text offsets are those of each article's TextModel.
 */
export interface PageText {
  url: string | null;
  isArticle: boolean;
  reason: string | null;
  reasonCode: ReasonCode | null;
  date: string | null;
  /** The main article first, then the others printed on the page. */
  articles: RawArticle[];
  /** Printed in the page's script: title, subtitle, source and authors of the main article. */
  title: string | null;
  subtitle: string | null;
  source: string | null;
  authors: string[];
  /** Titles and subtitles of the other articles, in order. */
  otherHeadings: Array<{ title: string | null; subtitle: string | null }>;
  /** The page's own lines, to tell its script by when it has no article. */
  sample: string;
  /** Pictures of the main article by caption and credit, as printed. */
  figures: Array<{ caption: string | null; credit: string | null }>;
  /** The 政府信息公开 block as printed, null when the page prints none. */
  document: DocumentInfo | null;
  /** The reader's own glossary (options page), read as policy phrases; absent for none. */
  readerTerms?: ReaderTerm[];
}

const rawOf = (a: ExtractedArticle): RawArticle => ({
  raw: a.model.text,
  info: a.standalone.map((standalone) => ({ standalone })),
});

export function pageTextOf(extraction: Extraction, url: string | null): PageText {
  const { main, others } = extraction;
  return {
    url,
    isArticle: extraction.isArticle,
    reason: extraction.reason,
    reasonCode: extraction.reasonCode,
    date: main.date,
    articles: [rawOf(main), ...others.map(rawOf)],
    title: main.title,
    subtitle: main.subtitle,
    source: main.source,
    authors: main.authors,
    otherHeadings: others.map((o) => ({ title: o.title, subtitle: o.subtitle })),
    figures: main.figures,
    document: extraction.document,
    sample:
      main.model.text.length < 200
        ? extraction.blocks
            .map((b) => b.text)
            .join('\n')
            .slice(0, 3000)
        : '',
  };
}
