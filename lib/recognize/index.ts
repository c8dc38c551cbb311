import type { Official, Person, Place, PolicyPhrase, Quote } from '../card';
import { keySentences } from '../summarize/key-sentences';
import { recognizeOfficials } from './officials';
import { recognizePersons } from './persons';
import { recognizePlaces } from './places';
import { recognizePolicyPhrases } from './policy';
import { recognizeQuotes } from './quotes';

export interface Recognized {
  officials: Official[];
  persons: Person[];
  places: Place[];
  policyPhrases: PolicyPhrase[];
  quotes: Quote[];
  keySentences: string[];
}

function spansOf(text: string, words: readonly string[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const w of words)
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length))
      spans.push({ start: i, end: i + w.length });
  return spans;
}

/** Everything a reader of government news looks for, from the normalized article text. */
export function recognize(text: string, authors: readonly string[]): Recognized {
  const officials = recognizeOfficials(text);
  const persons = recognizePersons(text, new Set([...officials.map((o) => o.name), ...authors]));
  const places = recognizePlaces(text);
  // Building names are places: 社区事务受理服务中心 inside one is not a policy phrase.
  const buildings = places.filter((p) => p.kind === 'building' || p.kind === 'venue').map((p) => p.name);
  const { phrases } = recognizePolicyPhrases(text, spansOf(text, buildings));
  const quotes = recognizeQuotes(text, [...officials.map((o) => o.name), ...persons.map((p) => p.name)]);
  const entities = [
    ...officials.map((o) => o.name),
    ...places.map((p) => p.name),
    ...phrases.map((p) => p.text),
  ];
  return {
    officials,
    persons,
    places,
    policyPhrases: phrases,
    quotes,
    keySentences: keySentences(text, entities),
  };
}
