import type { Annotation } from '../annotate/annotation';
import { tagFacet } from './meta';
import type { PackedPrints } from './print-index';
import type { ArticleSummary } from './record';
import type { ArticleMeta } from './schema';

/**
 * What the library page reads on every search, kept in memory by one Library instance: every
 * readable summary, the reader's highlights and tags and note by article, the facets and the packed
 * fingerprints.
 * Reading 10,000 summaries from IndexedDB took ~250 ms a search; this is read once, kept current
 * by the instance's own writes, and read again only when the store's change stamp says another
 * page (or tab) wrote in between.
 */

export interface Facet {
  name: string;
  count: number;
}

export interface Facets {
  officials: Facet[];
  places: Facet[];
  phrases: Facet[];
  tags: Facet[];
}

function facetsOf(summaries: Iterable<ArticleSummary>, limit = 40): Omit<Facets, 'tags'> {
  const counts = { officials: new Map<string, number>(), places: new Map(), phrases: new Map() };
  for (const s of summaries)
    for (const kind of ['officials', 'places', 'phrases'] as const) {
      const map = counts[kind] as Map<string, number>;
      for (const n of new Set(s.fingerprint[kind])) map.set(n, (map.get(n) ?? 0) + 1);
    }
  const top = (map: Map<string, number>) =>
    [...map]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'))
      .slice(0, limit);
  return { officials: top(counts.officials), places: top(counts.places), phrases: top(counts.phrases) };
}

export class LibraryCache {
  private readonly byUrl = new Map<string, ArticleSummary>();
  private readonly byId = new Map<number, ArticleSummary>();
  private newestFirst: ArticleSummary[] | null = null;
  private facetsMemo: Facets | null = null;
  /** The packed fingerprints as last written or read; null until needed. */
  prints: PackedPrints | null = null;

  constructor(
    /** The store's change stamp this cache is current with. */
    public stamp: number,
    summaries: readonly ArticleSummary[],
    /** Addresses of records that cannot be read, as found when the cache was filled. */
    public damaged: string[],
    private readonly notes: Map<string, Annotation[]>,
    /** The reader's tags and note, by article (meta.ts). */
    readonly metas: Map<string, ArticleMeta>,
  ) {
    for (const s of summaries) this.put(s);
  }

  get size(): number {
    return this.byUrl.size;
  }

  has(url: string): boolean {
    return this.byUrl.has(url);
  }

  get(url: string): ArticleSummary | undefined {
    return this.byUrl.get(url);
  }

  byKey(id: number): ArticleSummary | undefined {
    return this.byId.get(id);
  }

  /** Every summary, newest saved first (the same array until the next change: do not modify). */
  sorted(): readonly ArticleSummary[] {
    this.newestFirst ??= [...this.byUrl.values()].sort((a, b) => b.savedAt - a.savedAt);
    return this.newestFirst;
  }

  facets(): Facets {
    this.facetsMemo ??= { ...facetsOf(this.byUrl.values()), tags: tagFacet(this.metas, this.byUrl.keys()) };
    return this.facetsMemo;
  }

  /** The reader's tags and note on an article as stored now (null: none). */
  setMeta(url: string, meta: ArticleMeta | null): void {
    if (meta) this.metas.set(url, meta);
    else this.metas.delete(url);
    this.facetsMemo = null;
  }

  put(s: ArticleSummary): void {
    const old = this.byUrl.get(s.url);
    if (old && typeof old.id === 'number') this.byId.delete(old.id);
    this.byUrl.set(s.url, s);
    if (typeof s.id === 'number') this.byId.set(s.id, s);
    this.damaged = this.damaged.filter((u) => u !== s.url);
    this.changed();
  }

  remove(url: string): void {
    const old = this.byUrl.get(url);
    if (old && typeof old.id === 'number') this.byId.delete(old.id);
    this.byUrl.delete(url);
    this.notes.delete(url);
    this.metas.delete(url);
    this.damaged = this.damaged.filter((u) => u !== url);
    this.changed();
  }

  /** The reader's highlights on an article, oldest first. */
  notesOf(url: string): readonly Annotation[] | undefined {
    return this.notes.get(url);
  }

  /** Every article with a highlight. */
  annotated(): IterableIterator<string> {
    return this.notes.keys();
  }

  putNote(a: Annotation): void {
    const list = (this.notes.get(a.url) ?? []).filter((x) => x.id !== a.id);
    list.push(a);
    list.sort((x, y) => x.created - y.created);
    this.notes.set(a.url, list);
  }

  removeNote(id: string): void {
    for (const [url, list] of this.notes) {
      const kept = list.filter((a) => a.id !== id);
      if (kept.length === list.length) continue;
      if (kept.length) this.notes.set(url, kept);
      else this.notes.delete(url);
    }
  }

  private changed(): void {
    this.newestFirst = null;
    this.facetsMemo = null;
  }
}
