import type { Table } from 'dexie';
import { type Annotation, readAnnotation } from '../annotate/annotation';
import { type Card, emptyCard } from '../card';
import { bigrams, queryTerms } from './grams';
import { type Facets, LibraryCache } from './library-cache';
import { getMeta, mergeMeta, metaByArticle, putMeta, searchMeta } from './meta';
import {
  groupPeople,
  mentionsOf,
  mergedNames,
  type IdentityDecision as PeopleDecision,
  type PersonGroup,
  readDecision,
} from './people';
import { isPackedPrints, type PackedPrints, PrintIndex, rankPacked } from './print-index';
import {
  type ArticleRecords,
  type ArticleSummary,
  articleKey,
  isCard,
  isSummary,
  isWebAddress,
  type SavedArticle,
  type SearchText,
  searchString,
  toRecords,
} from './record';
import {
  type ArticleMeta,
  type ArticleVersion,
  guarded,
  installedVersion,
  LIBRARY_NAME,
  LIBRARY_VERSION,
  LibraryDB,
  LibraryError,
  type StoredArticle,
} from './schema';
import { candidateIds, indexDecides, matchTexts, noteHit, updateIndex } from './search-index';
import { fingerprint, type Relation, relate } from './similarity';
import {
  type ArchiveIndex,
  articleDay,
  monthlyCounts,
  type TermArticle,
  type TermMentions,
} from './timeline';
import { addVersions, earlierVersions, isVersion, versionText } from './versions';

export {
  type ArticleMeta,
  LIBRARY_NAME,
  LIBRARY_SCHEMA,
  LIBRARY_VERSION,
  LibraryError,
  type LibraryErrorCode,
} from './schema';

/**
 * The reader's library: saved cards in IndexedDB (through Dexie), on this device only. The tables
 * and their history are in schema.ts, the search in search-index.ts; this module keeps the records.
 */

export interface LibraryFilter {
  /** Words to find in the title or text (already in simplified script); all must be present. */
  query?: string;
  official?: string;
  place?: string;
  phrase?: string;
  /** One of the reader's tags. */
  tag?: string;
  /** Article dates from / to, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

/** Which of the matching articles to return, in the list's order (newest saved first). */
export interface ListPage {
  offset?: number;
  /** Default: every match. The library page asks for what it shows. */
  limit?: number;
}

export type { Facet } from './library-cache';

export interface LibraryListing {
  /**
   * The page of matching articles asked for, newest saved first; with a snippet around the first
   * hit when searching, and the reader's highlights and notes, oldest first, and the reader's tags
   * and note.
   */
  articles: Array<ArticleSummary & { snippet?: string; annotations?: Annotation[]; meta?: ArticleMeta }>;
  /** Addresses of records that cannot be read (kept, never silently dropped). */
  damaged: string[];
  /** Articles in the library. */
  total: number;
  /** Articles matching the filter and the query (at most this many when `approximate`). */
  matched: number;
  /**
   * True when the text of some candidates past the page was not read: the index narrowed them to
   * `matched`, but a word of three or more characters can have its bigrams apart, so fewer may hold it.
   */
  approximate: boolean;
  facets: Facets;
}

export interface LibraryExport {
  format: 'govlens-library';
  version: number;
  exportedAt: string;
  articles: Array<{ url: string; savedAt: number; card: Card }>;
  /** The reader's highlights and notes (from version 3). */
  annotations?: Annotation[];
  /** The reader's tags and note per article (from version 4). */
  meta?: ArticleMeta[];
  /** Records that could not be read, exported as they are so nothing is lost. */
  damaged?: unknown[];
  /** Earlier versions of the articles (from version 4). */
  versions?: ArticleVersion[];
  /** The reader's who-is-who decisions: people split apart or merged (from version 4). */
  identities?: PeopleDecision[];
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Entries that are not readable cards, or older than the copy already saved. */
  skipped: number;
}

/** Articles written per transaction on import: small enough to report progress often (ten steps for
 * 10,000) and keep each transaction's memory bounded, large enough that the per-transaction cost
 * (the packed fingerprints and the index's 256 bucket records rewritten, which grow with the library)
 * stays small: 1,000 took 9.4–10.8 s for 10,000 articles of 1,275 characters where 500 took 15–19 s. */
export const IMPORT_BATCH = 1000;

export interface ImportOptions {
  /** Articles per transaction (default IMPORT_BATCH). */
  batch?: number;
  /** Called after each batch with the articles read so far and the readable articles in the file. */
  onProgress?: (done: number, total: number) => void;
}

export interface LibraryOptions {
  name?: string;
  /** For Node and tests (fake-indexeddb); browsers use their own. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** A card as this version shows it: fields added after it was saved get their empty values. */
function current(card: Card): Card {
  return { ...emptyCard(card.url, ''), ...card, reason: null };
}

/** What one write transaction changed, applied to the in-memory state after it commits. */
interface Written {
  put?: ArticleSummary[];
  removed?: string[];
  notes?: Annotation[];
  removedNotes?: string[];
  /** Tags and notes set (null: removed), by article. */
  metas?: Array<[string, ArticleMeta | null]>;
  /** Changed in ways not listed: the memory is read again at the next list. */
  reload?: boolean;
  /** The packed fingerprints as the transaction left them. */
  prints?: PackedPrints;
}

/** The facets as a caller may change them, apart from the memory's. */
const copyFacets = (f: Facets): Facets => ({
  officials: [...f.officials],
  places: [...f.places],
  phrases: [...f.phrases],
  tags: [...f.tags],
});

/** Candidates whose text is read at once while filling a page. */
const CHECK_CHUNK = 50;

const idsOf = (items: readonly ArticleSummary[]) => items.map((s) => s.id!);

/** A found article with its snippet: from its text, else from the reader's note that matched. */
function withSnippet(
  s: ArticleSummary,
  hits: ReadonlyMap<number, string>,
  byNote: ReadonlyMap<string, string>,
): ArticleSummary & { snippet?: string } {
  const snippet = (s.id !== undefined ? hits.get(s.id) : undefined) ?? byNote.get(s.url);
  return snippet === undefined ? s : { ...s, snippet };
}

const isText = (t: unknown): t is SearchText =>
  !!t && typeof (t as SearchText).head === 'string' && typeof (t as SearchText).body === 'string';

export class Library {
  /** The summaries, highlights and facets in memory (library-cache.ts); null until a list. */
  private cache: LibraryCache | null = null;
  /** The packed fingerprints with the change stamp they are current with. */
  private printsMemo: { stamp: number; prints: PackedPrints } | null = null;

