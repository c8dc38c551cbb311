import { type Card, emptyCard, type OtherArticle } from './card';
import { type ExtractedArticle, type Extraction, extract } from './extract/index';
import { type Normalized, normalizePage, type ScriptServices } from './normalize/index';

export interface AnalyzeOptions {
  url?: string | null;
  /** Elements carrying this attribute are not page text (the extension's own UI). */
  ignoreAttribute?: string;
  /** Readings and script conversion: `localServices` in Node, the background in the extension. */
  services: ScriptServices;
}

/** The card plus what the page-side stages need: the text model and the normalized text's map. */
export interface Analysis {
  card: Card;
  extraction: Extraction;
  /** The main article's normalized text, mapped to `extraction.main.model`. */
  normalized: Normalized;
}

const rawOf = (a: ExtractedArticle) => ({
  raw: a.model.text,
  info: a.standalone.map((standalone) => ({ standalone })),
});

/** Reads a page: DOM → text model → normalized text → card. Never modifies the document. */
export async function analyzeDocument(doc: Document, options: AnalyzeOptions): Promise<Analysis> {
  const url = options.url ?? null;
  const extraction = extract(doc, { ignoreAttribute: options.ignoreAttribute });
  const { main, others } = extraction;
  // Short texts that are printed in the page's script and shown in simplified script.
  const extras = [main.title, main.subtitle, main.source, ...main.authors].map((s) => s ?? '');
  for (const o of others) extras.push(o.title ?? '', o.subtitle ?? '');
  // Without an article, the page's own lines tell its script.
  const sample =
    main.model.text.length < 200
      ? extraction.blocks
          .map((b) => b.text)
          .join('\n')
          .slice(0, 3000)
      : '';
  const page = await normalizePage([rawOf(main), ...others.map(rawOf)], extras, options.services, sample);
  const [title, subtitle, source, ...rest] = page.extras;
  const authors = rest.slice(0, main.authors.length);
  const otherTitles = rest.slice(main.authors.length);
  const normalized = page.articles[0]!;
  const orNull = (s: string | undefined) => (s ? s : null);

  const card = emptyCard(url, extraction.reason ?? '', page.language);
  card.isArticle = extraction.isArticle;
  card.reason = extraction.reason;
  if (extraction.isArticle && page.language === 'other') {
    card.isArticle = false;
    card.reason = '页面不是中文 (not a Chinese page)';
  }
  card.title = orNull(title);
  card.subtitle = orNull(subtitle);
  card.date = main.date;
  card.source = orNull(source);
  card.authors = authors;
  card.body = { paragraphs: normalized.paragraphs, text: normalized.text.text };
  card.otherArticles = others.map(
    (_, i): OtherArticle => ({
      title: orNull(otherTitles[2 * i]),
      subtitle: orNull(otherTitles[2 * i + 1]),
      lead: page.articles[i + 1]!.text.text.slice(0, 40),
    }),
  );
  return { card, extraction, normalized };
}

/** The card for a document. */
export async function analyze(doc: Document, options: AnalyzeOptions): Promise<Card> {
  return (await analyzeDocument(doc, options)).card;
}
