import { type Card, emptyCard, type OtherArticle } from './card';
import { type ExtractedArticle, type Extraction, extract } from './extract/index';
import { detectLanguage, type Normalized, normalize, simplify } from './normalize/index';

export interface AnalyzeOptions {
  url?: string | null;
  /** Elements carrying this attribute are not page text (the extension's own UI). */
  ignoreAttribute?: string;
}

/** The card plus what the page-side stages need: the text model and the normalized text's map. */
export interface Analysis {
  card: Card;
  extraction: Extraction;
  normalized: Normalized;
}

function normalizeArticle(a: ExtractedArticle, language: Card['language']): Normalized {
  return normalize(
    a.model.text,
    a.standalone.map((standalone) => ({ standalone })),
    language,
  );
}

const toSimplified = (s: string | null, language: Card['language']) =>
  s === null || language !== 'zh-Hant' ? s : simplify(s);

/** Reads a page: DOM → text model → normalized text → card. Never modifies the document. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = options.url ?? null;
  const extraction = extract(doc, { ignoreAttribute: options.ignoreAttribute });
  const { main } = extraction;
  const language = detectLanguage(`${main.title ?? ''}\n${main.model.text}`);
  const normalized = normalizeArticle(main, language);
  const card = emptyCard(url, extraction.reason ?? '', language);
  const simp = (s: string | null) => toSimplified(s, language);
  card.isArticle = extraction.isArticle;
  card.reason = extraction.reason;
  if (extraction.isArticle && language === 'other') {
    card.isArticle = false;
    card.reason = '页面不是中文 (not a Chinese page)';
  }
  card.title = simp(main.title);
  card.subtitle = simp(main.subtitle);
  card.date = main.date;
  card.source = simp(main.source);
  card.authors = main.authors.map((a) => simp(a)!);
  card.body = { paragraphs: normalized.paragraphs, text: normalized.text.text };
  card.otherArticles = extraction.others.map(
    (o): OtherArticle => ({
      title: simp(o.title),
      subtitle: simp(o.subtitle),
      lead: normalizeArticle(o, language).text.text.slice(0, 40),
    }),
  );
  return { card, extraction, normalized };
}

/** The card for a document. */
export function analyze(doc: Document, options: AnalyzeOptions = {}): Card {
  return analyzeDocument(doc, options).card;
}
