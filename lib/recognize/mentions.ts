import { Automaton } from '../text/automaton';
import type { EntityKind } from './index';

/** Persons are no highlighted kind, but their names keep places and organisations out of them. */
export type MentionKind = EntityKind | 'person';

export interface MentionSpan {
  kind: MentionKind;
  key: string;
  start: number;
  end: number;
}

/**
 * Every mention of every found name in one pass (an Aho–Corasick automaton over all of them): the
 * longest name wins where mentions overlap (市委组织部 over 市委, 北京市 over 北京), then the earlier
 * group; a mention never overlaps one already taken. Linear in the text plus the mentions.
 */
export function mentionSpans(
  text: string,
  groups: ReadonlyArray<{
    kind: MentionKind;
    keys: readonly string[];
    /** Other printed forms of a key (长宁 for 长宁区): their mentions count for the key. */
    aliases?: ReadonlyMap<string, string>;
    /** Mentions known by position, not by string (美 where the tagger read it, not in 美丽). */
    at?: ReadonlyArray<{ key: string; start: number; end: number }>;
  }>,
  taken: ReadonlyArray<{ start: number; end: number }> = [],
): MentionSpan[] {
  const words: string[] = [];
  const keyOf: string[] = [];
  const kindOf: MentionKind[] = [];
  const rank: number[] = [];
  const seen = new Set<string>();
  groups.forEach((g, gi) => {
    const forms: Array<[string, string]> = [
      ...g.keys.map((k): [string, string] => [k, k]),
      ...(g.aliases ?? []),
    ];
    for (const [form, key] of forms) {
      if (!form || seen.has(form)) continue;
      seen.add(form);
      words.push(form);
      keyOf.push(key);
      kindOf.push(g.kind);
      rank.push(gi);
    }
  });
  const all: Array<{ word: number; start: number; end: number }> = [...new Automaton(words).matches(text)];
  groups.forEach((g, gi) => {
    for (const m of g.at ?? []) {
      all.push({ word: keyOf.length, start: m.start, end: m.end });
      keyOf.push(m.key);
      kindOf.push(g.kind);
      rank.push(gi);
    }
  });
  all.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || rank[a.word]! - rank[b.word]! || a.start - b.start,
  );
  const used = new Uint8Array(text.length);
  for (const t of taken) used.fill(1, t.start, t.end);
  const spans: MentionSpan[] = [];
  for (const m of all) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !used[i];
    if (!free) continue;
    used.fill(1, m.start, m.end);
    spans.push({ kind: kindOf[m.word]!, key: keyOf[m.word]!, start: m.start, end: m.end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The found items of one kind that the text mentions, in first-mention order, each with its count of
 * spans: what the card lists is exactly what the page highlights.
 */
export function countMentioned<T extends { name: string }>(
  items: readonly T[],
  kind: MentionKind,
  spans: ReadonlyArray<{ kind: string; key: string; start: number }>,
): Array<T & { mentions: number }> {
  const n = new Map<string, { mentions: number; first: number }>();
  for (const s of spans) {
    if (s.kind !== kind) continue;
    const p = n.get(s.key) ?? { mentions: 0, first: s.start };
    p.mentions++;
    n.set(s.key, p);
  }
  return items
    .filter((it) => n.has(it.name))
    .sort((a, b) => n.get(a.name)!.first - n.get(b.name)!.first)
    .map((it) => ({ ...it, mentions: n.get(it.name)!.mentions }));
}
