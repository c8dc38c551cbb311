import Dexie, { type Table } from 'dexie';
import type { Annotation } from '../annotate/annotation';
import type { Card } from '../card';
import { bigrams } from './grams';
import { bucketOf, type PostingBucket, updateBucket } from './postings';
import { type PackedPrints, PrintIndex } from './print-index';
import {
  type ArticleRecords,
  type ArticleSummary,
  isCard,
  isSummary,
  type SavedArticle,
  type SearchText,
  searchString,
  toRecords,
} from './record';

/**
 * The library's store on disk: its tables, their history and upgrades, and its errors.
 *
 * Schema history, each version with its upgrade so an older store opens with every article:
 *  1. `articles` keyed by address, holding the card.
 *  2. `saved`: the card and its search tokens (a multi-entry index) under a small numeric key, so
 *     each of the ~700 index entries per article carries a number, not an address; `texts`, what a
 *     search checks, under the same key; `summaries` for the list and the filters; `prints`, every
 *     fingerprint packed in one record for related articles.
 *  3. `annotations`: the reader's highlights and notes, by id, indexed by their article's address.
 *     Nothing to move: a library of version 2 opens with every article and no highlights.
 *  4. `meta`: the reader's tags and note per article, by address, tags indexed multi-entry;
 *     `versions`: earlier versions of an article (the card as it was when saved), by article;
 *     `identities`: the reader's decisions on who is who (two people of one name split, two forms of
 *     one person merged). Nothing to move: a library of version 3 opens as it was.
 *  5. `postings`: the search index as each bigram's article ids, packed, in 256 records by a hash
 *     of the bigram (postings.ts), in place of the multi-entry index on `saved.grams` (~700 index entries an
 *     article made an import of 10,000 take ~50 s); `state`: a change stamp bumped by every write,
 *     so a page that keeps the list in memory knows when another page changed the library. The
 *     upgrade builds the postings from `texts`, drops `grams` from every saved record and rebuilds
 *     the packed fingerprints from the summaries.
 */
export const LIBRARY_VERSION = 5;
/** The tables of version 2 and their indexes, in Dexie's notation. */
const SCHEMA_2 = {
  saved: '++id, &url, savedAt, *grams',
  texts: 'id',
  summaries: 'url, savedAt',
  prints: 'key',
};
const SCHEMA_3 = { ...SCHEMA_2, annotations: 'id, url' };
const SCHEMA_4 = { ...SCHEMA_3, meta: 'url, *tags', versions: '++id, url', identities: 'key' };
/** The tables of the current version and their indexes, in Dexie's notation. */
export const LIBRARY_SCHEMA = {
  ...SCHEMA_4,
  saved: '++id, &url, savedAt',
  postings: 'bucket',
  state: 'key',
};
export const LIBRARY_NAME = 'govlens-library';

export type LibraryErrorCode =
  /** The browser refused to store more (quota): nothing was written. */
  | 'quota'
  /** The store was written by a newer version of the extension: it is left untouched. */
  | 'newer-version'
  /** IndexedDB cannot be opened here (private mode, disabled storage, another tab upgrading). */
  | 'unavailable'
  /** Only articles are saved. */
  | 'not-article'
  /** An import file that is not a library export. */
  | 'bad-import';

export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

function errorName(e: unknown): string {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.inner?.name ?? err?.name ?? '';
}

/** Browser storage errors in the terms the reader is told about. */
function asLibraryError(e: unknown): unknown {
  if (e instanceof LibraryError) return e;
  const names = [(e as { name?: string })?.name, (e as { inner?: { name?: string } })?.inner?.name];
  if (names.some((n) => n === 'QuotaExceededError' || n === 'QuotaExceeded'))
    return new LibraryError('quota', 'storage quota exceeded', e);
  if (names.includes('VersionError'))
    return new LibraryError('newer-version', 'the library was written by a newer version', e);
  if (names.some((n) => n === 'OpenFailedError' || n === 'MissingAPIError' || n === 'InvalidStateError'))
    return new LibraryError('unavailable', `IndexedDB unavailable: ${errorName(e)}`, e);
  return e;
}

export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw asLibraryError(e);
  }
}

/** The version of the store on disk, in Dexie's numbering (it stores version × 10); 0 if none. */
export async function installedVersion(factory: IDBFactory | undefined, name: string): Promise<number> {
  if (!factory) throw new LibraryError('unavailable', 'IndexedDB is missing');
  if (typeof factory.databases !== 'function') return 0;
  const found = (await factory.databases()).find((d) => d.name === name);
  return (found?.version ?? 0) / 10;
}

