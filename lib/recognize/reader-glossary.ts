import type { PolicyPhrase } from '../card';
import type { EntitySpan } from './index';

/** A term of the reader's own glossary (options page) and what it means to them. */
export interface ReaderTerm {
  term: string;
  explanation: string;
}

/**
 * The reader's own terms, read as policy phrases: every mention not inside one already recognised,
 * longest term first, so the reader's word adds to what the engine found and never cuts through it.
 * A term the curated glossary also has keeps the curated explanation.
 */
export function readReaderTerms(
  text: string,
  terms: readonly ReaderTerm[],
  found: { phrases: PolicyPhrase[]; spans: EntitySpan[] },
): { phrases: PolicyPhrase[]; spans: EntitySpan[] } {
  const usable = terms
    .map((t) => ({ term: t.term.trim(), explanation: t.explanation.trim() }))
    .filter((t) => t.term.length > 0)
    .sort((a, b) => b.term.length - a.term.length);
  if (!usable.length) return found;
  const taken = new Uint8Array(text.length);
  for (const s of found.spans) taken.fill(1, s.start, s.end);
  const phrases = [...found.phrases];
  const spans = [...found.spans];
  for (const { term, explanation } of usable) {
    let mentions = 0;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
      if (taken.subarray(at, at + term.length).includes(1)) continue;
      taken.fill(1, at, at + term.length);
      spans.push({ kind: 'policy', key: term, start: at, end: at + term.length });
      mentions++;
    }
    if (!mentions) continue;
    const known = phrases.find((p) => p.text === term);
    if (known) known.mentions += mentions;
    else phrases.push({ text: term, mentions, ...(explanation ? { explanation } : {}) });
  }
  spans.sort((a, b) => a.start - b.start);
  return { phrases, spans };
}
