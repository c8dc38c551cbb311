import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../cli/parse-html';

export const PAGES = path.resolve('tests/fixtures/pages');
export const EXPECTED = path.resolve('tests/fixtures/expected');

export const SEED_PAGES = [
  'xuhui-epaper',
  'eastday-traditional',
  'waitan-newsletter',
  'hongkou-pinyin',
  'changzhou-union',
] as const;

export function loadPage(name: string): Document {
  return parseDocument(fs.readFileSync(path.join(PAGES, `${name}.html`), 'utf8'));
}

export function loadExpected(name: string): Record<string, unknown> & {
  title?: string | null;
  subtitle?: string | null;
  date?: string | null;
  source?: string | null;
  authors?: string[];
  paragraphs?: string[];
  isArticle?: boolean;
  language?: string;
  alternatives?: Record<string, unknown>;
  otherArticles?: Array<{ title: string | null }>;
} {
  return JSON.parse(fs.readFileSync(path.join(EXPECTED, `${name}.json`), 'utf8'));
}

/** Character multiset F1 with white space ignored (the measure `npm run eval` uses for bodies). */
export function charF1(a: string, b: string): number {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const c of s.replace(/\s/g, '')) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  let overlap = 0;
  for (const [c, n] of cb) overlap += Math.min(n, ca.get(c) ?? 0);
  const total = a.replace(/\s/g, '').length + b.replace(/\s/g, '').length;
  return total ? (2 * overlap) / total : 1;
}

/** A small deterministic PRNG for property tests (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
