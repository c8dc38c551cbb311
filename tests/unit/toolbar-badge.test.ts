import { describe, expect, it } from 'vitest';
import { emptyCard } from '../../lib/card';
import { recognisedCount } from '../../utils/toolbar-badge';

describe('the toolbar badge', () => {
  it('counts recognised officials, places, organisations and phrases of an article', () => {
    const card = { ...emptyCard('https://x.example/a', ''), isArticle: true };
    expect(recognisedCount(card)).toBe('');
    const some = {
      ...card,
      officials: [{}, {}] as never[],
      places: [{}] as never[],
      organizations: [{}] as never[],
      policyPhrases: [{}, {}, {}] as never[],
    };
    expect(recognisedCount(some)).toBe('7');
    expect(recognisedCount({ ...some, isArticle: false })).toBe('');
    expect(recognisedCount({ ...some, policyPhrases: Array(1200).fill({}) })).toBe('999+');
    expect(recognisedCount(null)).toBe('');
  });
});