  private constructor(private readonly db: LibraryDB) {}

  static async open(options: LibraryOptions = {}): Promise<Library> {
    const deps =
      options.indexedDB && options.IDBKeyRange
        ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange }
        : undefined;
    const name = options.name ?? LIBRARY_NAME;
    // Dexie 4 would open a newer store and add what it misses to it; this version leaves it alone.
    const installed = await guarded(() => installedVersion(options.indexedDB ?? globalThis.indexedDB, name));
    if (installed > LIBRARY_VERSION)
      throw new LibraryError('newer-version', `the library is at version ${installed}`);
    const db = new LibraryDB(name, deps);
    await guarded(() => db.open());
    return new Library(db);
  }

  close(): void {
    this.db.close();
  }

  private get tables() {
    return [
      this.db.saved,
      this.db.texts,
      this.db.summaries,
      this.db.prints,
      this.db.annotations,
      this.db.versions,
      this.db.meta,
      this.db.postings,
      this.db.state,
    ];
  }

  private async stamp(): Promise<number> {
    return (await this.db.state.get('stamp'))?.n ?? 0;
  }

  /**
   * Runs `work` in a read-write transaction that bumps the change stamp, then applies what it
   * wrote to the memory of this instance, if that memory was current before it (else drops it).
   */
  private async change(tables: Table[], work: () => Promise<Written>): Promise<void> {
    let before = 0;
    const w = await guarded(() =>
      this.db.transaction('rw', [...tables, this.db.state], async () => {
        before = await this.stamp();
        const out = await work();
        await this.db.state.put({ key: 'stamp', n: before + 1 });
        return out;
      }),
    );
    const cache = this.cache;
    if (cache?.stamp === before && !w.reload) {
      for (const s of w.put ?? []) cache.put(s);
      for (const url of w.removed ?? []) cache.remove(url);
      for (const a of w.notes ?? []) cache.putNote(a);
      for (const id of w.removedNotes ?? []) cache.removeNote(id);
      for (const [url, meta] of w.metas ?? []) cache.setMeta(url, meta);
      cache.stamp = before + 1;
    } else this.cache = null;
    // Fingerprints the transaction wrote are the whole of them at the new stamp.
    if (w.prints) this.printsMemo = { stamp: before + 1, prints: w.prints };
    else if (this.printsMemo?.stamp === before) this.printsMemo.stamp = before + 1;
    else this.printsMemo = null;
  }

