import { bitsApart, type Fingerprint, rankScore, TopK } from './similarity';

/**
 * Every saved article's fingerprint, packed into one record: addresses, the SimHash halves as typed
 * arrays, and officials, places and phrases as numbers into one dictionary. A related-articles lookup
 * reads this one record (a structured clone of a few arrays) instead of ten thousand summaries, then
 * scans it with bit counts and integer compares.
 */
export interface PackedPrints {
  key: 'all';
  /** Every address, joined by newlines: one string clones far faster than ten thousand. */
  urlText: string;
  /** Address i is urlText.slice(urlStart[i], urlStart[i + 1] - 1). */
  urlStart: Uint32Array;
  hi: Uint32Array;
  lo: Uint32Array;
  /** Entity names, each with its kind as a prefix: `o:` official, `p:` place, `f:` phrase. */
  names: string[];
  /** Article i's entity numbers are refs[start[i] .. start[i+1]). */
  start: Uint32Array;
  /** 16-bit while the dictionary is small enough: half the bytes to read back. */
  refs: Uint16Array | Uint32Array;
}

const KINDS = [
  ['o:', 'officials'],
  ['p:', 'places'],
  ['f:', 'phrases'],
] as const;

function namesOf(f: Fingerprint): string[] {
  return KINDS.flatMap(([prefix, field]) => f[field].map((n) => prefix + n));
}

export function isPackedPrints(x: unknown): x is PackedPrints {
  const p = x as PackedPrints | null;
  return (
    !!p &&
    typeof p.urlText === 'string' &&
    p.urlStart instanceof Uint32Array &&
    p.hi instanceof Uint32Array &&
    p.lo instanceof Uint32Array &&
    Array.isArray(p.names) &&
    p.start instanceof Uint32Array &&
    (p.refs instanceof Uint16Array || p.refs instanceof Uint32Array) &&
    p.hi.length === p.urlStart.length - 1 &&
    p.lo.length === p.hi.length &&
    p.start.length === p.urlStart.length
  );
}

/** How many articles a packed record holds. */
export const packedSize = (p: PackedPrints) => p.hi.length;

const urlAt = (p: PackedPrints, i: number) => p.urlText.slice(p.urlStart[i]!, p.urlStart[i + 1]! - 1);

/** The fingerprints, editable: decode, put or remove articles, encode. */
export class PrintIndex {
  private readonly order = new Map<string, number>();
  private readonly entries: Array<{ url: string; hi: number; lo: number; names: string[] }> = [];

  static decode(p: PackedPrints): PrintIndex {
    const index = new PrintIndex();
    for (let i = 0; i < packedSize(p); i++) {
      const names = Array.from(p.refs.subarray(p.start[i]!, p.start[i + 1]!), (r) => p.names[r]!);
      index.put(urlAt(p, i), { hi: p.hi[i]!, lo: p.lo[i]!, names });
    }
    return index;
  }

  static of(items: Iterable<{ url: string; fingerprint: Fingerprint }>): PrintIndex {
    const index = new PrintIndex();
    for (const s of items) index.putFingerprint(s.url, s.fingerprint);
    return index;
  }

  get size(): number {
    return this.order.size;
  }

  putFingerprint(url: string, f: Fingerprint): void {
    this.put(url, { hi: f.hi, lo: f.lo, names: namesOf(f) });
  }

  private put(url: string, e: { hi: number; lo: number; names: string[] }): void {
    const at = this.order.get(url);
    const entry = { url, ...e };
    if (at === undefined) {
      this.order.set(url, this.entries.length);
      this.entries.push(entry);
    } else this.entries[at] = entry;
  }

  remove(url: string): void {
    if (!this.order.has(url)) return;
    const kept = this.entries.filter((e) => e.url !== url);
    this.entries.length = 0;
    this.order.clear();
    for (const e of kept) this.put(e.url, e);
  }

  encode(): PackedPrints {
    const n = this.entries.length;
    const dictionary = new Map<string, number>();
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    const start = new Uint32Array(n + 1);
    const refs: number[] = [];
    this.entries.forEach((e, i) => {
      hi[i] = e.hi;
      lo[i] = e.lo;
      start[i] = refs.length;
      for (const name of e.names) {
        let id = dictionary.get(name);
        if (id === undefined) {
          id = dictionary.size;
          dictionary.set(name, id);
        }
        refs.push(id);
      }
    });
    start[n] = refs.length;
    const urlStart = new Uint32Array(n + 1);
    this.entries.forEach((e, i) => {
      urlStart[i + 1] = urlStart[i]! + e.url.length + 1;
    });
    return {
      key: 'all',
      urlText: this.entries.map((e) => `${e.url}\n`).join(''),
      urlStart,
      hi,
      lo,
      names: [...dictionary.keys()],
      start,
      refs: dictionary.size <= 0xffff ? Uint16Array.from(refs) : Uint32Array.from(refs),
    };
  }
}

/**
 * The addresses of the `limit` packed articles most related to `current` (the same ranking as
 * similarity.mostRelated), leaving out `except`.
 */
export function rankPacked(p: PackedPrints, current: Fingerprint, except: string, limit = 5): string[] {
  // Each dictionary entry that names one of the current article's entities, by kind (0, 1, 2).
  const wanted = new Set(namesOf(current));
  const kindOf = new Int8Array(p.names.length).fill(-1);
  p.names.forEach((name, id) => {
    if (wanted.has(name)) kindOf[id] = KINDS.findIndex(([prefix]) => name.startsWith(prefix));
  });
  // One more than asked, in case the article itself is among them.
  const top = new TopK<number>(limit + 1);
  const counts = [0, 0, 0];
  for (let i = 0; i < packedSize(p); i++) {
    counts[0] = counts[1] = counts[2] = 0;
    for (let r = p.start[i]!; r < p.start[i + 1]!; r++) {
      const k = kindOf[p.refs[r]!]!;
      if (k >= 0) counts[k]!++;
    }
    const bits = bitsApart(p.hi[i]!, p.lo[i]!, current.hi, current.lo);
    const score = rankScore(counts[0]!, counts[1]!, counts[2]!, bits);
    if (score !== null) top.offer(i, score);
  }
  return top
    .items()
    .map((i) => urlAt(p, i))
    .filter((url) => url !== except)
    .slice(0, limit);
}
