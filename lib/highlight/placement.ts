import type { Box } from './hit-test';

/** The hover card's widest (its max-width in the note's style) and a usual height: heading and two lines. */
const CARD = { width: 320, height: 120 };
/** Space between the word and the card, and between the card and the window's edge. */
const GAP = 8;

/** Where a fixed card goes: `top` below the word, or `bottom` (from the window's bottom) above it. */
export type Placement = { left: number; top: number } | { left: number; bottom: number };

/**
 * Places the hover card by the word it explains: below it, or above it where the window has no room
 * below and more above (a word near the window's bottom); never past the window's right edge.
 */
export function placeHoverCard(word: Box, view: { width: number; height: number }): Placement {
  const left = Math.max(GAP, Math.min(word.left, view.width - CARD.width - GAP));
  const below = view.height - word.bottom - GAP;
  const above = word.top - GAP;
  if (below < CARD.height && above > below) return { left, bottom: view.height - word.top + GAP };
  return { left, top: word.bottom + GAP };
}