  /** The memory of the library, read again if another page or tab changed it since. */
  private async fresh(): Promise<LibraryCache> {
    const stamp = await guarded(() => this.stamp());
    if (this.cache?.stamp === stamp) return this.cache;
    this.cache = await this.fill();
    return this.cache;
  }

  /** Addresses of the saved articles whose summary passes `test`, from this instance's memory. */
  private async urlsWhere(test: (s: ArticleSummary) => boolean): Promise<string[]> {
    return (await this.fresh())
      .sorted()
      .filter(test)
      .map((s) => s.url);
  }

  /** Every readable summary and highlight, and the addresses of records that are not. */
  private async fill(): Promise<LibraryCache> {
    const { db } = this;
    return guarded(() =>
      db.transaction('r', [db.state, db.saved, db.summaries, db.annotations, db.meta], async () => {
        const [stamp, raw, articles, notes, metas] = await Promise.all([
          this.stamp(),
          db.summaries.toArray(),
          db.saved.count(),
          db.annotations.toArray(),
          metaByArticle(db),
        ]);
        const summaries = raw.filter(isSummary);
        const damaged = new Set<string>();
        // Every summary readable and one per article: nothing is damaged (the usual case, no scan).
        if (summaries.length !== raw.length || articles !== raw.length) {
          const readable = new Set(summaries.map((s) => s.url));
          for (const s of raw) if (!isSummary(s)) damaged.add(String((s as { url?: unknown }).url));
          for (const url of await db.saved.orderBy('url').keys())
            if (!readable.has(url as string)) damaged.add(String(url));
        }
        const byArticle = new Map<string, Annotation[]>();
        for (const a of notes.map(readAnnotation)) {
          if (!a) continue;
          const list = byArticle.get(a.url) ?? [];
          list.push(a);
          byArticle.set(a.url, list);
        }
        for (const list of byArticle.values()) list.sort((x, y) => x.created - y.created);
        return new LibraryCache(stamp, summaries, [...damaged], byArticle, metas);
      }),
    );
  }

  private async printsFromSummaries(): Promise<PrintIndex> {
    return PrintIndex.of((await this.db.summaries.toArray()).filter(isSummary));
  }

  /**
   * The packed fingerprints, read in a read-only transaction (they do not block saves); rebuilt from
   * the summaries if missing or unreadable. They change only with the summaries, in the same
   * transactions, and the upgrade to version 5 rebuilt them, so they are not counted against the
   * summaries on each lookup (a count walks the whole table: most of a popup's lookup). Kept in
   * memory until a change.
   */
  private async prints(): Promise<PackedPrints> {
    const { db } = this;
    const memo = this.printsMemo;
    if (memo && memo.stamp === (await this.stamp())) return memo.prints;
    const [stamp, packed] = await db.transaction('r', db.state, db.prints, () =>
      Promise.all([this.stamp(), db.prints.get('all')]),
    );
    if (isPackedPrints(packed)) {
      this.printsMemo = { stamp, prints: packed };
      return packed;
    }
    return db.transaction('rw', db.summaries, db.prints, async () => {
      const rebuilt = (await this.printsFromSummaries()).encode();
      await db.prints.put(rebuilt);
      return rebuilt;
    });
  }

  /** Within a read-write transaction: the packed fingerprints with these articles put and removed. */
  private async updatePrints(
    put: readonly ArticleSummary[],
    removed: readonly string[],
  ): Promise<PackedPrints> {
    const packed = await this.db.prints.get('all');
    const index = isPackedPrints(packed) ? PrintIndex.decode(packed) : await this.printsFromSummaries();
    for (const s of put) index.putFingerprint(s.url, s.fingerprint);
    for (const url of removed) index.remove(url);
    const encoded = index.encode();
    await this.db.prints.put(encoded);
    return encoded;
  }

