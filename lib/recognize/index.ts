import type { Official, Organization, Person, Place, PolicyPhrase, Quote } from '../card';
import { keySentences } from '../summarize/key-sentences';
import { mentionSpans } from './mentions';
import { NameContext } from './names';
import { countOfficials, recognizeOfficials } from './officials';
import {
  countOrganizations,
  placeOfBodySpans,
  readOrganizations,
  startAtPlaces,
  trimBodyVerbs,
} from './organizations';
import { recognizePersons } from './persons';
import { countPlaces, hostSpans, placeMentions, readPlaces } from './places';
import { recognizePolicyPhrases } from './policy';
import { recognizeQuotes } from './quotes';
import { shapeTags } from './tag-shape';
import { tagEntities } from './tagger';
import { POSTS } from './titles';

export interface Recognized {
  officials: Official[];
  persons: Person[];
  places: Place[];
  organizations: Organization[];
  policyPhrases: PolicyPhrase[];
  quotes: Quote[];
  keySentences: string[];
  /**
   * Where each official, place, organisation and policy phrase is mentioned, in text order, not
   * overlapping but for a grassroots unit nested at the start of its building (凌云街道 in 凌云街道社区
   * 事务受理服务中心) and a country nested at the start of its own body (美国 in 美国政府), after the
   * building or body.
   */
  spans: EntitySpan[];
}

export type EntityKind = 'official' | 'place' | 'organization' | 'policy';

/** A mention in the normalized text: [start, end) and what it mentions. */
export interface EntitySpan {
  kind: EntityKind;
  /** The official's name, the place's or organisation's name or the phrase's text as on the card. */
  key: string;
  start: number;
  end: number;
}

const POST_SET: ReadonlySet<string> = new Set(POSTS);

/** Everything a reader of government news looks for, from the normalized article text. */
export function recognize(text: string, authors: readonly string[]): Recognized {
  // The tagger finds persons, places and organisations by their context; the rules read titles,
  // gazetteers and suffixes around and over them.
  const tagged = shapeTags(text, tagEntities(text));
  const tags = [
    ...tagged.filter((t) => t.type !== 'ORG'),
    ...trimBodyVerbs(
      text,
      tagged.filter((t) => t.type === 'ORG'),
    ),
  ];
  const ctx = new NameContext(
    text,
    tags.filter((t) => t.type === 'PER'),
  );
  // Officials' mentions are counted below with every other kind's, in one pass.
  const found = recognizeOfficials(text, [], ctx, tags, false);
  // A name read inside an official's title is part of a body's name there (区民宗|办主任).
  const titles = found.flatMap((o) => o.titles);
  const persons = recognizePersons(text, new Set([...found.map((o) => o.name), ...authors]), ctx).filter(
    (p) => p.name.length < 2 || !titles.some((t) => t.includes(p.name)),
  );
  // A transliterated name after a post that the tagger read as a place (外长哈洛宁, 总理科尔) is a person.
  const officialNames = new Set(found.map((o) => o.name));
  const personNotPlace = (t: { start: number; end: number }) => {
    const s = text.slice(t.start, t.end);
    for (let k = 0; k < s.length - 1; k++)
      if ((k === 0 || POST_SET.has(s.slice(0, k))) && officialNames.has(s.slice(k))) return true;
    return false;
  };
  const placeReading = readPlaces(
    text,
    tags.filter((t) => t.type === 'LOC' && !personNotPlace(t)),
    tags.filter((t) => t.type === 'ORG'),
  );
  const placeGroup = placeMentions(placeReading);
  const placeSpans = mentionSpans(text, [placeGroup]);
  const orgs = readOrganizations(
    text,
    placeSpans,
    found.flatMap((o) => o.titles),
    POSTS,
    startAtPlaces(
      tags.filter((t) => t.type === 'ORG'),
      placeSpans,
    ),
    tags.filter((t) => t.type === 'LOC'),
    tags.filter((t) => t.type === 'PER'),
  );
  // Glossary phrases first, outside building names (社区事务受理服务中心 in one is no phrase): a place
  // inside a phrase (中国 in 习近平新时代中国特色社会主义思想) is not mentioned there.
  const buildings = new Set(
    placeReading.places.filter((p) => p.kind === 'building' || p.kind === 'venue').map((p) => p.name),
  );
  const buildingSpans = placeSpans.filter((p) => buildings.has(p.key));
  const { phrases, matches } = recognizePolicyPhrases(text, buildingSpans);
  // One pass over every name: the longest mention wins (市委组织部 over 市委, 长宁区图书馆 over 长宁区);
  // persons take their names from places (闻金华 is no mention of 金华).
  const named = mentionSpans(
    text,
    [
      { kind: 'official', keys: found.map((o) => o.name) },
      { kind: 'person', keys: persons.map((p) => p.name) },
      placeGroup,
      { kind: 'organization', keys: orgs.map((o) => o.name) },
    ],
    matches,
  );
  const spans: EntitySpan[] = [];
  for (const s of named) if (s.kind !== 'person') spans.push({ ...s, kind: s.kind });
  // A grassroots unit named in its building's name is mentioned there too, nested in that span.
  spans.push(...hostSpans(text, spans, placeReading.hosts));
  // A country's or city's own body (美国政府) mentions the place too, nested in that span.
  spans.push(...placeOfBodySpans(spans, new Set(placeReading.places.map((p) => p.name))));
  const officials = countOfficials(found, spans);
  const places = countPlaces(placeReading.places, spans);
  const organizations = countOrganizations(orgs, spans);
  for (const m of matches) spans.push({ kind: 'policy', key: m.text, start: m.start, end: m.end });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // A surname alone (汤 of 汤局长) is no speaker to look for: the character stands in other words.
  const speakers = [...officials.map((o) => o.name), ...persons.map((p) => p.name)].filter(
    (n) => n.length > 1,
  );
  const entities = [
    ...officials.map((o) => o.name),
    ...places.map((p) => p.name),
    ...phrases.map((p) => p.text),
  ];
  return {
    officials,
    persons,
    places,
    organizations,
    policyPhrases: phrases,
    quotes: recognizeQuotes(text, speakers),
    keySentences: keySentences(text, entities),
    spans,
  };
}
