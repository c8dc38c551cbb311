/**
 * A name the tagger did not find does not start with a CC-CEDICT common word (issue 12). Every
 * sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../lib/recognize/lexicon-words';
import { NameContext, nameAt } from '../../lib/recognize/names';

describe('names that start with a common word', () => {
  it('连忙 after a title is no name', () => {
    const text = '李教授连忙起身招呼大家。';
    expect(isCommonWord('连忙')).toBe(true);
    expect(nameAt(new NameContext(text), 3, true)).toBeNull();
  });

  it('a name after a title is still read', () => {
    const text = '李教授连卫东起身招呼大家。';
    expect(nameAt(new NameContext(text), 3, true)).toBe('连卫东');
  });

  it('the tagger decides where it found a name', () => {
    const text = '连忙起身的是连忙。';
    expect(nameAt(new NameContext(text, [{ start: 6, end: 8 }]), 6)).toBe('连忙');
  });
});

describe('a two-character common word before a follower', () => {
  it('may still be a name after a title (陶然出席)', () => {
    const text = '市文化局局长陶然出席。';
    expect(isCommonWord('陶然')).toBe(true);
    expect(nameAt(new NameContext(text), 6, true)).toBe('陶然');
  });
});

describe('a name of a rarer surname of the 百家姓', () => {
  it('goes on into its third character after the tagger cut it (主席邴志昌|受贿)', () => {
    const text = '市政协原主席邴志昌受贿一案今日开庭，邴志昌当庭认罪。';
    const at = text.indexOf('邴');
    expect(nameAt(new NameContext(text, [{ start: at, end: at + 2 }]), at, true)).toBe('邴志昌');
  });
});
