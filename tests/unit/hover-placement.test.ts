import { describe, expect, it } from 'vitest';
import { placeHoverCard } from '../../lib/highlight/placement';

const VIEW = { width: 1280, height: 800 };
const word = (left: number, top: number) => ({ left, right: left + 60, top, bottom: top + 24 });

describe('where the hover card goes', () => {
  it('below the word, from where the word starts, with a gap', () => {
    expect(placeHoverCard(word(300, 200), VIEW)).toEqual({ left: 300, top: 232 });
  });

  it('above the word near the window bottom, growing upwards from just over it', () => {
    expect(placeHoverCard(word(300, 740), VIEW)).toEqual({ left: 300, bottom: 800 - 740 + 8 });
  });

  it('below a word at the top of a short window, where there is less room above', () => {
    expect(placeHoverCard(word(300, 20), { width: 1280, height: 120 })).toEqual({ left: 300, top: 52 });
  });

  it('never past the right edge of the window, nor the left', () => {
    expect(placeHoverCard(word(1200, 200), VIEW)).toEqual({ left: 1280 - 320 - 8, top: 232 });
    expect(placeHoverCard(word(-40, 200), VIEW)).toEqual({ left: 8, top: 232 });
    expect(placeHoverCard(word(100, 200), { width: 300, height: 800 })).toEqual({ left: 8, top: 232 });
  });
});
