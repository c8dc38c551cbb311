/**
 * Features of the entity tagger, shared by training (scripts/ner) and tagging so both see exactly the
 * same numbers. Features come in groups: a group is one kind of n-gram (characters, character
 * classes, gazetteer marks, name-character classes) read at every position, and each group is used at
 * several offsets from the position being tagged (the character 3 before, 2 before, …). The n-gram's
 * 32-bit hash (its "key") is computed once per position; a feature is a (key, slot) pair, a slot
 * being one (group, offset). Tagging looks each key up once and finds the weights of all its slots
 * together, so a wider window costs almost no more look-ups. One pass over the text: linear.
 */

import type { Lexicon } from './lexicon';

/**
 * Per group, the offsets (n-gram start minus tagged position) at which it is used. An empty group is
 * not computed; 4-grams, a ±3 window, the maximum-matching marks and the surname-context groups
 * 19–21 were measured and not kept (assets/README.md), and `train.ts --groups` measures them again.
 */
export const GROUPS: number[][] = [
  /* 0 bias */ [0],
  /* 1 character */ [-2, -1, 0, 1, 2],
  /* 2 bigram */ [-2, -1, 0, 1],
  /* 3 skip bigram (c, c+2) */ [-1],
  /* 4 trigram */ [-2, -1, 0],
  /* 5 4-gram */ [],
  /* 6 class trigram */ [-1],
  /* 7 gazetteer mark */ [0],
  /* 8 gazetteer mark with the character */ [0],
  /* 9 surname mark with the next character's class */ [0],
  /* 10 gazetteer mark trigram */ [-1],
  /* 11 surname 0–2 back with the class */ [0],
  /* 12 surname 0–2 back with the character */ [0],
  /* 13 name-character class trigram */ [-2, -1, 0],
  /* 14 the listed word forward maximum matching puts here: length, kind, part */ [],
  /* 15 the same with the character */ [],
  /* 16 dictionary mark (lists 4–7: CC-CEDICT persons, places, organisations, words) */ [0],
  /* 17 dictionary mark with the character */ [0],
  /* 18 dictionary mark trigram */ [-1],
  /* 19 a surname here with the word marks (dictionary, gazetteer) here and of the next character */ [],
  /* 20 a surname, a two-character common word right after it, and what follows that word */ [],
  /* 21 a surname with a summary of the next two characters (listed-word cover, name classes) */ [],
];

/** Room outside the text for the widest offset and the longest n-gram. */
export const PAD = 4;

/** Slots: one per (group, offset), numbered group by group. */
export interface Slots {
  group: Int32Array;
  offset: Int32Array;
  count: number;
}

export function slots(): Slots {
  const group: number[] = [];
  const offset: number[] = [];
  GROUPS.forEach((offsets, g) => {
    for (const d of offsets) {
      group.push(g);
      offset.push(d);
    }
  });
  return { group: Int32Array.from(group), offset: Int32Array.from(offset), count: group.length };
}

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

const SEED = 0x9747b28c;
const h1 = (t: number, a: number) => finish(mix(mix(SEED, t), a));
const h2 = (t: number, a: number, b: number) => finish(mix(mix(mix(SEED, t), a), b));
const h3 = (t: number, a: number, b: number, c: number) => finish(mix(mix(mix(mix(SEED, t), a), b), c));
const h4 = (t: number, a: number, b: number, c: number, d: number) =>
  finish(mix(mix(mix(mix(mix(SEED, t), a), b), c), d));

/** Dictionary list 7 (common words) in a mark's upper half: a word begins, ends (features' `at`). */
const WORD_BEGIN = 1 << 12;
const WORD_END = 4 << 12;
/** Bits of the dictionary half where any of its four kinds' words begins or stands alone. */
const WORD_BEGINS = 0x9999;
/** The same over all eight lists (gazetteers and dictionary). */
const BEGINS = 0x99999999 | 0;
/** A two-character common word over these two positions (begins at the first, ends at the second). */
export const commonPair = (a: number, b: number) =>
  ((a >>> 16) & WORD_BEGIN) !== 0 && ((b >>> 16) & WORD_END) !== 0;