export type StoredArticle = SavedArticle & { id?: number };

/** The change stamp (`state`, key 'stamp'): one more on every write to the library's articles. */
export interface ChangeStamp {
  key: 'stamp';
  n: number;
}

/** The reader's own words about an article: tags and a note (version 4). */
export interface ArticleMeta {
  /** The article's address, as `saved` keys it. */
  url: string;
  tags: string[];
  note: string;
  updated: number;
}

/** An earlier version of a saved article, kept when it is saved again with other text (version 4). */
export interface ArticleVersion {
  id?: number;
  /** The address of the article it is a version of. */
  url: string;
  savedAt: number;
  card: Card;
}

/** One decision of the reader on who is who (version 4); its shape is read by the people module. */
export interface IdentityDecision {
  key: string;
  [field: string]: unknown;
}

export class LibraryDB extends Dexie {
  saved!: Table<StoredArticle, number>;
  texts!: Table<SearchText, number>;
  summaries!: Table<ArticleSummary, string>;
  prints!: Table<PackedPrints, string>;
  annotations!: Table<Annotation, string>;
  meta!: Table<ArticleMeta, string>;
  versions!: Table<ArticleVersion, number>;
  identities!: Table<IdentityDecision, string>;
  postings!: Table<PostingBucket, number>;
  state!: Table<ChangeStamp, string>;
  constructor(name: string, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, deps);
    this.version(1).stores({ articles: 'url, savedAt' });
    this.version(2)
      .stores({ articles: null, ...SCHEMA_2 })
      .upgrade(async (tx) => {
        const old = (await tx.table('articles').toArray()) as Array<Partial<SavedArticle>>;
        const readable: ArticleRecords[] = [];
        const damaged: StoredArticle[] = [];
        old.forEach((record, i) => {
          if (typeof record.url === 'string' && isCard(record.card))
            readable.push(toRecords(record.card, record.url, record.savedAt ?? Date.now()));
          else {
            // A damaged record moves as it is: list() reports it, the reader decides.
            const url = typeof record.url === 'string' ? record.url : `urn:govlens:damaged:${i}`;
            damaged.push({ ...(record as SavedArticle), url });
          }
        });
        const ids = (await tx.table('saved').bulkAdd(
          readable.map((r) => r.article),
          { allKeys: true },
        )) as number[];
        await tx.table('saved').bulkAdd(damaged);
        await tx.table('texts').bulkAdd(readable.map((r, i) => ({ ...r.text, id: ids[i] })));
        await tx.table('summaries').bulkPut(readable.map((r, i) => ({ ...r.summary, id: ids[i] })));
        await tx.table('prints').put(PrintIndex.of(readable.map((r) => r.summary)).encode());
      });
    this.version(3).stores(SCHEMA_3);
    this.version(4).stores(SCHEMA_4);
    this.version(5)
      .stores(LIBRARY_SCHEMA)
      .upgrade(async (tx) => {
        // Ids come in ascending order, so each bigram's list is built sorted.
        const byGram = new Map<string, number[]>();
        await tx.table('texts').each((t: SearchText) => {
          if (typeof t.id !== 'number' || typeof t.head !== 'string' || typeof t.body !== 'string') return;
          for (const g of bigrams(searchString(t))) {
            const ids = byGram.get(g);
            if (ids) ids.push(t.id);
            else byGram.set(g, [t.id]);
          }
        });
        const byBucket = new Map<number, Map<string, number[]>>();
        for (const [g, ids] of byGram) {
          const b = bucketOf(g);
          const map = byBucket.get(b) ?? new Map<string, number[]>();
          map.set(g, ids);
          byBucket.set(b, map);
        }
        await tx
          .table('postings')
          .bulkPut([...byBucket].map(([b, add]) => updateBucket(b, undefined, add, new Map())!));
        await tx
          .table('saved')
          .toCollection()
          .modify((r: { grams?: unknown }) => {
            delete r.grams;
          });
        // The fingerprints too, so a lookup can trust them without counting the summaries.
        const summaries = (await tx.table('summaries').toArray()).filter(isSummary);
        await tx.table('prints').put(PrintIndex.of(summaries).encode());
        await tx.table('state').put({ key: 'stamp', n: 1 });
      });
  }
}
