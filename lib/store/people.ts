import type { Card, PlaceKind } from '../card';
import { articleDay, type TitleRun, titleTimeline } from './timeline';

/**
 * Who is who across the library: the officials named in saved articles grouped into people. A name
 * is a person unless the articles show two: one name holding posts in different places (a 区长 of
 * one district and a 区长 of another). The reader's decisions (split, merge) are kept in the
 * `identities` table and override the guess. Pure: the library reads the cards and hands them here.
 */

/** An official's name in one saved article, with what the article prints about them. */
export interface OfficialMention {
  name: string;
  url: string;
  /** The article's title and date, for the list. */
  articleTitle: string | null;
  date: string | null;
  savedAt: number;
  /** The article's date, else the day it was saved (YYYY-MM-DD): what the order is by. */
  day: string;
  titles: string[];
  mentions: number;
  /** Places of the level the titles govern (a 区长's districts), named in the article. */
  areas: string[];
}

/** One mention of a name in one article, as a decision refers to it. */
export interface MentionRef {
  name: string;
  url: string;
}

/**
 * The reader's decisions, stored in `identities` by key. `split`: the mentions of `name` in these
 * articles are another person than its other mentions. `merge`: the people of these two mentions
 * are one (two people of one name guessed apart, or two forms of a name).
 */
export type IdentityDecision =
  | { key: string; kind: 'split'; name: string; urls: string[]; at: number }
  | { key: string; kind: 'merge'; a: MentionRef; b: MentionRef; at: number };

export function splitDecision(name: string, urls: readonly string[], at = Date.now()): IdentityDecision {
  const sorted = [...new Set(urls)].sort();
  return { key: `split:${name}:${sorted.join(' ')}`, kind: 'split', name, urls: sorted, at };
}

export function mergeDecision(a: MentionRef, b: MentionRef, at = Date.now()): IdentityDecision {
  const [x, y] = [a, b].sort((p, q) => `${p.name}@${p.url}`.localeCompare(`${q.name}@${q.url}`)) as [
    MentionRef,
    MentionRef,
  ];
  return { key: `merge:${x.name}@${x.url}+${y.name}@${y.url}`, kind: 'merge', a: x, b: y, at };
}

const isRef = (x: unknown): x is MentionRef =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as MentionRef).name === 'string' &&
  typeof (x as MentionRef).url === 'string';

/** A stored decision as this version reads it; anything else (damaged, from a newer version) is null. */
export function readDecision(x: unknown): IdentityDecision | null {
  if (typeof x !== 'object' || x === null) return null;
  const d = x as Record<string, unknown>;
  if (typeof d.key !== 'string' || typeof d.at !== 'number') return null;
  if (d.kind === 'split' && typeof d.name === 'string' && Array.isArray(d.urls))
    return d.urls.every((u) => typeof u === 'string') ? (d as unknown as IdentityDecision) : null;
  if (d.kind === 'merge' && isRef(d.a) && isRef(d.b)) return d as unknown as IdentityDecision;
  return null;
}

/** The names joined to `name` by merge decisions, `name` included: whose mentions a page must read. */
export function mergedNames(name: string, decisions: readonly IdentityDecision[]): Set<string> {
  const names = new Set([name]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const d of decisions)
      if (d.kind === 'merge' && names.has(d.a.name) !== names.has(d.b.name)) {
        names.add(d.a.name);
        names.add(d.b.name);
        grew = true;
      }
  }
  return names;
}

/**
 * The level of place a post governs, from the administrative unit its title names (general
 * knowledge of Chinese titles: 区长/区委书记 a district, 市长 a city, 镇长 a town, 街道党工委书记 a
 * subdistrict; a county (县) is kept with districts as the gazetteer does). The most local wins:
 * 市委常委、区委书记 governs a district.
 */
const LEVELS: ReadonlyArray<[string, PlaceKind]> = [
  ['街道', 'subdistrict'],
  ['镇', 'town'],
  ['乡', 'town'],
  ['区', 'district'],
  ['县', 'district'],
  ['市', 'city'],
];

export function governedKind(titles: readonly string[]): PlaceKind | null {
  for (const [unit, kind] of LEVELS) if (titles.some((t) => t.includes(unit))) return kind;
  return null;
}