  /** The search tokens of stored texts, by id (an unreadable text has none). */
  private async gramsOf(ids: readonly number[]): Promise<Array<{ id: number; grams: string[] }>> {
    if (!ids.length) return [];
    const texts = await this.db.texts.bulkGet([...ids]);
    return ids.map((id, i) => {
      const t = texts[i];
      return { id, grams: isText(t) ? bigrams(searchString(t)) : [] };
    });
  }

  /** Within a read-write transaction: writes articles (replacing those at the same address) in every table. */
  private async write(records: readonly ArticleRecords[]): Promise<Written> {
    const ids = new Map<string, number>();
    await this.db.saved
      .where('url')
      .anyOf(records.map((r) => r.article.url))
      .eachKey((url, cursor) => void ids.set(url as string, cursor.primaryKey as number));
    // A replaced article leaves the postings of the bigrams its old text had.
    const replaced = await this.gramsOf([...ids.values()]);
    const keys = await this.db.saved.bulkPut(
      records.map((r) => ({ ...r.article, id: ids.get(r.article.url) })),
      { allKeys: true },
    );
    await this.db.texts.bulkPut(records.map((r, i) => ({ ...r.text, id: keys[i]! })));
    const put = records.map((r, i) => ({ ...r.summary, id: keys[i]! }));
    await this.db.summaries.bulkPut(put);
    await updateIndex(
      this.db,
      records.map((r, i) => ({ id: keys[i]!, grams: r.grams })),
      replaced,
    );
    return { put, prints: await this.updatePrints(put, []) };
  }

  /**
   * Saves (or replaces) the article at `url`; everything changes together or not at all. The card
   * it replaces, when its text differs, is kept as an earlier version (versions.ts).
   */
  async save(card: Card, url: string, now = Date.now()): Promise<ArticleSummary> {
    if (!card.isArticle) throw new LibraryError('not-article', 'only articles are saved');
    const records = toRecords(card, url, now);
    await this.change(this.tables, async () => {
      await addVersions(this.db, await earlierVersions(this.db, records.article.card, records.article.url));
      return this.write([records]);
    });
    return records.summary;
  }

  async has(url: string): Promise<boolean> {
    return guarded(async () => (await this.db.summaries.get(articleKey(url))) !== undefined);
  }

  async get(url: string): Promise<SavedArticle | null> {
    const record = await guarded(() => this.db.saved.get({ url: articleKey(url) }));
    return record && isCard(record.card) ? { ...record, card: current(record.card) } : null;
  }

  async remove(url: string): Promise<void> {
    const key = articleKey(url);
    await this.change(this.tables, async () => {
      const ids = await this.db.saved.where('url').equals(key).primaryKeys();
      const removed = await this.gramsOf(ids);
      const notes = await this.db.annotations.where('url').equals(key).primaryKeys();
      await this.db.saved.bulkDelete(ids);
      await this.db.texts.bulkDelete(ids);
      await this.db.summaries.delete(key);
      await this.db.annotations.bulkDelete(notes);
      await this.db.versions.where('url').equals(key).delete();
      await this.db.meta.delete(key);
      await updateIndex(this.db, [], removed);
      return { removed: [key], removedNotes: notes, prints: await this.updatePrints([], [key]) };
    });
  }

