import { type Annotation, readAnnotation } from '../annotate/annotation';
import { type Card, emptyCard } from '../card';
import { queryTerms } from './grams';
import { getMeta, mergeMeta, metaByArticle, putMeta, searchMeta, tagFacet } from './meta';
import {
  groupPeople,
  mentionsOf,
  mergedNames,
  type IdentityDecision as PeopleDecision,
  type PersonGroup,
  readDecision,
} from './people';
import { isPackedPrints, type PackedPrints, PrintIndex, packedSize, rankPacked } from './print-index';
import {
  type ArticleRecords,
  type ArticleSummary,
  articleKey,
  isCard,
  isSummary,
  isWebAddress,
  type SavedArticle,
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
import { searchNotes, searchTexts } from './search-index';
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

export interface Facet {
  name: string;
  count: number;
}

export interface LibraryListing {
  /**
   * Newest saved first; with a snippet around the first hit when searching, and the reader's
   * highlights and notes, oldest first, and the reader's tags and note.
   */
  articles: Array<ArticleSummary & { snippet?: string; annotations?: Annotation[]; meta?: ArticleMeta }>;
  /** Addresses of records that cannot be read (kept, never silently dropped). */
  damaged: string[];
  total: number;
  facets: { officials: Facet[]; places: Facet[]; phrases: Facet[]; tags: Facet[] };
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

/** Articles written per transaction on import: small enough to report progress often and keep each
 * transaction's memory bounded, large enough that the per-transaction cost (the packed fingerprints
 * rewritten) stays small. */
export const IMPORT_BATCH = 500;

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

function facetsOf(summaries: readonly ArticleSummary[], limit = 40): Omit<LibraryListing['facets'], 'tags'> {
  const count = (pick: (s: ArticleSummary) => string[]) => {
    const counts = new Map<string, number>();
    for (const s of summaries) for (const n of new Set(pick(s))) counts.set(n, (counts.get(n) ?? 0) + 1);
    return [...counts]
      .map(([name, n]) => ({ name, count: n }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'))
      .slice(0, limit);
  };
  return {
    officials: count((s) => s.fingerprint.officials),
    places: count((s) => s.fingerprint.places),
    phrases: count((s) => s.fingerprint.phrases),
  };
}

export class Library {
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
    ];
  }

  private async printsFromSummaries(): Promise<PrintIndex> {
    return PrintIndex.of((await this.db.summaries.toArray()).filter(isSummary));
  }

  /**
   * The packed fingerprints, read in a read-only transaction (they do not block saves); rebuilt from
   * the summaries if missing or out of step (a crash, an old bug).
   */
  private async prints(): Promise<PackedPrints> {
    const [packed, count] = await this.db.transaction('r', this.db.summaries, this.db.prints, () =>
      Promise.all([this.db.prints.get('all'), this.db.summaries.count()]),
    );
    if (isPackedPrints(packed) && packedSize(packed) === count) return packed;
    return this.db.transaction('rw', this.db.summaries, this.db.prints, async () => {
      const rebuilt = (await this.printsFromSummaries()).encode();
      await this.db.prints.put(rebuilt);
      return rebuilt;
    });
  }

  /** Within a read-write transaction: the packed fingerprints with these articles put and removed. */
  private async updatePrints(put: readonly ArticleSummary[], removed: readonly string[]): Promise<void> {
    const packed = await this.db.prints.get('all');
    const index = isPackedPrints(packed) ? PrintIndex.decode(packed) : await this.printsFromSummaries();
    for (const s of put) index.putFingerprint(s.url, s.fingerprint);
    for (const url of removed) index.remove(url);
    await this.db.prints.put(index.encode());
  }

  /** Within a read-write transaction: writes articles (replacing those at the same address) in every table. */
  private async write(records: readonly ArticleRecords[]): Promise<void> {
    const ids = new Map<string, number>();
    await this.db.saved
      .where('url')
      .anyOf(records.map((r) => r.article.url))
      .eachKey((url, cursor) => void ids.set(url as string, cursor.primaryKey as number));
    const keys = await this.db.saved.bulkPut(
      records.map((r) => ({ ...r.article, id: ids.get(r.article.url) })),
      { allKeys: true },
    );
    await this.db.texts.bulkPut(records.map((r, i) => ({ ...r.text, id: keys[i]! })));
    await this.db.summaries.bulkPut(records.map((r, i) => ({ ...r.summary, id: keys[i]! })));
    await this.updatePrints(
      records.map((r) => r.summary),
      [],
    );
  }

  /**
   * Saves (or replaces) the article at `url`; everything changes together or not at all. The card
   * it replaces, when its text differs, is kept as an earlier version (versions.ts).
   */
  async save(card: Card, url: string, now = Date.now()): Promise<ArticleSummary> {
    if (!card.isArticle) throw new LibraryError('not-article', 'only articles are saved');
    const records = toRecords(card, url, now);
    await guarded(() =>
      this.db.transaction('rw', this.tables, async () => {
        await addVersions(this.db, await earlierVersions(this.db, records.article.card, records.article.url));
        await this.write([records]);
      }),
    );
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
    await guarded(() =>
      this.db.transaction('rw', this.tables, async () => {
        const ids = await this.db.saved.where('url').equals(key).primaryKeys();
        await this.db.saved.bulkDelete(ids);
        await this.db.texts.bulkDelete(ids);
        await this.db.summaries.delete(key);
        await this.db.annotations.where('url').equals(key).delete();
        await this.db.versions.where('url').equals(key).delete();
        await this.db.meta.delete(key);
        await this.updatePrints([], [key]);
      }),
    );
  }

  /** Readable summaries, and the addresses of records that are not. */
  private async readAll(): Promise<{ summaries: ArticleSummary[]; damaged: string[] }> {
    return guarded(() =>
      this.db.transaction('r', this.db.saved, this.db.summaries, async () => {
        const [raw, articles] = await Promise.all([this.db.summaries.toArray(), this.db.saved.count()]);
        const summaries = raw.filter(isSummary);
        // Every summary readable and one per article: nothing is damaged (the usual case, no scan).
        if (summaries.length === raw.length && articles === raw.length) return { summaries, damaged: [] };
        const readable = new Set(summaries.map((s) => s.url));
        const damaged = new Set<string>();
        for (const s of raw) if (!isSummary(s)) damaged.add(String((s as { url?: unknown }).url));
        for (const url of await this.db.saved.orderBy('url').keys())
          if (!readable.has(url as string)) damaged.add(String(url));
        return { summaries, damaged: [...damaged] };
      }),
    );
  }

  async list(filter: LibraryFilter = {}): Promise<LibraryListing> {
    const { summaries, damaged } = await this.readAll();
    const metas = await guarded(() => metaByArticle(this.db));
    let found = summaries.filter(
      (s) =>
        (!filter.official || s.fingerprint.officials.includes(filter.official)) &&
        (!filter.place || s.fingerprint.places.includes(filter.place)) &&
        (!filter.phrase || s.fingerprint.phrases.includes(filter.phrase)) &&
        (!filter.tag || !!metas.get(s.url)?.tags.includes(filter.tag)) &&
        (!filter.from || (s.date !== null && s.date.slice(0, 10) >= filter.from)) &&
        (!filter.to || (s.date !== null && s.date.slice(0, 10) <= filter.to)),
    );
    const terms = queryTerms(filter.query ?? '');
    const snippets = new Map<string, string>();
    const notes = await this.annotationsByArticle();
    if (terms.length) {
      const hits = await searchTexts(this.db, terms, found);
      // The reader's own notes are searched too: an article is found by what was written about it.
      searchNotes(notes, terms, hits);
      searchMeta(metas, terms, hits);
      found = found.filter((s) => hits.has(s.url));
      for (const [url, text] of hits) snippets.set(url, text);
    }
    found.sort((a, b) => b.savedAt - a.savedAt);
    return {
      articles: found.map((s) => ({
        ...s,
        ...(snippets.has(s.url) ? { snippet: snippets.get(s.url) } : {}),
        ...(notes.has(s.url) ? { annotations: notes.get(s.url) } : {}),
        ...(metas.has(s.url) ? { meta: metas.get(s.url) } : {}),
      })),
      damaged,
      total: summaries.length,
      facets: {
        ...facetsOf(summaries),
        tags: tagFacet(
          metas,
          summaries.map((s) => s.url),
        ),
      },
    };
  }

  /** Every readable annotation, by article, oldest first. */
  private async annotationsByArticle(): Promise<Map<string, Annotation[]>> {
    const all = await guarded(() => this.db.annotations.toArray());
    const out = new Map<string, Annotation[]>();
    for (const raw of all) {
      const a = readAnnotation(raw);
      if (!a) continue;
      const list = out.get(a.url) ?? [];
      list.push(a);
      out.set(a.url, list);
    }
    for (const list of out.values()) list.sort((x, y) => x.created - y.created);
    return out;
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
    await guarded(() =>
      this.db.transaction('rw', this.tables, async () => {
        if (!(await this.db.summaries.get(a.url))) {
          if (!card?.isArticle) throw new LibraryError('not-article', 'only articles are saved');
          await this.write([toRecords(card, a.url, now)]);
        }
        await this.db.annotations.put(a);
      }),
    );
  }

  async removeAnnotation(id: string): Promise<void> {
    await guarded(() => this.db.annotations.delete(id));
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
    return guarded(() =>
      this.db.transaction('rw', this.db.summaries, this.db.meta, async () => {
        if (!(await this.db.summaries.get(articleKey(url))))
          throw new LibraryError('not-article', 'tags and notes go with a saved article');
        return putMeta(this.db, url, change, now);
      }),
    );
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
      const summaries = await this.db.summaries.bulkGet(urls);
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
    const annotations = [...(await this.annotationsByArticle()).values()].flat();
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
      await guarded(() =>
        this.db.transaction('rw', this.tables, async () => {
          const existing = await this.db.summaries.bulkGet(chunk.map((e) => articleKey(e.url)));
          const cards = new Map<string, { savedAt: number; card: Card }>();
          for (const r of await this.db.saved
            .where('url')
            .anyOf(chunk.map((e) => articleKey(e.url)))
            .toArray())
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
          await this.write(records);
        }),
      );
      options.onProgress?.(Math.min(start + size, valid.length), valid.length);
    }
    // Highlights come with their articles: one whose article is in neither is left out; where both
    // hold one, the more recently changed stays.
    const notes = (Array.isArray(data.annotations) ? data.annotations : [])
      .map(readAnnotation)
      .filter((a): a is Annotation => a !== null);
    if (notes.length)
      await guarded(() =>
        this.db.transaction('rw', this.db.summaries, this.db.annotations, async () => {
          const saved = new Set((await this.db.summaries.toCollection().primaryKeys()) as string[]);
          const have = await this.db.annotations.bulkGet(notes.map((a) => a.id));
          const keep = notes.filter(
            (a, i) => saved.has(articleKey(a.url)) && (!have[i] || have[i]!.updated < a.updated),
          );
          await this.db.annotations.bulkPut(keep.map((a) => ({ ...a, url: articleKey(a.url) })));
        }),
      );
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
      await guarded(() =>
        this.db.transaction('rw', this.db.summaries, this.db.meta, () => mergeMeta(this.db, incoming)),
      );
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
      const urls = (await this.db.summaries.toArray())
        .filter((s) => isSummary(s) && s.fingerprint.officials.some((o) => names.has(o)))
        .map((s) => s.url);
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
        const urls = (await this.db.summaries.toArray())
          .filter((s) => isSummary(s) && s.fingerprint.phrases.includes(text))
          .map((s) => s.url);
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
