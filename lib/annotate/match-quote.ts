import search from 'approx-string-match';
import type { TextQuoteSelector } from './selectors';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well the quote, its context and its place agree; 1 is the quote where it was. */
  score: number;
  /** The quote found with no edit. */
  exact: boolean;
}

/**
 * Weights of the agreement of the quote, the text before it, the text after it and its distance from
 * where it was: those of Hypothesis's match-quote (quote 50, prefix 20, suffix 20, position 2), so the
 * quote matters most, its context settles between copies, and the old place only breaks ties.
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHTS = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/**
 * A found quote is accepted from this score up. A quote found with half its characters wrong and
 * neither side of its context is 0.29; the same quote with either side of its context agreeing, or a
 * quote with a word edited and no context, passes.
 */
export const MIN_SCORE = 0.5;

/** Edits allowed in a quote: at most half of it (as Hypothesis), at most 256 so long quotes stay fast. */
const maxErrorsFor = (length: number) => Math.min(256, Math.floor(length / 2));

/** 0..1: how closely `part` is found in `text` (1 - edits / length); 1 when `part` is empty. */
function agreement(text: string, part: string): number {
  if (!part) return 1;
  if (!text) return 0;
  if (text.includes(part)) return 1;
  const found = search(text, part, maxErrorsFor(part.length));
  if (!found.length) return 0;
  let errors = part.length;
  for (const m of found) errors = Math.min(errors, m.errors);
  return 1 - errors / part.length;
}

function scored(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  m: { start: number; end: number; errors: number },
): QuoteMatch {
  const q = 1 - m.errors / quote.exact.length;
  // The context is looked for near the match, with room for what was edited in it.
  const room = Math.ceil(quote.prefix.length / 2);
  const before = text.slice(Math.max(0, m.start - quote.prefix.length - room), m.start);
  const after = text.slice(m.end, m.end + quote.suffix.length + Math.ceil(quote.suffix.length / 2));
  const p = agreement(before, quote.prefix);
  const s = agreement(after, quote.suffix);
  const near = hint === undefined ? 1 : 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
  const score = (WEIGHT.quote * q + WEIGHT.prefix * p + WEIGHT.suffix * s + WEIGHT.position * near) / WEIGHTS;
  return { start: m.start, end: m.end, score, exact: m.errors === 0 };
}

/** Every place the quote is printed exactly. */
function exactPlaces(text: string, exact: string): Array<{ start: number; end: number; errors: number }> {
  const out: Array<{ start: number; end: number; errors: number }> = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1))
    out.push({ start: at, end: at + exact.length, errors: 0 });
  return out;
}

/**
 * The best place for a quote in `text`: among its exact copies if there are any, else among
 * approximate matches (Myers' bit-parallel search, approx-string-match); each scored by the quote,
 * its context and its closeness to `hint` (where it was). Null when nothing scores MIN_SCORE.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint?: number): QuoteMatch | null {
  if (!quote.exact || !text) return null;
  let candidates = exactPlaces(text, quote.exact);
  if (!candidates.length) candidates = search(text, quote.exact, maxErrorsFor(quote.exact.length));
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    const m = scored(text, quote, hint, c);
    if (!best || m.score > best.score) best = m;
  }
  return best && best.score >= MIN_SCORE ? best : null;
}