  /**
   * The articles matching `filter`, newest saved first, the `page` of them asked for. Only that
   * page's candidates have their text read (for the snippet and the exact check), so a search
   * costs the index and one page, not the library.
   */
  async list(filter: LibraryFilter = {}, page: ListPage = {}): Promise<LibraryListing> {
    const cache = await this.fresh();
    const offset = Math.max(0, page.offset ?? 0);
    const end = offset + Math.max(0, page.limit ?? Number.POSITIVE_INFINITY);
    const within = cache
      .sorted()
      .filter(
        (s) =>
          (!filter.official || s.fingerprint.officials.includes(filter.official)) &&
          (!filter.place || s.fingerprint.places.includes(filter.place)) &&
          (!filter.phrase || s.fingerprint.phrases.includes(filter.phrase)) &&
          (!filter.tag || !!cache.metas.get(s.url)?.tags.includes(filter.tag)) &&
          (!filter.from || (s.date !== null && s.date.slice(0, 10) >= filter.from)) &&
          (!filter.to || (s.date !== null && s.date.slice(0, 10) <= filter.to)),
      );
    const terms = queryTerms(filter.query ?? '');
    const listing = (found: LibraryListing['articles'], matched: number, approximate = false) => ({
      articles: found.map((s) => {
        const notes = cache.notesOf(s.url);
        const meta = cache.metas.get(s.url);
        return {
          ...s,
          ...(notes ? { annotations: [...notes] } : {}),
          ...(meta ? { meta: { ...meta, tags: [...meta.tags] } } : {}),
        };
      }),
      damaged: [...cache.damaged],
      total: cache.size,
      matched,
      approximate,
      facets: copyFacets(cache.facets()),
    });
    if (!terms.length) return listing(within.slice(offset, end), within.length);

    const ids = await guarded(() => candidateIds(this.db, terms));
    const candidates = ids && new Set(ids);
    // The reader's own notes are searched too: an article is found by what was written about it.
    const byNote = new Map<string, string>();
    for (const url of cache.annotated()) {
      const hit = noteHit(cache.notesOf(url), terms);
      if (hit !== null) byNote.set(url, hit);
    }
    // And by the reader's tags and note on it (meta.ts).
    searchMeta(cache.metas, terms, byNote);
    const inIndex = (s: ArticleSummary) =>
      candidates === null || (s.id !== undefined && candidates.has(s.id));
    const pool = within.filter((s) => inIndex(s) || byNote.has(s.url));
    const found: LibraryListing['articles'] = [];
    // Two-character words are decided by the index: only the page needs its text (for snippets).
    if (candidates !== null && indexDecides(terms)) {
      const shown = pool.slice(offset, end);
      const hits = await guarded(() => matchTexts(this.db, idsOf(shown.filter(inIndex)), terms));
      for (const s of shown) found.push(withSnippet(s, hits, byNote));
      return listing(found, pool.length);
    }
    // Otherwise the candidates are checked in the list's order until the page is full.
    let checked = 0;
    let hitCount = 0;
    while (hitCount < end && checked < pool.length) {
      const chunk = pool.slice(checked, checked + Math.max(CHECK_CHUNK, end - hitCount));
      checked += chunk.length;
      const hits = await guarded(() => matchTexts(this.db, idsOf(chunk.filter(inIndex)), terms));
      for (const s of chunk) {
        if (!(s.id !== undefined && hits.has(s.id)) && !byNote.has(s.url)) continue;
        if (hitCount >= offset && hitCount < end) found.push(withSnippet(s, hits, byNote));
        hitCount++;
      }
    }
    const unchecked = pool.length - checked;
    return listing(found, hitCount + unchecked, unchecked > 0);
  }

  /** The reader's highlights and notes on an article, oldest first. */
  async annotations(url: string): Promise<Annotation[]> {
    const raw = await guarded(() => this.db.annotations.where('url').equals(articleKey(url)).toArray());
    return raw
      .map(readAnnotation)
      .filter((a): a is Annotation => a !== null)
      .sort((x, y) => x.created - y.created);
  }

  /**
   * Keeps a highlight (new or changed) with its article; an article not yet in the library is saved
   * with it, from `card`, in the same transaction.
   */
  async putAnnotation(annotation: Annotation, card?: Card, now = Date.now()): Promise<void> {
    const a = { ...annotation, url: articleKey(annotation.url) };
    if (!readAnnotation(a)) throw new TypeError('not an annotation');
    await this.change(this.tables, async () => {
      let written: Written = {};
      if (!(await this.db.summaries.get(a.url))) {
        if (!card?.isArticle) throw new LibraryError('not-article', 'only articles are saved');
        written = await this.write([toRecords(card, a.url, now)]);
      }
      await this.db.annotations.put(a);
      return { ...written, notes: [a] };
    });
  }

  async removeAnnotation(id: string): Promise<void> {
    await this.change([this.db.annotations], async () => {
      await this.db.annotations.delete(id);
      return { removedNotes: [id] };
    });
  }

  /** The reader's tags and note on an article; null when none were written. */
  async meta(url: string): Promise<ArticleMeta | null> {
    return guarded(() => getMeta(this.db, url));
  }

