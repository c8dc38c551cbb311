/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), as Hypothesis
 * stores them, over the article's normalized text: the same text whatever script the page shows and
 * however often it is drawn again.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Characters of context kept on each side of the quote: what Hypothesis keeps. */
export const CONTEXT_CHARS = 32;

/** The selectors of [start, end) of `text`. */
export function describe(text: string, start: number, end: number): Selectors {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** Selectors read back from storage or an import: the right shape, or null. */
export function readSelectors(v: unknown): Selectors | null {
  const s = v as { quote?: Partial<TextQuoteSelector>; position?: Partial<TextPositionSelector> } | null;
  const q = s?.quote;
  const p = s?.position;
  if (q?.type !== 'TextQuoteSelector' || !isString(q.exact) || !q.exact) return null;
  if (!isString(q.prefix) || !isString(q.suffix)) return null;
  if (p?.type !== 'TextPositionSelector' || !isOffset(p.start) || !isOffset(p.end) || p.end < p.start)
    return null;
  return {
    quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    position: { type: 'TextPositionSelector', start: p.start, end: p.end },
  };
}
