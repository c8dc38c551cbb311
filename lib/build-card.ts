import { type Card, emptyCard, type OtherArticle } from './card';
import { REASON_ZH } from './extract/page-kind';
import { type Normalized, normalizePage, type ScriptServices } from './normalize/index';
import { MAX_PAGE_CHARS, pageChars, tooLongPage } from './page-size';
import type { PageText } from './page-text';
import { type EntitySpan, recognize } from './recognize/index';
import { readReaderTerms } from './recognize/reader-glossary';

/** The document fields printed as text, normalized like the title (dates are ISO already). */
const DOCUMENT_TEXT = ['indexNumber', 'issuer', 'docNumber', 'subject', 'validity'] as const;

export interface BuiltCard {
  card: Card;
  /** The main article's normalized text (card.body.text) with its map to the raw article text. */
  normalized: Normalized;
  /** Mentions of officials, places, organisations and policy phrases in card.body.text, for highlights. */
  spans: EntitySpan[];
}

/**
 * Page text → normalized text → entities → card. Pure data in and out: runs in Node and in the
 * extension's background, away from the page's main thread.
 */
export async function buildCard(given: PageText, services: ScriptServices): Promise<BuiltCard> {
  // Past any article's length (lib/page-size.ts): a card that says so, instead of minutes of work.
  const page = pageChars(given) > MAX_PAGE_CHARS ? tooLongPage(given, REASON_ZH.tooLong) : given;
  const extras = [page.title, page.subtitle, page.source, ...page.authors].map((s) => s ?? '');
  for (const o of page.otherHeadings) extras.push(o.title ?? '', o.subtitle ?? '');
  for (const f of page.figures) extras.push(f.caption ?? '', f.credit ?? '');
  const doc = page.document;
  if (doc) for (const k of DOCUMENT_TEXT) extras.push(doc[k] ?? '');
  const normalizedPage = await normalizePage(page.articles, extras, services, page.sample);
  const [title, subtitle, source, ...rest] = normalizedPage.extras;
  const authors = rest.slice(0, page.authors.length);
  const otherTitles = rest.slice(page.authors.length, page.authors.length + 2 * page.otherHeadings.length);
  const figuresAt = page.authors.length + 2 * page.otherHeadings.length;
  const figureTexts = rest.slice(figuresAt, figuresAt + 2 * page.figures.length);
  const documentTexts = rest.slice(figuresAt + 2 * page.figures.length);
  const normalized = normalizedPage.articles[0]!;
  const orNull = (s: string | undefined) => (s ? s : null);

  const card = emptyCard(page.url, page.reason ?? '', normalizedPage.language);
  card.isArticle = page.isArticle;
  card.reason = page.reason;
  card.reasonCode = page.reasonCode;
  card.title = orNull(title);
  card.subtitle = orNull(subtitle);
  card.date = page.date;
  card.source = orNull(source);
  card.authors = authors;
  card.body = { paragraphs: normalized.paragraphs, text: normalized.text.text };
  card.figures = page.figures.map((_, i) => ({
    caption: orNull(figureTexts[2 * i]),
    credit: orNull(figureTexts[2 * i + 1]),
  }));
  // A list of documents (a 信息公开 catalogue page) prints labels too; only an article has its block.
  if (doc && card.isArticle) {
    card.document = { ...doc };
    DOCUMENT_TEXT.forEach((k, i) => {
      card.document![k] = orNull(documentTexts[i]);
    });
  }
  let spans: EntitySpan[] = [];
  // Recognition reads Chinese: an article in another language keeps its text and no entities.
  if (card.isArticle && card.language !== 'other') {
    const { spans: found, ...fields } = recognize(card.body.text, card.authors);
    Object.assign(card, fields);
    spans = found;
    if (page.readerTerms?.length) {
      const mine = readReaderTerms(card.body.text, page.readerTerms, { phrases: card.policyPhrases, spans });
      card.policyPhrases = mine.phrases;
      spans = mine.spans;
    }
  }
  card.otherArticles = page.otherHeadings.map(
    (_, i): OtherArticle => ({
      title: orNull(otherTitles[2 * i]),
      subtitle: orNull(otherTitles[2 * i + 1]),
      lead: normalizedPage.articles[i + 1]!.text.text.slice(0, 40),
    }),
  );
  return { card, normalized, spans };
}
