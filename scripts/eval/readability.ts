/**
 * The baseline: Mozilla Readability on the same HTML, parsed by the same parser, its output put
 * in the shape the bench scorer reads, so both systems are scored by one function.
 */

import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { parseMetaDate } from '../../lib/extract/date';

/** What the bench scores, for either system. */
export interface SystemOutput {
  isArticle: boolean;
  title: string | null;
  /** ISO 8601 as the card gives it. */
  date: string | null;
  body: string;
}

/** Readability calls a page "not an article" this way: no result, or under 200 characters of text. */
const MIN_ARTICLE_CHARS = 200;

export function readabilityOutput(html: string): SystemOutput {
  // Readability mutates the document it reads, so it gets its own parse.
  const article = new Readability(parseDocument(html)).parse();
  const body = article?.textContent ?? '';
  return {
    isArticle: article !== null && body.length >= MIN_ARTICLE_CHARS,
    title: article?.title ?? null,
    // publishedTime comes from <meta> or JSON-LD, often with a zone (…+08:00): read it as the card would.
    date: article?.publishedTime ? parseMetaDate(article.publishedTime) : null,
    body,
  };
}

export function cardOutput(card: Card): SystemOutput {
  return { isArticle: card.isArticle, title: card.title, date: card.date, body: card.body.text };
}
