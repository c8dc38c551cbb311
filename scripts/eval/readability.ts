/**
 * The baseline: Mozilla Readability on the same page, parsed by the same parser as ours, its output
 * put in the shape the bench scorer reads, so both systems are scored by one function.
 */

import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { parseMetaDate } from '../../lib/extract/date';
import { chars, noSpace } from './text';

/** What the bench scores, for either system. */
export interface SystemOutput {
  /** The shared bar: the system returned an article with at least MIN_ARTICLE_CHARS of body. */
  isArticle: boolean;
  /** The system's own verdict: card.isArticle; Readability's isProbablyReaderable (Reader View's test). */
  ownVerdict: boolean;
  title: string | null;
  /** ISO 8601 as the card gives it. */
  date: string | null;
  authors: string[];
  body: string;
  /** Why the system gave nothing (it threw), for the report. */
  error?: string;
}

/**
 * One "is an article" bar for both systems: the system's own verdict (Readability has none but
 * returning an article) and at least this many non-white-space characters of body. 140 is
 * Readability's own bar for a readable page (isProbablyReaderable's minContentLength default).
 */
export const MIN_ARTICLE_CHARS = 140;

const longEnough = (body: string) => chars(noSpace(body)).length >= MIN_ARTICLE_CHARS;

/**
 * Readability's byline is one string ("作者：张三 李四", "By A, B"): its names, split where a list
 * of names splits, with a leading "label:" dropped, so it is scored by the same set F1 as the card's.
 */
export function bylineNames(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .split(/[\s、,，;；/|]+/)
    .map((p) => p.replace(/^[^:：]*[:：]/, '').trim())
    .filter(Boolean);
}

export function readabilityOutput(html: string): SystemOutput {
  let article: ReturnType<Readability['parse']>;
  let readerable = false;
  try {
    // Readability mutates the document it reads, so it gets its own parse; the readerable test only reads.
    const doc = parseDocument(html);
    readerable = isProbablyReaderable(doc);
    article = new Readability(doc).parse();
  } catch (err) {
    const error = (err as Error).message;
    return {
      isArticle: false,
      ownVerdict: readerable,
      title: null,
      date: null,
      authors: [],
      body: '',
      error,
    };
  }
  const body = article?.textContent ?? '';
  return {
    isArticle: article !== null && longEnough(body),
    ownVerdict: readerable,
    title: article?.title ?? null,
    // publishedTime comes from <meta> or JSON-LD, often with a zone (…+08:00): read it as the card would.
    date: article?.publishedTime ? parseMetaDate(article.publishedTime) : null,
    authors: bylineNames(article?.byline),
    body,
  };
}

export function cardOutput(card: Card): SystemOutput {
  return {
    isArticle: card.isArticle && longEnough(card.body.text),
    ownVerdict: card.isArticle,
    title: card.title,
    date: card.date,
    authors: card.authors,
    body: card.body.text,
  };
}
