/** Small helpers over word lists from assets/. */

/** The words as a regular-expression alternation, longest first. */
export const alternation = (list: readonly string[]) =>
  [...list].sort((a, b) => b.length - a.length).join('|');

/**
 * Whether `text` ends at `at` with one of `words`: a set lookup per word length, so the cost does not
 * grow with the number of words.
 */
export function endsWithAny(words: readonly string[]): (text: string, at: number) => boolean {
  const set = new Set(words);
  const lengths = [...new Set(words.map((w) => w.length))];
  return (text, at) => lengths.some((n) => n <= at && set.has(text.slice(at - n, at)));
}

/** Whether one of `words` starts at `at` of `text`, looked up by first character. */
export function startsWithAny(words: readonly string[]): (text: string, at: number) => string | null {
  const byFirst = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w]);
  }
  return (text, at) => byFirst.get(text[at] ?? '')?.find((w) => text.startsWith(w, at)) ?? null;
}

/**
 * Whether a name may begin or end at `at`: not between two characters the NER training text almost
 * never splits (部|署, 社|区; assets/ner-learned.json `joinedPairs`).
 */
export function edgeMayBe(joined: ReadonlySet<string>, text: string, at: number): boolean {
  return at <= 0 || at >= text.length || !joined.has(text.slice(at - 1, at + 1));
}

/** The pairs of a string of two-character pairs. */
export function pairsOf(joined: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < joined.length; i += 2) out.add(joined.slice(i, i + 2));
  return out;
}

/**
 * Whether a stop word (`stopBefore`: 了, 在, 出 …) ends anywhere in (from, to] of `text`: the stretch is
 * part of a clause, not of a name ("首先请出", "电话采访了").
 */
export function clauseIn(
  stopBefore: (text: string, at: number) => boolean,
  text: string,
  from: number,
  to: number,
): boolean {
  for (let k = from + 1; k <= to; k++) if (stopBefore(text, k)) return true;
  return false;
}