/**
 * After a surname at x: does a listed word begin at it (江西), are the next two characters inside
 * listed words of two or more characters, are they given-name characters, are both Han.
 */
export function nextTwo(at: Int32Array, nm: Int32Array, cls: Int32Array, x: number): number {
  const inWord = (p: number) => ((at[p]! & 0x77777777) !== 0 ? 1 : 0);
  return (
    ((at[x]! & 0x11111111) !== 0 ? 1 : 0) |
    (inWord(x + 1) << 1) |
    (inWord(x + 2) << 2) |
    ((nm[x + 1]! & 2) << 2) |
    ((nm[x + 2]! & 2) << 3) |
    (cls[x + 1] === 1 && cls[x + 2] === 1 ? 32 : 0)
  );
}

/** A training feature: the hash of a key at a slot (tagging looks keys up, never these). */
export const featureHash = (key: number, slot: number) => finish(mix(mix(SEED ^ 0x5f3759df, key), slot));

// Scratch for the folded characters, classes and marks of the padded text, reused (no garbage).
let codeBuf = new Int32Array(0);
let clsBuf = new Int32Array(0);
let atBuf = new Int32Array(0);
let surBuf = new Int32Array(0);
let nmBuf = new Int32Array(0);
let lmBuf = new Int32Array(0);
/**
 * Per group, its lowest and highest offset, fixed at the first call (training may set GROUPS before
 * it): a key is needed only where some offset carries it into the text. An empty group is never.
 */
let lo: Int32Array | null = null;
let hi: Int32Array | null = null;
const needed = (g: number, q: number, last: number) => q >= lo![g]! && last <= hi![g]!;

/**
 * The keys of every group at every position of `text` and PAD positions either side: position q's
 * (q from -PAD to n - 1 + PAD) at [(q + PAD) × G, (q + PAD + 1) × G) for G groups, 0 where a group is
 * not used. Written into `into` when it is long enough.
 */
