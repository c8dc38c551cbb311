import type { Annotation } from '../annotate/annotation';
import { bigrams, snippet } from './grams';
import type { ArticleSummary } from './record';
import { guarded, type LibraryDB } from './schema';

/**
 * Search of the library: the bigram index (a multi-entry index on `saved.grams`) narrows the
 * candidates; a substring check on the stored text decides.
 */

/**
 * Articles among `within` whose title, text, source or officials hold every term, with a snippet.
 */
export async function searchTexts(
  db: LibraryDB,
  terms: string[],
  within: ArticleSummary[],
): Promise<Map<string, string>> {
  return guarded(() =>
    db.transaction('r', db.saved, db.texts, async () => {
      const urlOf = new Map<number, string>();
      for (const s of within) if (typeof s.id === 'number') urlOf.set(s.id, s.url);
      let ids = [...urlOf.keys()];
      for (const gram of bigrams(terms.join(' '))) {
        const having = new Set(await db.saved.where('grams').equals(gram).primaryKeys());
        ids = ids.filter((id) => having.has(id));
        if (!ids.length) return new Map<string, string>();
      }
      const texts = await db.texts.bulkGet(ids);
      const hits = new Map<string, string>();
      texts.forEach((t, i) => {
        if (!t || typeof t.head !== 'string' || typeof t.body !== 'string') return;
        const haystack = `${t.head}\n${t.body}`.toLowerCase();
        if (terms.every((term) => haystack.includes(term)))
          hits.set(urlOf.get(ids[i]!)!, snippet(t.body, terms));
      });
      return hits;
    }),
  );
}

/**
 * Adds to `hits` the articles found by the reader's own notes (an article is found by what was
 * written about it), with the highlight and note as snippet; articles already found keep theirs.
 */
export function searchNotes(
  notes: Map<string, Annotation[]>,
  terms: string[],
  hits: Map<string, string>,
): void {
  for (const [url, list] of notes) {
    if (hits.has(url)) continue;
    const hit = list.find((a) => terms.every((t) => `${a.text}\n${a.note}`.toLowerCase().includes(t)));
    if (hit) hits.set(url, hit.note ? `${hit.text} — ${hit.note}` : hit.text);
  }
}
