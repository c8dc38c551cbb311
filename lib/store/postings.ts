/**
 * The search index's records: one per bigram, holding the sorted ids of the articles that contain
 * it, packed as delta varints (ids are given in save order, so most deltas take one byte). A batch
 * of articles is written as one read and one write per distinct bigram of the batch, where a
 * multi-entry index wrote one entry per bigram per article (~700 an article).
 */
export interface Posting {
  /** The bigram (primary key). */
  gram: string;
  /** How many ids `data` holds. */
  n: number;
  /** The largest id: a new article's id is larger, so it is appended without decoding. */
  last: number;
  data: Uint8Array;
}

export function isPosting(x: unknown): x is Posting {
  const p = x as Posting | null;
  return (
    !!p &&
    typeof p.gram === 'string' &&
    typeof p.n === 'number' &&
    typeof p.last === 'number' &&
    p.data instanceof Uint8Array
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

export function decodeIds(p: Posting): number[] {
  const ids: number[] = new Array(p.n);
  let prev = 0;
  let k = 0;
  for (let i = 0; i < p.data.length; ) {
    let d = 0;
    let scale = 1;
    let b: number;
    do {
      b = p.data[i++]!;
      d += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    prev += d;
    ids[k++] = prev;
  }
  ids.length = k;
  return ids;
}

export function encodePosting(gram: string, ids: readonly number[]): Posting {
  return { gram, n: ids.length, last: ids.at(-1) ?? 0, data: Uint8Array.from(encodeDeltas(ids, 0)) };
}

/**
 * The posting with `add` put in and `remove` taken out (both sorted, distinct); null when none is
 * left. Ids larger than every stored one, the usual case, are appended to the bytes as they are.
 */
export function updatePosting(
  gram: string,
  old: Posting | undefined,
  add: readonly number[],
  remove: ReadonlySet<number>,
): Posting | null {
  if (old && !remove.size && (add[0] ?? Infinity) > old.last) {
    const extra = encodeDeltas(add, old.last);
    const data = new Uint8Array(old.data.length + extra.length);
    data.set(old.data);
    data.set(extra, old.data.length);
    return { gram, n: old.n + add.length, last: add.at(-1) ?? old.last, data };
  }
  const merged = new Set(old ? decodeIds(old) : []);
  for (const id of add) merged.add(id);
  for (const id of remove) merged.delete(id);
  if (!merged.size) return null;
  return encodePosting(
    gram,
    [...merged].sort((a, b) => a - b),
  );
}

/** The ids in every list (each sorted): the shortest first, so the others are only probed. */
export function intersect(lists: number[][]): number[] {
  if (!lists.length) return [];
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  const sets = rest.map((l) => new Set(l));
  return first!.filter((id) => sets.every((s) => s.has(id)));
}