  /**
   * Sets the tags (a list, or as typed: 、 or commas between) and note of a saved article; both empty
   * removes them. Returns what is stored.
   */
  async setMeta(
    url: string,
    change: { tags: string | readonly string[]; note: string },
    now = Date.now(),
  ): Promise<ArticleMeta | null> {
    let stored: ArticleMeta | null = null;
    await this.change([this.db.summaries, this.db.meta], async () => {
      if (!(await this.db.summaries.get(articleKey(url))))
        throw new LibraryError('not-article', 'tags and notes go with a saved article');
      stored = await putMeta(this.db, url, change, now);
      return { metas: [[articleKey(url), stored]] };
    });
    return stored;
  }

  /** Up to `limit` saved articles most related to `card`, the article at `url` itself left out. */
  async related(
    card: Card,
    url: string,
    limit = 5,
  ): Promise<Array<{ item: ArticleSummary; relation: Relation }>> {
    const current = fingerprint(card);
    return guarded(async () => {
      const urls = rankPacked(await this.prints(), current, articleKey(url), limit);
      // From memory when the list is kept there and current; else the few summaries from the store.
      const cache = this.cache;
      const summaries =
        cache && cache.stamp === this.printsMemo?.stamp
          ? urls.map((u) => cache.get(u))
          : await this.db.summaries.bulkGet(urls);
      return summaries
        .filter(isSummary)
        .map((item) => ({ item, relation: relate(current, item.fingerprint) }));
    });
  }

  /** The whole library as JSON; search tokens and fingerprints are rebuilt on import. */
  async exportJSON(now = new Date()): Promise<string> {
    const records = await guarded(() => this.db.saved.toArray());
    const out: LibraryExport = {
      format: 'govlens-library',
      version: LIBRARY_VERSION,
      exportedAt: now.toISOString(),
      articles: [],
    };
    const damaged: unknown[] = [];
    for (const r of records) {
      if (isCard(r.card)) out.articles.push({ url: r.url, savedAt: r.savedAt, card: r.card });
      else damaged.push(r);
    }
    if (damaged.length) out.damaged = damaged;
    const annotations = (await guarded(() => this.db.annotations.toArray()))
      .map(readAnnotation)
      .filter((a): a is Annotation => a !== null)
      .sort((x, y) => x.created - y.created);
    if (annotations.length) out.annotations = annotations;
    const versions = (await guarded(() => this.db.versions.toArray())).filter(isVersion);
    if (versions.length) out.versions = versions.map(({ id: _id, ...v }) => v);
    const meta = [...(await guarded(() => metaByArticle(this.db))).values()];
    if (meta.length) out.meta = meta;
    const identities = (await guarded(() => this.db.identities.toArray()))
      .map(readDecision)
      .filter((d): d is PeopleDecision => d !== null);
    if (identities.length) out.identities = identities;
    return JSON.stringify(out);
  }

