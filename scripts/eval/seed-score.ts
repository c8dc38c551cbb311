/**
 * Scores one card against one seed gold annotation, field by field. A field the gold file does not
 * annotate scores null (shown '·', left out of means): the fixture copies annotate only some fields.
 */

import type { Card } from '../../lib/card';
import type { GoldEntity, SeedGold } from './inputs';
import { charF1, type GoldItem, type SetScore, setF1 } from './score';
import { squash, squashOrNull, stripQuotes } from './text';

export interface SeedScore {
  id: string;
  isArticle: boolean | null;
  title: boolean | null;
  date: boolean | null;
  source: boolean | null;
  authors: SetScore | null;
  /** Character-multiset F1, white space removed (see charF1). */
  body: number | null;
  officials: SetScore | null;
  officialTitles: SetScore | null;
  places: SetScore | null;
  policyPhrases: SetScore | null;
  persons: SetScore | null;
  /** Officials ∪ persons as names (who is a person at all, whatever list the card puts them in). */
  people: SetScore | null;
  organizations: SetScore | null;
  /** What the card said, kept so a saved --json run can be compared with a later one. */
  got: { title: string | null; date: string | null; source: string | null; authors: string[] };
}

/** Gold value or one of its alternatives; null in the gold means the card must say null too. */
function exact(gold: SeedGold, field: 'title' | 'date' | 'source', got: string | null): boolean | null {
  if (!(field in gold)) return null;
  const accepted = [gold[field] ?? null, ...(gold.alternatives?.[field] ?? [])].map(squashOrNull);
  return accepted.includes(squashOrNull(got));
}

const nameKey = (s: string) => squash(s);
const phraseKey = (s: string) => stripQuotes(squash(s));
const pairKey = (s: string) => s; // built from squashed parts below

function entityItems(list: GoldEntity[], label: (e: GoldEntity) => string): GoldItem[] {
  return list.map((e) => ({ accept: [label(e), ...(e.aliases ?? [])], optional: e.optional === true }));
}

const pair = (name: string, title: string) => `${squash(name)}：${squash(title)}`;

/**
 * (name, title) pairs; a title in optionalTitles is neither required nor wrong; any alias of the
 * name with any alias of the title names the pair.
 */
function titleItems(officials: GoldEntity[]): GoldItem[] {
  return officials.flatMap((o) =>
    (o.titles ?? []).map((t) => {
      const titles = [t, ...(o.titleAliases?.[t] ?? [])];
      return {
        accept: [o.name ?? '', ...(o.aliases ?? [])].flatMap((n) => titles.map((ti) => pair(n, ti))),
        optional: o.optional === true || (o.optionalTitles ?? []).includes(t),
      };
    }),
  );
}

/**
 * Officials and persons as one list of people, as the NER rule counts them: a name the gold gives in
 * both lists is one item, required when either list requires it (航天员: a person, optionally an official).
 */
function peopleItems(gold: SeedGold): GoldItem[] {
  const byName = new Map<string, GoldItem>();
  for (const e of [...(gold.officials ?? []), ...(gold.persons ?? [])]) {
    const key = nameKey(e.name ?? '');
    const prev = byName.get(key);
    const accept = [e.name ?? '', ...(e.aliases ?? [])];
    if (prev) {
      prev.accept.push(...accept.filter((a) => !prev.accept.includes(a)));
      prev.optional = prev.optional && e.optional === true;
    } else byName.set(key, { accept, optional: e.optional === true });
  }
  return [...byName.values()];
}

export function goldBody(gold: SeedGold): string | null {
  return gold.bodyText ?? gold.paragraphs?.join('\n') ?? null;
}

export function scoreSeed(id: string, gold: SeedGold, card: Card): SeedScore {
  const altAuthors = gold.alternatives?.authors ?? {};
  const body = goldBody(gold);
  return {
    id,
    isArticle: gold.isArticle === undefined ? null : gold.isArticle === card.isArticle,
    title: exact(gold, 'title', card.title),
    date: exact(gold, 'date', card.date),
    source: exact(gold, 'source', card.source),
    authors: gold.authors
      ? setF1(
          gold.authors.map((a) => ({ accept: [a, ...(altAuthors[a] ?? [])], optional: false })),
          card.authors,
          nameKey,
        )
      : null,
    body: body === null ? null : charF1(body, card.body.text),
    officials: gold.officials
      ? setF1(
          entityItems(gold.officials, (e) => e.name ?? ''),
          card.officials.map((o) => o.name),
          nameKey,
        )
      : null,
    officialTitles: gold.officials
      ? setF1(
          titleItems(gold.officials),
          card.officials.flatMap((o) => o.titles.map((t) => pair(o.name, t))),
          pairKey,
        )
      : null,
    places: gold.places
      ? setF1(
          entityItems(gold.places, (e) => e.name ?? ''),
          card.places.map((p) => p.name),
          nameKey,
        )
      : null,
    policyPhrases: gold.policyPhrases
      ? setF1(
          entityItems(gold.policyPhrases, (e) => e.text ?? ''),
          card.policyPhrases.map((p) => p.text),
          phraseKey,
        )
      : null,
    persons: gold.persons
      ? setF1(
          entityItems(gold.persons, (e) => e.name ?? ''),
          card.persons.map((p) => p.name),
          nameKey,
        )
      : null,
    people:
      gold.officials && gold.persons
        ? setF1(
            peopleItems(gold),
            [...card.officials.map((o) => o.name), ...card.persons.map((p) => p.name)],
            nameKey,
          )
        : null,
    organizations: gold.organizations
      ? setF1(
          entityItems(gold.organizations, (e) => e.name ?? ''),
          (card.organizations ?? []).map((o) => o.name),
          nameKey,
        )
      : null,
    got: { title: card.title, date: card.date, source: card.source, authors: card.authors },
  };
}
