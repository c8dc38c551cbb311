/** Output lines of a corpus run: a card with where it came from, or an error. No engine here, so the
 * main thread of a --jobs run does not load one. */
import { type Card, emptyCard } from '../lib/card';
import type { PageMeta } from './items';

export interface LineOptions {
  /** --fields: only these, in this order. */
  fields: string[] | null;
  /** --only-articles: no line for a page that is not an article. */
  onlyArticles: boolean;
}

export type Outcome =
  /** line is null when --only-articles leaves the card out. */
  | { kind: 'card'; isArticle: boolean; line: string | null }
  | { kind: 'error'; line: string }
  /** Bytes that are not an HTML page. */
  | { kind: 'notHtml' };

/** Fields a line can have besides the card's: where the page came from. */
export const SOURCE_FIELDS = ['warcDate', 'recordId', 'file'] as const;

/** Every field --fields may name. */
export function knownFields(): string[] {
  return [...Object.keys(emptyCard(null, '')), ...SOURCE_FIELDS];
}

function sourceFields(meta: PageMeta): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  for (const f of SOURCE_FIELDS) if (meta[f] !== undefined) extra[f] = meta[f];
  return extra;
}

export function cardLine(card: Card, meta: PageMeta, fields: string[] | null): string {
  const full: Record<string, unknown> = { ...card, ...sourceFields(meta) };
  if (!fields) return JSON.stringify(full);
  const picked: Record<string, unknown> = {};
  for (const f of fields) if (f in full) picked[f] = full[f];
  return JSON.stringify(picked);
}

/** `{ "url", "recordId", "error" }` for a record (`"file"` for a file): never cut by --fields. */
export function errorLine(meta: PageMeta, error: string): string {
  const line: Record<string, unknown> = { url: meta.url };
  if (meta.recordId !== undefined) line.recordId = meta.recordId;
  if (meta.file !== undefined) line.file = meta.file;
  line.error = error;
  return JSON.stringify(line);
}
