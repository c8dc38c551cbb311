/**
 * The search index's records: for each bigram, the sorted ids of the articles that contain it,
 * packed as delta varints (ids are given in save order, so most deltas take one byte). Bigrams are
 * hashed into BUCKETS records, each holding the postings of its bigrams. Why buckets: IndexedDB
 * costs per record written. A multi-entry index wrote ~700 entries an article (an import of 10,000
 * took 22–50 s); a record per bigram still meant a read and a write per distinct bigram of each
 * batch (~30,000 for 500 articles: 45 s in Chromium under load); 1,024 buckets spent twice as long
 * in writes as 256 (`npm run bench -- --store-only`, 3,000 articles). So a batch rewrites at most
 * 256 records; single saves go to the record of recent saves (RECENT below).
 */
export const BUCKETS = 256;

export interface PostingBucket {
  /** Its number, `bucketOf` its bigrams (primary key). */
  bucket: number;
  /** The bigrams, joined by newlines (a bigram never holds one). */
  grams: string;
  /** Bigram i's ids are data[start[i] .. start[i + 1]). */
  start: Uint32Array;
  /** The largest id of each bigram: a new article's id is larger, so it is appended as it is. */
  last: Uint32Array;
  data: Uint8Array;
}

/**
 * The key of the record of recent saves: one save's bigrams would touch most buckets (rewriting most
 * of the index, ~100 ms at 10,000 articles under load), so a few articles at a time go into this one
 * record, which search reads too, and which the next large write (an import batch, a delete, a save
 * that replaces a text) or RECENT_BYTES of ids moves into the buckets.
 */
export const RECENT = -1;
export const RECENT_BYTES = 16_384;

/** FNV-1a over the UTF-16 units, into BUCKETS. */
export function bucketOf(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

export function isBucket(x: unknown): x is PostingBucket {
  const p = x as PostingBucket | null;
  return (
    !!p &&
    typeof p.bucket === 'number' &&
    typeof p.grams === 'string' &&
    p.start instanceof Uint32Array &&
    p.last instanceof Uint32Array &&
    p.data instanceof Uint8Array &&
    p.start.length === p.last.length + 1
  );
}

/** Bytes of `ids` (sorted, distinct) as varint deltas from `after`. */
function encodeDeltas(ids: readonly number[], after: number): number[] {
  const out: number[] = [];
  let prev = after;
  for (const id of ids) {
    let d = id - prev;
    prev = id;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d = Math.floor(d / 0x80);
    }
    out.push(d);
  }
  return out;
}

export function decodeIds(bytes: Uint8Array): number[] {
  const ids: number[] = [];
  let prev = 0;
  for (let i = 0; i < bytes.length; ) {
    let d = 0;
    let scale = 1;
    let b: number;
    do {
      b = bytes[i++]!;
      d += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    prev += d;
    ids.push(prev);
  }
  return ids;
}

/** One bigram's postings while a bucket is edited. */
interface Entry {
  data: Uint8Array;
  last: number;
}

function entries(b: PostingBucket | undefined): Map<string, Entry> {
  const out = new Map<string, Entry>();
  if (!b) return out;
  b.grams.split('\n').forEach((g, i) => {
    out.set(g, { data: b.data.subarray(b.start[i]!, b.start[i + 1]!), last: b.last[i]! });
  });
  return out;
}

function pack(bucket: number, map: Map<string, Entry>): PostingBucket | null {
  if (!map.size) return null;
  const start = new Uint32Array(map.size + 1);
  const last = new Uint32Array(map.size);
  let size = 0;
  let i = 0;
  for (const e of map.values()) {
    start[i] = size;
    last[i++] = e.last;
    size += e.data.length;
  }
  start[i] = size;
  const data = new Uint8Array(size);
  i = 0;
  for (const e of map.values()) data.set(e.data, start[i++]!);
  return { bucket, grams: [...map.keys()].join('\n'), start, last, data };
}

/** Every bigram of a bucket with its ids. */
export function allIds(b: PostingBucket | undefined): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [g, e] of entries(b)) out.set(g, decodeIds(e.data));
  return out;
}

/** The ids of the articles holding `gram`, ascending (none if the bucket does not list it). */
export function idsOf(b: PostingBucket | undefined, gram: string): number[] {
  if (!b) return [];
  const i = b.grams.split('\n').indexOf(gram);
  return i < 0 ? [] : decodeIds(b.data.subarray(b.start[i]!, b.start[i + 1]!));
}

/**
 * The bucket with, for each bigram, `add` ids put in and `remove` ids taken out (`add` lists
 * sorted); null when nothing is left. Ids larger than every stored one, the usual case, are
 * appended to the bytes without decoding them.
 */
export function updateBucket(
  bucket: number,
  old: PostingBucket | undefined,
  add: ReadonlyMap<string, readonly number[]>,
  remove: ReadonlyMap<string, ReadonlySet<number>>,
): PostingBucket | null {
  const map = entries(old);
  for (const gram of new Set([...add.keys(), ...remove.keys()])) {
    const adds = add.get(gram) ?? [];
    const removes = remove.get(gram) ?? new Set<number>();
    const have = map.get(gram);
    if (have && !removes.size && (adds[0] ?? Number.POSITIVE_INFINITY) > have.last) {
      const extra = encodeDeltas(adds, have.last);
      const data = new Uint8Array(have.data.length + extra.length);
      data.set(have.data);
      data.set(extra, have.data.length);
      map.set(gram, { data, last: adds.at(-1) ?? have.last });
      continue;
    }
    const ids = new Set(have ? decodeIds(have.data) : []);
    for (const id of adds) ids.add(id);
    for (const id of removes) ids.delete(id);
    if (!ids.size) {
      map.delete(gram);
      continue;
    }
    const sorted = [...ids].sort((a, b) => a - b);
    map.set(gram, { data: Uint8Array.from(encodeDeltas(sorted, 0)), last: sorted.at(-1)! });
  }
  return pack(bucket, map);
}

/** The ids in every list (each sorted): the shortest first, so the others are only probed. */
export function intersect(lists: number[][]): number[] {
  if (!lists.length) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((l) => new Set(l));
  return first!.filter((id) => sets.every((s) => s.has(id)));
}
