import type { Facet } from './library';
import { articleKey } from './record';
import type { ArticleMeta, LibraryDB } from './schema';

/**
 * The reader's own words about a saved article: tags and a note, one record per article in the
 * `meta` table (schema version 4). Kept apart from the card, so saving the article again keeps them.
 */

/** Longest tag kept: a tag is a word or two, not a sentence. */
export const TAG_MAX = 40;

/**
 * Tags as the reader typed them, one list: split at commas, 、, semicolons or spaces (how Chinese and
 * English lists are written), trimmed, each once in the order first written.
 */
export function readTags(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? input.split(/[,，、;；\s]+/u) : input;
  const out: string[] = [];
  for (const p of parts) {
    const tag = typeof p === 'string' ? p.trim().replace(/^#/, '').slice(0, TAG_MAX) : '';
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** A meta record read back from storage or a file: the right shape, or null. */
export function readMeta(v: unknown): ArticleMeta | null {
  const m = v as Partial<ArticleMeta> | null;
  if (!m || typeof m.url !== 'string' || !m.url) return null;
  if (!Array.isArray(m.tags) || typeof m.note !== 'string') return null;
  if (typeof m.updated !== 'number' || !Number.isFinite(m.updated)) return null;
  return { url: articleKey(m.url), tags: readTags(m.tags), note: m.note, updated: m.updated };
}

export const isEmptyMeta = (m: Pick<ArticleMeta, 'tags' | 'note'>) => m.tags.length === 0 && !m.note.trim();

/** The tags and note of an article, or null when the reader wrote none. */
export async function getMeta(db: LibraryDB, url: string): Promise<ArticleMeta | null> {
  return readMeta(await db.meta.get(articleKey(url)));
}

/**
 * Sets the tags and note of an article; both empty removes the record (nothing written is nothing
 * kept). Returns what is stored now.
 */
export async function putMeta(
  db: LibraryDB,
  url: string,
  change: { tags: string | readonly string[]; note: string },
  now: number,
): Promise<ArticleMeta | null> {
  const meta: ArticleMeta = {
    url: articleKey(url),
    tags: readTags(change.tags),
    note: change.note.trim(),
    updated: now,
  };
  if (isEmptyMeta(meta)) {
    await db.meta.delete(meta.url);
    return null;
  }
  await db.meta.put(meta);
  return meta;
}

/** Every readable meta record, by article. */
export async function metaByArticle(db: LibraryDB): Promise<Map<string, ArticleMeta>> {
  const out = new Map<string, ArticleMeta>();
  for (const raw of await db.meta.toArray()) {
    const m = readMeta(raw);
    if (m) out.set(m.url, m);
  }
  return out;
}

/**
 * Adds to `hits` the articles found by their tags or note (every term in one or the other), with the
 * tags and note as snippet; articles already found keep theirs.
 */
export function searchMeta(
  metas: Map<string, ArticleMeta>,
  terms: string[],
  hits: Map<string, string>,
): void {
  for (const [url, m] of metas) {
    if (hits.has(url)) continue;
    const haystack = `${m.tags.join(' ')}\n${m.note}`.toLowerCase();
    if (terms.every((t) => haystack.includes(t)))
      hits.set(url, [m.tags.join('、'), m.note].filter(Boolean).join(' — '));
  }
}

/** The tags used on these articles, most used first (then in Chinese collation order). */
export function tagFacet(metas: Map<string, ArticleMeta>, urls: Iterable<string>, limit = 60): Facet[] {
  const counts = new Map<string, number>();
  for (const url of urls)
    for (const tag of metas.get(url)?.tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'))
    .slice(0, limit);
}

const newer = (m: ArticleMeta, than: ArticleMeta | null | undefined) => !than || than.updated < m.updated;

/**
 * Within a read-write transaction over `summaries` and `meta`: puts the records of an import whose
 * article is saved here; where both sides have one, the more recently updated stays. Returns how
 * many were written.
 */
export async function mergeMeta(db: LibraryDB, incoming: readonly unknown[]): Promise<number> {
  const latest = new Map<string, ArticleMeta>();
  for (const raw of incoming) {
    const m = readMeta(raw);
    if (m && !isEmptyMeta(m) && newer(m, latest.get(m.url))) latest.set(m.url, m);
  }
  const metas = [...latest.values()];
  if (!metas.length) return 0;
  const saved = await db.summaries.bulkGet(metas.map((m) => m.url));
  const have = await db.meta.bulkGet(metas.map((m) => m.url));
  const keep = metas.filter((m, i) => saved[i] && newer(m, readMeta(have[i])));
  await db.meta.bulkPut(keep);
  return keep.length;
}
