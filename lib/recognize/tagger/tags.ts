/**
 * The tagger's label set: O plus B(egin), I(nside), E(nd), S(ingle) of each entity type, and which
 * label may follow which so every decoded sequence spells whole entities.
 */

/** Entity types the model tells apart; GOV and COM are organisations of a known kind. */
export const TYPES = ['PER', 'LOC', 'ORG', 'GOV', 'COM'] as const;
export type TagType = (typeof TYPES)[number];

export const TAG_COUNT = 1 + 4 * TYPES.length;
export const B = 0;
export const I = 1;
export const E = 2;
export const S = 3;

/** The label of part `part` (B, I, E or S) of type index `type`; label 0 is O. */
export const tagOf = (type: number, part: number) => 1 + 4 * type + part;
export const typeOf = (tag: number) => (tag - 1) >> 2;
export const partOf = (tag: number) => (tag - 1) & 3;

/** Whether an entity is open after this label (B or I), so only I or E of its type may follow. */
const open = (tag: number) => tag !== 0 && (partOf(tag) === B || partOf(tag) === I);

export function allowed(prev: number, cur: number): boolean {
  if (open(prev))
    return cur !== 0 && typeOf(cur) === typeOf(prev) && (partOf(cur) === I || partOf(cur) === E);
  return cur === 0 || partOf(cur) === B || partOf(cur) === S;
}

export const allowedFirst = (tag: number) => tag === 0 || partOf(tag) === B || partOf(tag) === S;
export const allowedLast = (tag: number) => !open(tag);

/** For each label, the labels that may precede it. */
export const PREDECESSORS: Int32Array[] = Array.from({ length: TAG_COUNT }, (_, cur) =>
  Int32Array.from(Array.from({ length: TAG_COUNT }, (_, p) => p).filter((prev) => allowed(prev, cur))),
);

/** Entity spans [start, end) of each type index in a decoded label sequence. */
export function spansOf(tags: ArrayLike<number>): Array<{ start: number; end: number; type: number }> {
  const spans: Array<{ start: number; end: number; type: number }> = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 0) continue;
    const part = partOf(t);
    if (part === S) spans.push({ start: i, end: i + 1, type: typeOf(t) });
    else if (part === B) start = i;
    else if (part === E && start >= 0) {
      spans.push({ start, end: i + 1, type: typeOf(t) });
      start = -1;
    }
  }
  return spans;
}
