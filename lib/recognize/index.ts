import type { Official, Organization, Person, Place, PolicyPhrase, Quote } from '../card';
import { keySentences } from '../summarize/key-sentences';
import { occurrences } from './clauses';
import { recognizeOfficials } from './officials';
import { recognizePersons } from './persons';
import { recognizePlaces } from './places';
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
  /** Where each official, place and policy phrase is mentioned, in text order, not overlapping. */
  spans: EntitySpan[];
}

export type EntityKind = 'official' | 'place' | 'organization' | 'policy';

/** A mention in the normalized text: [start, end) and what it mentions. */
export interface EntitySpan {
  kind: EntityKind;
  /** The official's name, the place's name or the phrase's text as on the card. */
  key: string;
  start: number;
  end: number;
}

/** Mentions of every name, longest first, where no earlier mention stands. */
function mentionSpans(
  text: string,
  groups: Array<{ kind: EntityKind; keys: string[] }>,
  taken: EntitySpan[],
) {
  for (const { kind, keys } of groups) {
    for (const key of [...keys].sort((a, b) => b.length - a.length)) {
      for (const i of occurrences(text, key)) {
        const end = i + key.length;
        if (!taken.some((t) => t.start < end && t.end > i)) taken.push({ kind, key, start: i, end });
      }
    }
  }
  return taken;
}

function spansOf(text: string, words: readonly string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const w of words) for (const i of occurrences(text, w)) spans.push({ start: i, end: i + w.length });
  return spans;
}

/** Everything a reader of government news looks for, from the normalized article text. */
export function recognize(text: string, authors: readonly string[]): Recognized {
  const officials = recognizeOfficials(text);
  const persons = recognizePersons(text, new Set([...officials.map((o) => o.name), ...authors]));
  const places = recognizePlaces(text);
  // Building names are places: 社区事务受理服务中心 inside one is not a policy phrase.
  const buildings = places.filter((p) => p.kind === 'building' || p.kind === 'venue').map((p) => p.name);
  const { phrases, matches } = recognizePolicyPhrases(text, spansOf(text, buildings));
  const quotes = recognizeQuotes(text, [...officials.map((o) => o.name), ...persons.map((p) => p.name)]);
  const entities = [
    ...officials.map((o) => o.name),
    ...places.map((p) => p.name),
    ...phrases.map((p) => p.text),
  ];
  const spans = mentionSpans(
    text,
    [
      { kind: 'official', keys: officials.map((o) => o.name) },
      { kind: 'place', keys: places.map((p) => p.name) },
    ],
    [],
  );
  for (const m of matches) {
    if (!spans.some((t) => t.start < m.end && t.end > m.start))
      spans.push({ kind: 'policy', key: m.text, ...m });
  }
  spans.sort((a, b) => a.start - b.start);
  return {
    officials,
    persons,
    places,
    // Filled by the organisation recognizer (issue 12, in progress on its own branch).
    organizations: [],
    policyPhrases: phrases,
    quotes,
    keySentences: keySentences(text, entities),
    spans,
  };
}
