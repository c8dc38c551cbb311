/**
 * Related-article lookup over a library of 10 000 saved articles, generated from the sample pages'
 * cards: each keeps a real card's officials, places and phrases and gets its own text fingerprint.
 */
import type { Card } from '../../lib/card';
import { type Fingerprint, fingerprint, mostRelated } from '../../lib/store/similarity';
import { median, now } from './timing';

export function relatedLines(cards: readonly Card[], size = 10_000, runs = 21): string[] {
  const bases = cards.filter((c) => c.isArticle).map(fingerprint);
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  const saved: Array<{ id: number; fingerprint: Fingerprint }> = [];
  for (let i = 0; i < size; i++) {
    const base = bases[i % bases.length]!;
    saved.push({ id: i, fingerprint: { ...base, hi: rand(), lo: rand() } });
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    mostRelated(bases[i % bases.length]!, saved);
    times.push(now() - t);
  }
  const bytes = JSON.stringify(saved[0]).length;
  return [
    `related articles: ${median(times).toFixed(2)} ms per lookup over ${size} saved articles (median of ${runs}); ` +
      `fingerprint ${bytes} bytes per article as JSON`,
  ];
}
