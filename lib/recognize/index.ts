import type { Official, Organization, Person, Place, PolicyPhrase, Quote } from '../card';
import { keySentences } from '../summarize/key-sentences';
import { mentionSpans } from './mentions';
import { POSTS, recognizeOfficials } from './officials';
import { countOrganizations, readOrganizations } from './organizations';
import { recognizePersons } from './persons';
import { countPlaces, readPlaces } from './places';
import { recognizePolicyPhrases } from './policy';
import { recognizeQuotes } from './quotes';

export interface Recognized {
  officials: Official[];
  persons: Person[];
  places: Place[];
  organizations: Organization[];
  policyPhrases: PolicyPhrase[];
  quotes: Quote[];
  keySentences: string[];
  /** Where each official, place, organisation and policy phrase is mentioned, in text order, not overlapping. */
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

/** Everything a reader of government news looks for, from the normalized article text. */
export function recognize(text: string, authors: readonly string[]): Recognized {
  const officials = recognizeOfficials(text);
  const persons = recognizePersons(text, new Set([...officials.map((o) => o.name), ...authors]));
  const placeReading = readPlaces(text);
  const placeSpans = mentionSpans(text, [
    { kind: 'place', keys: placeReading.places.map((p) => p.name), aliases: placeReading.aliases },
  ]);
  const orgs = readOrganizations(
    text,
    placeSpans,
    officials.flatMap((o) => o.titles),
    POSTS,
  );
  // One pass over every name: the longest mention wins (市委组织部 over 市委, 长宁区图书馆 over 长宁区).
  const spans = mentionSpans(text, [
    { kind: 'official', keys: officials.map((o) => o.name) },
    { kind: 'organization', keys: orgs.map((o) => o.name) },
    { kind: 'place', keys: placeReading.places.map((p) => p.name), aliases: placeReading.aliases },
  ]);
  const places = countPlaces(placeReading.places, spans);
  const organizations = countOrganizations(orgs, spans);
  // Building names are places: 社区事务受理服务中心 inside one is not a policy phrase.
  const { phrases, matches } = recognizePolicyPhrases(
    text,
    spans.filter((s) => s.kind === 'place'),
  );
  const used = new Uint8Array(text.length);
  for (const s of spans) used.fill(1, s.start, s.end);
  for (const m of matches) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) free = !used[i];
    if (free) spans.push({ kind: 'policy', key: m.text, start: m.start, end: m.end });
  }
  spans.sort((a, b) => a.start - b.start);
  const speakers = [...officials.map((o) => o.name), ...persons.map((p) => p.name)];
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
