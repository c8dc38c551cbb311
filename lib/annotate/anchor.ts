import { matchQuote } from './match-quote';
import type { Selectors } from './selectors';

/** Where a highlight lands in today's text, and how it was found. */
export type Anchoring =
  | { status: 'anchored'; start: number; end: number; via: 'position' | 'quote' | 'fuzzy'; score: number }
  /** Not found: shown to the reader as 未能定位 with its text, never dropped. */
  | { status: 'orphaned' };

/**
 * Puts a highlight back on the text: at its old position if the quote is still printed there, else
 * where its quote is found (exactly, then approximately), scored by quote, context and closeness.
 */
export function anchor(text: string, selectors: Selectors): Anchoring {
  const { quote, position } = selectors;
  if (text.slice(position.start, position.end) === quote.exact)
    return { status: 'anchored', start: position.start, end: position.end, via: 'position', score: 1 };
  const found = matchQuote(text, quote, position.start);
  if (!found) return { status: 'orphaned' };
  return {
    status: 'anchored',
    start: found.start,
    end: found.end,
    via: found.exact ? 'quote' : 'fuzzy',
    score: found.score,
  };
}
