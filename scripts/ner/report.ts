/**
 * Tagger-alone figures on held-out sentences, scored as the held-out check scores (score.ts), per
 * corpus and entity kind, in the corpus's own label names.
 */

import type { Sentence } from './corpus';
import { SetScore } from './score';

export type Tagged = Array<{ start: number; end: number; type: string }>;

/** Which gold labels and which tagger types each scored kind compares, per corpus. */
export const KINDS: Record<'pd' | 'cluener', Array<{ kind: string; gold: string[]; predicted: string[] }>> = {
  pd: [
    { kind: 'PER', gold: ['PER'], predicted: ['PER'] },
    { kind: 'LOC', gold: ['LOC'], predicted: ['LOC'] },
    { kind: 'ORG', gold: ['ORG'], predicted: ['ORG', 'GOV', 'COM'] },
  ],
  cluener: [
    { kind: 'name', gold: ['name'], predicted: ['PER'] },
    { kind: 'address', gold: ['address'], predicted: ['LOC'] },
    { kind: 'government', gold: ['government'], predicted: ['GOV'] },
    { kind: 'gov+organization', gold: ['government', 'organization'], predicted: ['GOV', 'ORG'] },
  ],
};

export function scoreTagged(sentences: Sentence[], tag: (s: Sentence) => Tagged): Map<string, SetScore> {
  const scores = new Map<string, SetScore>();
  for (const s of sentences) {
    const found = tag(s);
    for (const { kind, gold, predicted } of KINDS[s.corpus]) {
      const key = `${s.corpus} ${kind}`;
      if (!scores.has(key)) scores.set(key, new SetScore());
      scores.get(key)!.add(
        s.spans.filter((x) => gold.includes(x.label)).map((x) => s.text.slice(x.start, x.end)),
        found.filter((x) => predicted.includes(x.type)).map((x) => s.text.slice(x.start, x.end)),
      );
    }
  }
  return scores;
}

export function heldOutTable(sentences: Sentence[], tag: (s: Sentence) => Tagged): string {
  if (!sentences.length) return '  none: every sentence was learned (--split measures a held-out part)';
  const scores = scoreTagged(sentences, tag);
  return [...scores].map(([k, s]) => `  ${k.padEnd(28)} P/R/F1 ${s}`).join('\n');
}
