import type { Card, Quote } from '../lib/card';

/**
 * How many names of a kind the popup's first screen lists, the most mentioned: a few lines per kind at
 * the popup's width, so title, document block and the three kinds come first; the rest open on demand.
 */
export const TOP_NAMES = 6;

/**
 * The `top` most mentioned items, kept in the card's order (ties go to the earlier one), and the rest
 * in the card's order: what the first screen shows and what opens on demand.
 */
export function topFirst<T extends { mentions: number }>(
  items: readonly T[],
  top = TOP_NAMES,
): { top: T[]; rest: T[] } {
  if (items.length <= top) return { top: [...items], rest: [] };
  const chosen = new Set(
    items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => b.item.mentions - a.item.mentions || a.i - b.i)
      .slice(0, top)
      .map(({ i }) => i),
  );
  return { top: items.filter((_, i) => chosen.has(i)), rest: items.filter((_, i) => !chosen.has(i)) };
}

/** Text compared as the reader sees it: compatibility forms folded, no white space. */
const plain = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * The card's quotes without repeats: each (speaker, words) once, and none whose words a key sentence
 * shown above already gives in full.
 */
export function quotesToShow(card: Pick<Card, 'quotes' | 'keySentences'>): Quote[] {
  const keys = card.keySentences.map(plain);
  const seen = new Set<string>();
  return card.quotes.filter((q) => {
    const words = plain(q.text);
    const id = `${plain(q.speaker)}\u0000${words}`;
    if (!words || seen.has(id) || keys.some((k) => k.includes(words))) return false;
    seen.add(id);
    return true;
  });
}
