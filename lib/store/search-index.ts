import type { Annotation } from '../annotate/annotation';
import { bigrams, snippet } from './grams';
import {
  allIds,
  BUCKETS,
  bucketOf,
  idsOf,
  intersect,
  isBucket,
  type PostingBucket,
  RECENT,
  RECENT_BYTES,
  updateBucket,
} from './postings';
import type { LibraryDB } from './schema';

/**
 * Search of the library: the postings (bigrams hashed into bucket records, postings.ts) narrow the candidates;
 * a substring check on the stored text decides. `updateIndex` runs within the library's write
 * transactions.
 */

/** Saves of at most this many articles go into the record of recent saves (postings.ts, RECENT). */
const RECENT_ARTICLES = 20;

/** Whether the index alone decides a term: a run of exactly two Han characters is its own bigram. */
const decided = (term: string) => /^[\p{Script=Han}〇]{2}$/u.test(term);

/** Whether the candidates the index gives for these terms all hold them (no text check needed). */
export const indexDecides = (terms: readonly string[]) => terms.length > 0 && terms.every(decided);

/**
 * Within a read-write transaction: the postings with `added` articles put in and `removed` ones
 * taken out (an article replaced under the same id is in both, with its old and new bigrams).
 */
export async function updateIndex(
  db: LibraryDB,
  added: ReadonlyArray<{ id: number; grams: readonly string[] }>,
  removed: ReadonlyArray<{ id: number; grams: readonly string[] }>,
): Promise<void> {
  const out = new Map<string, Set<number>>();
  for (const { id, grams } of removed)
    for (const g of grams) {
      const set = out.get(g) ?? new Set<number>();
      set.add(id);
      out.set(g, set);
    }
  const into = new Map<string, number[]>();
  for (const { id, grams } of added)
    for (const g of grams) {
      // Kept by the new text as by the old: nothing to change for this bigram.
      if (out.get(g)?.delete(id)) continue;
      const list = into.get(g) ?? [];
      list.push(id);
      into.set(g, list);
    }
  const recentRecord = await db.postings.get(RECENT);
  const recent = isBucket(recentRecord) ? recentRecord : undefined;
  // A few new articles go into the record of recent saves: a read and a write of one small record.
  if (!removed.length && added.length <= RECENT_ARTICLES && (recent?.data.length ?? 0) < RECENT_BYTES) {
    for (const ids of into.values()) ids.sort((a, b) => a - b);
    const next = updateBucket(RECENT, recent, into, new Map());
    if (next) await db.postings.put(next);
    return;
  }
  // Otherwise the recent saves move into the buckets with this write (their ids are smaller than
  // the new ones: appended first).
  for (const [g, ids] of allIds(recent)) into.set(g, [...ids, ...(into.get(g) ?? [])]);
  if (recent) await db.postings.delete(RECENT);
  // Per bucket, what goes in and out of each of its bigrams.
  const byBucket = new Map<number, { add: Map<string, number[]>; remove: Map<string, Set<number>> }>();
  const of = (g: string) => {
    const b = bucketOf(g);
    const e = byBucket.get(b) ?? { add: new Map(), remove: new Map() };
    byBucket.set(b, e);
    return e;
  };
  for (const [g, ids] of into)
    of(g).add.set(
      g,
      ids.sort((a, b) => a - b),
    );
  for (const [g, ids] of out) if (ids.size) of(g).remove.set(g, ids);
  if (!byBucket.size) return;
  const buckets = [...byBucket.keys()];
  // A batch touches most buckets: one read of them all costs far less than a read of each.
  const old =
    buckets.length > BUCKETS / 2
      ? await db.postings.toArray().then((all) => {
          const at = new Map(all.map((b) => [b.bucket, b]));
          return buckets.map((b) => at.get(b));
        })
      : await db.postings.bulkGet(buckets);
  const put: PostingBucket[] = [];
  const gone: number[] = [];
  buckets.forEach((b, i) => {
    const have = old[i];
    const { add, remove } = byBucket.get(b)!;
    const next = updateBucket(b, isBucket(have) ? have : undefined, add, remove);
    if (next) put.push(next);
    else gone.push(b);
  });
  await db.postings.bulkPut(put);
  await db.postings.bulkDelete(gone);
}

/**
 * Ids of the articles holding every bigram of the terms, ascending; null when the terms have none
 * (one character, Latin letters): then every article is a candidate.
 */
export async function candidateIds(db: LibraryDB, terms: readonly string[]): Promise<number[] | null> {
  const grams = bigrams(terms.join(' '));
  if (!grams.length) return null;
  const [recent, ...buckets] = await db.postings.bulkGet([RECENT, ...grams.map(bucketOf)]);
  const bucket = (b: PostingBucket | undefined) => (isBucket(b) ? b : undefined);
  return intersect(
    grams.map((g, i) => [...idsOf(bucket(buckets[i]), g), ...idsOf(bucket(recent), g)].sort((a, b) => a - b)),
  );
}

/**
 * Of the articles `ids`, those whose title, text, source or officials hold every term, by id, with a
 * snippet around the first hit (texts read for these ids only).
 */
export async function matchTexts(
  db: LibraryDB,
  ids: readonly number[],
  terms: readonly string[],
): Promise<Map<number, string>> {
  const texts = await db.texts.bulkGet([...ids]);
  const hits = new Map<number, string>();
  texts.forEach((t, i) => {
    if (!t || typeof t.head !== 'string' || typeof t.body !== 'string') return;
    const haystack = `${t.head}\n${t.body}`.toLowerCase();
    if (terms.every((term) => haystack.includes(term))) hits.set(ids[i]!, snippet(t.body, terms));
  });
  return hits;
}

/**
 * The reader's highlight or note on an article that holds every term, as its snippet (an article
 * is found by what was written about it); null if none.
 */
export function noteHit(list: readonly Annotation[] | undefined, terms: readonly string[]): string | null {
  const hit = list?.find((a) => terms.every((t) => `${a.text}\n${a.note}`.toLowerCase().includes(t)));
  if (!hit) return null;
  return hit.note ? `${hit.text} — ${hit.note}` : hit.text;
}
