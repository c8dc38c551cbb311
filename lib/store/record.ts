import type { Card } from '../card';
import { bigrams } from './grams';
import { type Fingerprint, fingerprint } from './similarity';

/** One saved article: the card and, within it, the normalized text (never the page's HTML). */
export interface SavedArticle {
  /** The page's address without its #fragment: one record per article. */
  url: string;
  savedAt: number;
  card: Card;
}

/** What the list, the filters and related-article ranking read, kept apart from the heavier cards. */
export interface ArticleSummary {
  url: string;
  /** The article's key in `saved` and `texts`, set when it is written. */
  id?: number;
  savedAt: number;
  title: string | null;
  /** The first characters of the text: what a list shows for an article printed without a title. */
  lead: string;
  date: string | null;
  source: string | null;
  language: Card['language'];
  chars: number;
  fingerprint: Fingerprint;
  /** The 文号 of a 信息公开 document: another address with it is the same document (versions.ts). */
  docNumber?: string | null;
}

export function articleKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** What search reads of an article, apart from the card so a search clones a few KB per candidate. */
export interface SearchText {
  id?: number;
  /** Title, subtitle, source and officials' names, one per line. */
  head: string;
  body: string;
}

/** What search reads of a text record, as one string (head, then body). */
export const searchString = (t: SearchText) => `${t.head}\n${t.body}`;

function searchText(card: Card): SearchText {
  const head = [card.title, card.subtitle, card.source, ...card.officials.map((o) => o.name)];
  return { head: head.filter(Boolean).join('\n'), body: card.body.text };
}

/** One saved article as the library's tables hold it: the card, what search reads, the summary. */
export interface ArticleRecords {
  article: SavedArticle;
  text: SearchText;
  summary: ArticleSummary;
  /** The text's search tokens (see grams.ts): the postings it goes into. */
  grams: string[];
}

export function toRecords(card: Card, url: string, savedAt: number): ArticleRecords {
  const key = articleKey(url);
  const text = searchText(card);
  return {
    article: {
      url: key,
      savedAt,
      card: { ...card, url: card.url ?? key },
    },
    text,
    grams: bigrams(searchString(text)),
    summary: {
      url: key,
      savedAt,
      title: card.title,
      lead: card.body.text.slice(0, 40),
      date: card.date,
      source: card.source,
      language: card.language,
      chars: card.body.text.length,
      fingerprint: fingerprint(card),
      docNumber: card.document?.docNumber ?? null,
    },
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStringOrNull = (x: unknown) => x === null || isString(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const arrayOf = (x: unknown, item: (y: unknown) => boolean) => Array.isArray(x) && x.every(item);

/**
 * Whether an address is one the library may keep and link to: http(s) only. The library and the
 * card link saved articles, so a `javascript:` or `data:` address in an imported file would run or
 * show page content in the extension's own pages when clicked.
 */
export function isWebAddress(x: unknown): x is string {
  if (!isString(x)) return false;
  try {
    const { protocol } = new URL(x);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether a stored or imported value is a card this version can show: every field the views and
 * the ranking read, with its type. A record that fails is damaged: reported, never shown or dropped.
 */
export function isCard(x: unknown): x is Card {
  if (!isObject(x)) return false;
  const body = x.body;
  return (
    (x.url === null || isWebAddress(x.url)) &&
    x.isArticle === true &&
    isStringOrNull(x.title) &&
    isStringOrNull(x.subtitle ?? null) &&
    isStringOrNull(x.date) &&
    isStringOrNull(x.source) &&
    ['zh-Hans', 'zh-Hant', 'other'].includes(x.language as string) &&
    arrayOf(x.authors, isString) &&
    isObject(body) &&
    isString(body.text) &&
    arrayOf(body.paragraphs, isString) &&
    arrayOf(
      x.officials,
      (o) => isObject(o) && isString(o.name) && arrayOf(o.titles, isString) && isNumber(o.mentions),
    ) &&
    arrayOf(x.places, (p) => isObject(p) && isString(p.name) && isString(p.kind) && isNumber(p.mentions)) &&
    arrayOf(x.policyPhrases, (p) => isObject(p) && isString(p.text) && isNumber(p.mentions)) &&
    arrayOf(x.keySentences, isString) &&
    arrayOf(x.quotes, (q) => isObject(q) && isString(q.speaker) && isString(q.text))
  );
}

export function isSummary(x: unknown): x is ArticleSummary {
  if (!isObject(x) || !isObject(x.fingerprint)) return false;
  const f = x.fingerprint;
  return (
    isWebAddress(x.url) &&
    isNumber(x.savedAt) &&
    isStringOrNull(x.title) &&
    isStringOrNull(x.date) &&
    isNumber(f.hi) &&
    isNumber(f.lo) &&
    arrayOf(f.officials, isString) &&
    arrayOf(f.places, isString) &&
    arrayOf(f.phrases, isString)
  );
}