  /**
   * Merges an export into the library in batches of `batch` articles, each in its own transaction
   * (a batch is all in or, if the browser refuses (quota), not at all; a file of one batch is all or
   * nothing). Where both have an article, the more recently saved copy stays. `onProgress` hears the
   * articles read so far after each batch, so a large import can show how far it is.
   */
  async importJSON(text: string, options: ImportOptions = {}): Promise<ImportResult> {
    let data: Partial<LibraryExport>;
    try {
      data = JSON.parse(text) as Partial<LibraryExport>;
    } catch (e) {
      throw new LibraryError('bad-import', 'not JSON', e);
    }
    if (data?.format !== 'govlens-library' || !Array.isArray(data.articles))
      throw new LibraryError('bad-import', 'not a GovNews Lens library export');
    const entries = data.articles;
    const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
    // Readable entries, one per article: the most recently saved copy when a file holds two.
    const latest = new Map<string, LibraryExport['articles'][number]>();
    for (const e of entries) {
      if (!e || !isWebAddress(e.url) || typeof e.savedAt !== 'number' || !isCard(e.card)) continue;
      const key = articleKey(e.url);
      const seen = latest.get(key);
      if (!seen || seen.savedAt < e.savedAt) latest.set(key, e);
    }
    const valid = [...latest.values()];
    result.skipped = entries.length - valid.length;
    const size = Math.max(1, options.batch ?? IMPORT_BATCH);
    for (let start = 0; start < valid.length; start += size) {
      const chunk = valid.slice(start, start + size);
      await this.change(this.tables, async () => {
        const existing = await this.db.summaries.bulkGet(chunk.map((e) => articleKey(e.url)));
        // Cards already saved, read only for the addresses that have a summary (new ones have none).
        const cards = new Map<string, { savedAt: number; card: Card }>();
        const known = chunk.map((e) => articleKey(e.url)).filter((_, i) => existing[i]);
        if (known.length)
          for (const r of await this.db.saved.where('url').anyOf(known).toArray())
            if (isCard(r.card)) cards.set(r.url, r);
        const records: ArticleRecords[] = [];
        // Of two copies with other text, the one not kept as the article is kept as a version.
        const kept: ArticleVersion[] = [];
        chunk.forEach((e, i) => {
          const have = existing[i];
          const mine = cards.get(articleKey(e.url));
          const older = mine && (mine.savedAt >= e.savedAt ? e : mine);
          if (mine && older && versionText(mine.card) !== versionText(e.card))
            kept.push({ url: articleKey(e.url), savedAt: older.savedAt, card: older.card });
          if (have && isSummary(have) && have.savedAt >= e.savedAt) {
            result.skipped++;
            return;
          }
          if (have) result.updated++;
          else result.added++;
          records.push(toRecords(e.card, e.url, e.savedAt));
        });
        await addVersions(this.db, kept);
        return records.length ? this.write(records) : {};
      });
      options.onProgress?.(Math.min(start + size, valid.length), valid.length);
    }
    // Highlights come with their articles: one whose article is in neither is left out; where both
    // hold one, the more recently changed stays.
    const notes = (Array.isArray(data.annotations) ? data.annotations : [])
      .map(readAnnotation)
      .filter((a): a is Annotation => a !== null);
    if (notes.length)
      await this.change([this.db.summaries, this.db.annotations], async () => {
        const saved = new Set((await this.db.summaries.toCollection().primaryKeys()) as string[]);
        const have = await this.db.annotations.bulkGet(notes.map((a) => a.id));
        const keep = notes
          .filter((a, i) => saved.has(articleKey(a.url)) && (!have[i] || have[i]!.updated < a.updated))
          .map((a) => ({ ...a, url: articleKey(a.url) }));
        await this.db.annotations.bulkPut(keep);
        return { notes: keep };
      });
    // Versions come with their articles, and are added to those already here, never in their place.
    const versions = (Array.isArray(data.versions) ? data.versions : []).filter(isVersion);
    if (versions.length)
      await guarded(() =>
        this.db.transaction('rw', this.db.summaries, this.db.versions, async () => {
          const saved = new Set((await this.db.summaries.toCollection().primaryKeys()) as string[]);
          await addVersions(
            this.db,
            versions.map((v) => ({ ...v, url: articleKey(v.url) })).filter((v) => saved.has(v.url)),
          );
        }),
      );
    // Tags and notes likewise: with their article, the more recently updated where both have some.
    if (Array.isArray(data.meta) && data.meta.length) {
      const incoming = data.meta;
      await this.change([this.db.summaries, this.db.meta], async () => {
        await mergeMeta(this.db, incoming);
        return { reload: true };
      });
    }
    // Who-is-who decisions are keyed by what they decide: one already here is the same decision and
    // stays; the rest are added (a decision on articles not in the library simply matches nothing).
    const decisions = (Array.isArray(data.identities) ? data.identities : [])
      .map(readDecision)
      .filter((d): d is PeopleDecision => d !== null);
    if (decisions.length)
      await guarded(() =>
        this.db.transaction('rw', this.db.identities, async () => {
          const have = await this.db.identities.bulkGet(decisions.map((d) => d.key));
          await this.db.identities.bulkPut(decisions.filter((_, i) => !have[i]));
        }),
      );
    return result;
  }

  /** The earlier versions of the article at `url`, oldest first (the current card is `get(url)`). */
  async versions(url: string): Promise<ArticleVersion[]> {
    const raw = await guarded(() => this.db.versions.where('url').equals(articleKey(url)).toArray());
    return raw.filter(isVersion).sort((a, b) => a.savedAt - b.savedAt);
  }

  /** How many versions each article with earlier versions has, the current one counted. */
  async versionCounts(): Promise<Map<string, number>> {
    const urls = (await guarded(() => this.db.versions.orderBy('url').keys())) as string[];
    const counts = new Map<string, number>();
    for (const url of urls) counts.set(url, (counts.get(url) ?? 1) + 1);
    return counts;
  }