/** Every official of a saved card, as mentions. */
export function mentionsOf(card: Card, url: string, savedAt: number): OfficialMention[] {
  return card.officials.map((o) => {
    const kind = governedKind(o.titles);
    return {
      name: o.name,
      url,
      articleTitle: card.title,
      date: card.date,
      savedAt,
      day: articleDay(card.date, savedAt),
      titles: [...o.titles],
      mentions: o.mentions,
      areas: kind ? [...new Set(card.places.filter((p) => p.kind === kind).map((p) => p.name))] : [],
    };
  });
}

/** One person as the library sees them: the names they go by and every article naming them. */
export interface PersonGroup {
  /** Stable within one reading: the first name and the earliest article. */
  id: string;
  /** Names, the most mentioned first (then the earliest). */
  names: string[];
  /** Date order (article date, else saved date). */
  mentions: OfficialMention[];
  timeline: TitleRun[];
}

class Sets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * Groups mentions into people. Within a name (and the side of each reader's split): mentions that
 * name the places their post governs are one person where those places overlap; a mention naming
 * none joins the person it shares a title with, else the one most mentioned, since nothing in it
 * says it is another. Then the reader's merges join people, across names too.
 */
export function groupPeople(
  all: readonly OfficialMention[],
  decisions: readonly IdentityDecision[],
): PersonGroup[] {
  const mentions = [...all].sort((a, b) => a.day.localeCompare(b.day) || a.url.localeCompare(b.url));
  const sets = new Sets(mentions.length);
  // The side of each mention: the latest split naming its article, or none.
  const splits = decisions
    .filter((d): d is Extract<IdentityDecision, { kind: 'split' }> => d.kind === 'split')
    .sort((a, b) => a.at - b.at);
  const side = mentions.map((m) => {
    let s = '';
    for (const d of splits) if (d.name === m.name && d.urls.includes(m.url)) s = d.key;
    return s;
  });
  const bySide = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = `${m.name}\u0000${side[i]}`;
    const list = bySide.get(k) ?? [];
    list.push(i);
    bySide.set(k, list);
  });
  for (const members of bySide.values()) {
    const placed = members.filter((i) => mentions[i]!.areas.length > 0);
    // Joined through the first mention naming each place: linear in the mentions.
    const firstAt = new Map<string, number>();
    for (const i of placed)
      for (const area of mentions[i]!.areas) {
        const j = firstAt.get(area);
        if (j === undefined) firstAt.set(area, i);
        else sets.union(j, i);
      }
    const unplaced = members.filter((i) => mentions[i]!.areas.length === 0);
    if (placed.length === 0) {
      for (const i of unplaced) sets.union(unplaced[0]!, i);
      continue;
    }
    const size = new Map<number, number>();
    for (const i of placed) size.set(sets.find(i), (size.get(sets.find(i)) ?? 0) + mentions[i]!.mentions);
    const largest = [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    for (const i of unplaced) {
      const titled = placed.find((j) => shares(mentions[i]!.titles, mentions[j]!.titles));
      sets.union(titled ?? largest, i);
    }
  }
  const at = new Map(mentions.map((m, i) => [`${m.name}\u0000${m.url}`, i]));
  for (const d of decisions) {
    if (d.kind !== 'merge') continue;
    const [a, b] = [at.get(`${d.a.name}\u0000${d.a.url}`), at.get(`${d.b.name}\u0000${d.b.url}`)];
    if (a !== undefined && b !== undefined) sets.union(a, b);
  }
  const groups = new Map<number, OfficialMention[]>();
  mentions.forEach((m, i) => {
    const root = sets.find(i);
    const list = groups.get(root) ?? [];
    list.push(m);
    groups.set(root, list);
  });
  return [...groups.values()].map((ms) => {
    const counts = new Map<string, number>();
    for (const m of ms) counts.set(m.name, (counts.get(m.name) ?? 0) + m.mentions);
    // Ties go to the name printed first (the map holds names in date order; the sort is stable).
    const names = [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    return {
      id: `${names[0]}@${ms[0]!.url}`,
      names,
      mentions: ms,
      timeline: titleTimeline(ms),
    };
  });
}
