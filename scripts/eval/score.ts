/**
 * The two scoring primitives: set F1 over named items (with aliases and optional items) and
 * character-multiset F1 over body text.
 */

import { chars, noSpace } from './text';

/** One expected item: any of `accept` names it; an optional item is neither missed nor wrong. */
export interface GoldItem {
  accept: string[];
  optional: boolean;
}

export interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  /** 2tp / (2tp + fp + fn); 1 when nothing was expected and nothing (counted) was predicted. */
  f1: number;
  /** True when both sides are empty: the F1 of 1 says nothing, tables print '—'. */
  empty: boolean;
  missed: string[];
  wrong: string[];
}

/**
 * Greedy matching: each predicted item (deduplicated by `key`) takes the first unmatched required
 * gold item that accepts it. A prediction that only names an optional item, or a second alias of an
 * already matched item (长宁 after 长宁区), is neutral: the engine said nothing false.
 */
export function setF1(gold: GoldItem[], predicted: string[], key: (s: string) => string): SetScore {
  const goldKeys = gold.map((g) => new Set(g.accept.map(key)));
  const matched = gold.map(() => false);
  const seen = new Set<string>();
  let tp = 0;
  const wrong: string[] = [];
  for (const p of predicted) {
    const k = key(p);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    const i = gold.findIndex((g, j) => !g.optional && !matched[j] && goldKeys[j]?.has(k));
    if (i >= 0) {
      matched[i] = true;
      tp++;
    } else if (!goldKeys.some((ks) => ks.has(k))) {
      wrong.push(p);
    }
  }
  const missed = gold.filter((g, i) => !g.optional && !matched[i]).map((g) => g.accept[0] ?? '');
  const fp = wrong.length;
  const fn = missed.length;
  const denom = 2 * tp + fp + fn;
  return { tp, fp, fn, f1: denom === 0 ? 1 : (2 * tp) / denom, empty: denom === 0, missed, wrong };
}

function counts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of chars(s)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/**
 * Character-multiset F1 of two texts after NFKC, with all white space removed. Order-blind on purpose: it
 * measures how much of the right text was kept and how much other text came along, without
 * penalising paragraph splits or line breaks, which the oracles place differently. A body that is
 * right but reordered would score 1; the bodyFirst/bodyLast checks cover order at the ends.
 */
export function charF1(expected: string, got: string): number {
  const a = counts(noSpace(expected.normalize('NFKC')));
  const b = counts(noSpace(got.normalize('NFKC')));
  let na = 0;
  let nb = 0;
  let overlap = 0;
  for (const n of a.values()) na += n;
  for (const [c, n] of b) {
    nb += n;
    overlap += Math.min(n, a.get(c) ?? 0);
  }
  return na + nb === 0 ? 1 : (2 * overlap) / (na + nb);
}

export const mean = (xs: number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;

export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