  /** Puts back versions taken out with their article (an undone removal); those still here are left. */
  async restoreVersions(versions: readonly ArticleVersion[]): Promise<void> {
    await guarded(() => this.db.transaction('rw', this.db.versions, () => addVersions(this.db, versions)));
  }

  /**
   * The people named `name` across the library (issue 15): every article naming them, in date
   * order, and their titles as a timeline; the reader's decisions on who is who applied. Reads the
   * cards of only the articles naming `name` or a name merged with it.
   */
  async people(name: string): Promise<{ people: PersonGroup[]; decisions: PeopleDecision[] }> {
    return guarded(async () => {
      const decisions = (await this.db.identities.toArray())
        .map(readDecision)
        .filter((d): d is PeopleDecision => d !== null);
      const names = mergedNames(name, decisions);
      const urls = await this.urlsWhere((s) => s.fingerprint.officials.some((o) => names.has(o)));
      const records = await this.db.saved.where('url').anyOf(urls).toArray();
      const mentions = records
        .filter((r) => isCard(r.card))
        .flatMap((r) => mentionsOf(r.card, r.url, r.savedAt))
        .filter((m) => names.has(m.name));
      const people = groupPeople(mentions, decisions).filter((p) => p.names.includes(name));
      const concerned = decisions.filter((d) =>
        d.kind === 'split' ? names.has(d.name) : names.has(d.a.name) || names.has(d.b.name),
      );
      return { people, decisions: concerned };
    });
  }

  /** Keeps a decision on who is who (split or merge); one of the same key is replaced. */
  async decideIdentity(decision: PeopleDecision): Promise<void> {
    if (!readDecision(decision)) throw new TypeError('not an identity decision');
    await guarded(() => this.db.identities.put(decision));
  }

  /** Takes a decision back. */
  async undoIdentity(key: string): Promise<void> {
    await guarded(() => this.db.identities.delete(key));
  }

  /**
   * The saved articles mentioning a policy phrase or an organisation, in date order, with the
   * mentions by month. Phrases are found through the summaries; organisations are read from the
   * cards (they are not in the fingerprints), one pass over the library.
   */
  async term(kind: 'phrase' | 'org', text: string): Promise<TermMentions> {
    return guarded(async () => {
      const found: TermArticle[] = [];
      const take = (r: StoredArticle) => {
        if (!isCard(r.card)) return;
        const list = kind === 'phrase' ? r.card.policyPhrases : (r.card.organizations ?? []);
        const hit = list.find((x) => ('text' in x ? x.text : x.name) === text);
        if (!hit) return;
        const { title, date } = r.card;
        found.push({
          url: r.url,
          title,
          date,
          savedAt: r.savedAt,
          day: articleDay(date, r.savedAt),
          mentions: hit.mentions,
        });
      };
      if (kind === 'phrase') {
        const urls = await this.urlsWhere((s) => s.fingerprint.phrases.includes(text));
        (await this.db.saved.where('url').anyOf(urls).toArray()).forEach(take);
      } else await this.db.saved.each(take);
      found.sort((a, b) => a.day.localeCompare(b.day) || a.url.localeCompare(b.url));
      return { articles: found, months: monthlyCounts(found) };
    });
  }

  /** Every official, policy phrase and organisation in the library with the articles naming it. */
  async archiveIndex(): Promise<ArchiveIndex> {
    return guarded(async () => {
      const counts = {
        officials: new Map<string, number>(),
        phrases: new Map<string, number>(),
        organizations: new Map<string, number>(),
      };
      const add = (map: Map<string, number>, names: string[]) => {
        for (const n of new Set(names)) map.set(n, (map.get(n) ?? 0) + 1);
      };
      await this.db.saved.each((r) => {
        if (!isCard(r.card)) return;
        add(
          counts.officials,
          r.card.officials.map((o) => o.name),
        );
        add(
          counts.phrases,
          r.card.policyPhrases.map((p) => p.text),
        );
        add(
          counts.organizations,
          (r.card.organizations ?? []).map((o) => o.name),
        );
      });
      const facets = (map: Map<string, number>) =>
        [...map]
          .map(([name, count]) => ({ name, count }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'));
      return {
        officials: facets(counts.officials),
        phrases: facets(counts.phrases),
        organizations: facets(counts.organizations),
      };
    });
  }
}