export function keysOf(text: string, lexicon: Lexicon, into?: Int32Array): Int32Array {
  const n = text.length;
  const G = GROUPS.length;
  const W = n + 2 * PAD + 4; // padded length, with room for n-grams that start in the padding
  if (codeBuf.length < W) {
    const size = 2 * W;
    codeBuf = new Int32Array(size);
    clsBuf = new Int32Array(size);
    atBuf = new Int32Array(size);
    surBuf = new Int32Array(size);
    nmBuf = new Int32Array(size);
    lmBuf = new Int32Array(size);
  }
  const code = codeBuf;
  const cls = clsBuf;
  const at = atBuf;
  const sur = surBuf;
  const nm = nmBuf;
  const lm = lmBuf;
  lo ??= Int32Array.from(GROUPS, (o) => (o.length ? Math.min(...o) : 1 << 30));
  hi ??= Int32Array.from(GROUPS, (o) => (o.length ? Math.max(...o) : -(1 << 30)));
  const marks = lexicon.marks(text, lo[14]! <= hi[14]! || lo[15]! <= hi[15]!);
  // Index x = q + PAD.
  for (let x = 0; x < W; x++) {
    const q = x - PAD;
    const inside = q >= 0 && q < n;
    code[x] = inside ? foldCode(text.charCodeAt(q)) : q < 0 ? BEFORE : AFTER;
    cls[x] = charClass(code[x]!);
    at[x] = inside ? marks.at[q]! : 0;
    sur[x] = inside ? marks.surname[q]! : 0;
    nm[x] = inside ? marks.name[q]! : 8;
    lm[x] = inside && marks.longest.length ? marks.longest[q]! : 1;
  }
  const rows = n + 2 * PAD;
  const out = into && into.length >= rows * G ? into.subarray(0, rows * G) : new Int32Array(rows * G);
  const bias = h1(0, 0);
  for (let x = 0; x < rows; x++) {
    const o = x * G;
    const q = x - PAD;
    const last = q - n + 1;
    for (let g = 0; g < G; g++) out[o + g] = 0;
    const c = code[x]!;
    const c1 = code[x + 1]!;
    const c2 = code[x + 2]!;
    if (needed(0, q, last)) out[o] = bias;
    if (needed(1, q, last)) out[o + 1] = h1(1, c);
    if (needed(2, q, last)) out[o + 2] = h2(2, c, c1);
    if (needed(3, q, last)) out[o + 3] = h2(3, c, c2);
    if (needed(4, q, last)) out[o + 4] = h3(4, c, c1, c2);
    if (needed(5, q, last)) out[o + 5] = h4(5, c, c1, c2, code[x + 3]!);
    if (needed(6, q, last)) out[o + 6] = h3(6, cls[x]!, cls[x + 1]!, cls[x + 2]!);
    const m = at[x]! & 0xffff;
    const d = at[x]! >>> 16;
    if (needed(7, q, last)) out[o + 7] = h1(7, m);
    if (needed(8, q, last)) out[o + 8] = h2(8, m, c);
    if (needed(9, q, last)) out[o + 9] = h2(9, sur[x]!, cls[x + 1]!);
    if (needed(10, q, last)) out[o + 10] = h3(10, m, at[x + 1]! & 0xffff, at[x + 2]! & 0xffff);
    // A surname here, one or two characters back: a given name may be going on.
    const s = x >= 2 ? sur[x - 2]! * 9 + sur[x - 1]! * 3 + sur[x]! : 0;
    if (needed(11, q, last)) out[o + 11] = h2(11, s, cls[x]!);
    if (needed(12, q, last)) out[o + 12] = h2(12, s, c);
    if (needed(13, q, last)) out[o + 13] = h3(13, nm[x]!, nm[x + 1]!, nm[x + 2]!);
    if (needed(14, q, last)) out[o + 14] = h1(14, lm[x]!);
    if (needed(15, q, last)) out[o + 15] = h2(15, lm[x]!, c);
    if (needed(16, q, last)) out[o + 16] = h1(16, d);
    if (needed(17, q, last)) out[o + 17] = h2(17, d, c);
    if (needed(18, q, last)) out[o + 18] = h3(18, d, at[x + 1]! >>> 16, at[x + 2]! >>> 16);
    // Does a listed word start at the surname (江西, 张掖: a place) or right after it (袁步兵: a
    // name whose given name is a word)? Only at surnames: elsewhere no key.
    if (sur[x] && needed(19, q, last)) out[o + 19] = h3(19, sur[x]!, at[x]! & BEGINS, at[x + 1]! & BEGINS);
    if (sur[x] && needed(20, q, last) && commonPair(at[x + 1]!, at[x + 2]!))
      out[o + 20] = h3(20, sur[x]!, cls[x + 3]!, (at[x + 3]! >>> 16) & WORD_BEGINS);
    if (sur[x] && needed(21, q, last)) out[o + 21] = h2(21, sur[x]!, nextTwo(at, nm, cls, x));
  }
  return out;
}

/**
 * Training's view: per position of `text`, one feature hash per slot (0 where the slot's group has no
 * key there), position i's at [i × slots, (i + 1) × slots).
 */
export function featuresOf(text: string, lexicon: Lexicon): Int32Array {
  const n = text.length;
  const G = GROUPS.length;
  const sl = slots();
  const keys = keysOf(text, lexicon);
  const out = new Int32Array(n * sl.count);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < sl.count; j++) {
      const key = keys[(i + sl.offset[j]! + PAD) * G + sl.group[j]!]!;
      out[i * sl.count + j] = key === 0 ? 0 : featureHash(key, j);
    }
  return out;
}
