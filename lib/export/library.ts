import type { Annotation } from '../annotate/annotation';
import type { Card } from '../card';
import { escapeMarkdown, toMarkdown, webAddress } from './index';
import { passageLink } from './notes';

/**
 * Exports of the library for other tools: Markdown notes of articles with the reader's highlights,
 * and CSL-JSON for reference managers (Zotero, JabRef, pandoc's citeproc).
 */

/** A saved article as the exports read it. */
export interface ExportedArticle {
  url: string;
  savedAt: number;
  card: Card;
  annotations: readonly Annotation[];
}

/** Page or reader text as Markdown lines, each escaped, with `prefix` before each. */
const lines = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((l) => escapeMarkdown(l))
    .filter(Boolean)
    .map((l) => `${prefix}${l}`)
    .join('\n');

/** One article as a Markdown note: the card with its body, then the reader's highlights and notes. */
export function articleMarkdown(a: ExportedArticle): string {
  const note = toMarkdown({ ...a.card, url: a.card.url ?? a.url }, { body: true }).trimEnd();
  if (!a.annotations.length) return `${note}\n`;
  const items = a.annotations.map((h) => {
    const link = passageLink(a.url, h.text);
    return [lines(h.text, '> '), h.note && lines(h.note, ''), link && `[原文](${link})`]
      .filter(Boolean)
      .join('\n\n');
  });
  return `${note}\n\n## 划线与笔记\n\n${items.join('\n\n')}\n`;
}

/** Several articles as one Markdown file, a rule between them. */
export function libraryMarkdown(articles: readonly ExportedArticle[]): string {
  return articles.map(articleMarkdown).join('\n---\n\n');
}

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields used here. */
export interface CslItem {
  id: string;
  type: 'document' | 'webpage';
  title?: string;
  issued?: { 'date-parts': Array<Array<number>> };
  accessed?: { 'date-parts': Array<Array<number>> };
  publisher?: string;
  authority?: string;
  author?: Array<{ literal: string }>;
  URL?: string;
  number?: string;
  language?: string;
}

/** YYYY-MM-DD[...] as CSL date-parts; null for anything else. */
function dateParts(date: string | null | undefined): { 'date-parts': number[][] } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : null;
}

/** The reader's own calendar day of a moment: when they saved it, where they are. */
function localDay(ms: number): { 'date-parts': number[][] } {
  const d = new Date(ms);
  return { 'date-parts': [[d.getFullYear(), d.getMonth() + 1, d.getDate()]] };
}

/**
 * One article as a CSL-JSON item. A 信息公开 document (it prints a 文号) is a `document` with its 文号
 * as `number` and its issuing office as `authority`; a news article is a `webpage`. Authors are the
 * names the page prints, each as a literal: Chinese names have no given/family split to guess.
 */
export function cslItem(a: ExportedArticle): CslItem {
  const { card } = a;
  const doc = card.document;
  const item: CslItem = { id: a.url, type: doc?.docNumber ? 'document' : 'webpage' };
  if (card.title) item.title = card.title;
  const issued = dateParts(card.date ?? doc?.publishedDate ?? doc?.writtenDate);
  if (issued) item.issued = issued;
  item.accessed = localDay(a.savedAt);
  const publisher = card.source ?? doc?.issuer;
  if (publisher) item.publisher = publisher;
  if (doc?.issuer) item.authority = doc.issuer;
  if (card.authors.length) item.author = card.authors.map((literal) => ({ literal }));
  const url = webAddress(card.url ?? a.url);
  if (url) item.URL = url;
  if (doc?.docNumber) item.number = doc.docNumber;
  if (card.language !== 'other') item.language = 'zh';
  return item;
}

/** The articles as a CSL-JSON array, the shape reference managers import. */
export function libraryCSL(articles: readonly ExportedArticle[]): string {
  return JSON.stringify(articles.map(cslItem), null, 2);
}
