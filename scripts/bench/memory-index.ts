import MiniSearch from 'minisearch';
import { bigrams } from '../../lib/store/grams';

/**
 * The library's search index in memory (MiniSearch, a small, well-kept full-text index), with the
 * same CJK bigram tokenizer as the IndexedDB multi-entry index, so both narrow a query to the same
 * candidates. Measured against the IndexedDB index by `npm run bench`; the substring check on the
 * text stays the caller's.
 */
export interface IndexedText {
  /** The article's address (its key in the library). */
  url: string;
  /** Title, subtitle, source and officials' names. */
  head: string;
  body: string;
  /** The reader's highlights and notes on the article. */
  notes?: string;
}

const OPTIONS = {
  idField: 'url',
  fields: ['head', 'body', 'notes'],
  tokenize: (text: string) => bigrams(text),
  processTerm: (term: string) => term,
  searchOptions: { combineWith: 'AND' as const, prefix: false, fuzzy: false },
};

export class MemoryIndex {
  private constructor(private readonly index: MiniSearch<IndexedText>) {}

  static of(texts: Iterable<IndexedText>): MemoryIndex {
    const index = new MiniSearch<IndexedText>(OPTIONS);
    index.addAll([...texts]);
    return new MemoryIndex(index);
  }

  /** An index saved with toJSON, as it was. */
  static load(json: string): MemoryIndex {
    return new MemoryIndex(MiniSearch.loadJSON<IndexedText>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.index);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Adds the article, or replaces what was indexed for it. */
  put(text: IndexedText): void {
    if (this.index.has(text.url)) this.index.discard(text.url);
    this.index.add(text);
  }

  remove(url: string): void {
    if (this.index.has(url)) this.index.discard(url);
  }

  /**
   * Addresses of the articles holding every bigram of the query's Han words; null when the query
   * has none (one character, Latin letters): then every article is a candidate.
   */
  candidates(terms: readonly string[]): Set<string> | null {
    const grams = bigrams(terms.join(' '));
    if (!grams.length) return null;
    return new Set(this.index.search(grams.join(' ')).map((r) => r.id as string));
  }
}
