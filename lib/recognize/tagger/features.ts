/**
 * Features of the entity tagger, shared by training (scripts/ner) and tagging so both see exactly the
 * same numbers: at each UTF-16 position a fixed number of 32-bit hashes of character n-grams in a ±2
 * window, character classes and gazetteer marks. One pass over the text, so linear in its length.
 */

import type { Lexicon } from './lexicon';

/** Hashes per position: see `featuresOf` for what each one is. */
export const FEATURES_PER_CHAR = 24;

const BEFORE = 0x110001; // outside the text, before its start
const AFTER = 0x110002; // outside the text, after its end

/** The character as the tagger sees it: full-width ASCII folded, Latin lower-cased, digits one class. */
export function foldCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x30 && c <= 0x39) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

const HAN_DIGITS = new Set(Array.from('〇一二三四五六七八九十百千万亿两', (ch) => ch.charCodeAt(0)));

/** 0 outside, 1 Han, 2 digit (any script), 3 Latin, 4 space, 5 other. */
export function charClass(c: number): number {
  if (c === BEFORE || c === AFTER) return 0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff)) return 1;
  if (c === 0x30 || HAN_DIGITS.has(c)) return 2;
  if (c >= 0x61 && c <= 0x7a) return 3;
  if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x0a) return 4;
  return 5;
}

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

function finish(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h; // 0 marks an empty slot in the weight table
}

const h1 = (t: number, a: number) => finish(mix(mix(0x9747b28c, t), a));
const h2 = (t: number, a: number, b: number) => finish(mix(mix(mix(0x9747b28c, t), a), b));
const h3 = (t: number, a: number, b: number, c: number) => finish(mix(mix(mix(mix(0x9747b28c, t), a), b), c));

// Scratch for the folded characters and their classes, reused from call to call (no garbage).
let codeBuf = new Int32Array(0);
let clsBuf = new Int32Array(0);

/**
 * The feature hashes of every position of `text`, FEATURES_PER_CHAR per position, position i's at
 * [i * FEATURES_PER_CHAR, (i + 1) * FEATURES_PER_CHAR). Written into `into` when it is long enough.
 */
export function featuresOf(text: string, lexicon: Lexicon, into?: Int32Array): Int32Array {
  const n = text.length;
  const K = FEATURES_PER_CHAR;
  if (codeBuf.length < n + 4) {
    codeBuf = new Int32Array(2 * n + 4);
    clsBuf = new Int32Array(2 * n + 4);
  }
  const code = codeBuf;
  const cls = clsBuf;
  code[0] = code[1] = BEFORE;
  code[n + 2] = code[n + 3] = AFTER;
  for (let i = 0; i < n; i++) code[i + 2] = foldCode(text.charCodeAt(i));
  for (let i = 0; i < n + 4; i++) cls[i] = charClass(code[i]!);
  const marks = lexicon.marks(text);
  const out = into && into.length >= n * K ? into.subarray(0, n * K) : new Int32Array(n * K);
  for (let i = 0; i < n; i++) {
    const p = i + 2;
    const a = code[p - 2]!;
    const b = code[p - 1]!;
    const c = code[p]!;
    const d = code[p + 1]!;
    const e = code[p + 2]!;
    const m = marks.at[i]!;
    const o = i * K;
    out[o] = h1(0, 0);
    out[o + 1] = h1(1, a);
    out[o + 2] = h1(2, b);
    out[o + 3] = h1(3, c);
    out[o + 4] = h1(4, d);
    out[o + 5] = h1(5, e);
    out[o + 6] = h2(6, a, b);
    out[o + 7] = h2(7, b, c);
    out[o + 8] = h2(8, c, d);
    out[o + 9] = h2(9, d, e);
    out[o + 10] = h2(10, b, d);
    out[o + 11] = h3(11, b, c, d);
    out[o + 12] = h3(12, a, b, c);
    out[o + 13] = h3(13, c, d, e);
    out[o + 14] = h3(14, cls[p - 1]!, cls[p]!, cls[p + 1]!);
    // Gazetteer: where a listed word begins, continues, ends or stands alone, by list.
    out[o + 15] = h1(15, m);
    out[o + 16] = h2(16, m, c);
    out[o + 17] = h2(17, marks.surname[i]!, cls[p + 1]!);
    out[o + 18] = h3(18, marks.at[i - 1] ?? 0, m, marks.at[i + 1] ?? 0);
    // A surname one or two characters back: a given name may be going on.
    const sur = (marks.surname[i - 2] ?? 0) * 9 + (marks.surname[i - 1] ?? 0) * 3 + marks.surname[i]!;
    out[o + 19] = h2(19, sur, cls[p]!);
    out[o + 20] = h2(20, sur, c);
    // Name-character classes around: surname, given-name and transliteration characters.
    const nm = marks.name;
    out[o + 21] = h3(21, nm[i - 1] ?? 8, nm[i]!, nm[i + 1] ?? 8);
    out[o + 22] = h3(22, nm[i - 2] ?? 8, nm[i - 1] ?? 8, nm[i]!);
    out[o + 23] = h3(23, nm[i]!, nm[i + 1] ?? 8, nm[i + 2] ?? 8);
  }
  return out;
}
