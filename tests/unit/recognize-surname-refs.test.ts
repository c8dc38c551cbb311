/**
 * A person the tagger reads with a word of respect after the surname (issue 12): the surname alone,
 * as People's Daily labels it. The words are learned (assets/surname-refs.json); every sentence here
 * was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import refs from '../../assets/surname-refs.json';
import { NameContext } from '../../lib/recognize/names';
import { recognizePersons } from '../../lib/recognize/persons';
import { surnameRefAt } from '../../lib/recognize/surname-refs';

const persons = (text: string, tags: Array<[number, number]>) =>
  recognizePersons(
    text,
    new Set(),
    new NameContext(
      text,
      tags.map(([start, end]) => ({ start, end })),
    ),
  ).map((p) => p.name);

describe('surname-refs.json', () => {
  it('names its source and holds the learned words, each with the counts it was kept by', () => {
    expect(refs.source).toMatch(/People's Daily.*held-out part excluded/);
    expect(refs.refs).toEqual(expect.arrayContaining(['老', '先生']));
    expect(refs.stats.map((s) => s.word)).toEqual(refs.refs);
    for (const s of refs.stats) {
      expect(s.count).toBeGreaterThanOrEqual(3);
      expect(s.names).toBeGreaterThanOrEqual(2);
      expect(s.share).toBeGreaterThanOrEqual(0.3);
      expect(s.word).toMatch(/^\p{Script=Han}{1,2}$/u);
    }
  });
});

describe('a surname called by a word of respect', () => {
  it('reads the surname before a learned word', () => {
    expect(surnameRefAt('老画家胡老说', 3)).toBe(1);
    expect(surnameRefAt('据孙先生介绍', 1)).toBe(2);
  });

  it('not where the word goes on into a common word, or the surname makes one', () => {
    // 老师 is a common word: 曹老师 names a teacher by a role word.
    expect(surnameRefAt('我们的曹老师', 3)).toBe(0);
    // 古老: the surname and the word are one common word.
    expect(surnameRefAt('一座古老的城', 2)).toBe(0);
  });

  it('a person the tagger reads as 胡老 is listed as 胡', () => {
    const text = '年过八旬的胡老说，画画要天天练。';
    expect(persons(text, [[5, 7]])).toEqual(['胡']);
  });

  it('a full name the tagger reads is kept whole', () => {
    const text = '胡志明老师说，画画要天天练。';
    expect(persons(text, [[0, 3]])).toEqual(['胡志明']);
  });
});

describe('a name before a kinship word', () => {
  it('reads the parent named before 之子 / 之女 / 之妻', () => {
    const text = '去年秋天，郭振川之子郭小明考上了大学。';
    expect(persons(text, [])).toContain('郭振川');
    expect(persons('据了解，韩立峰之女在县医院工作。', [])).toContain('韩立峰');
  });

  it('no name where 之子 follows no name-like start', () => {
    expect(persons('他被称为“大山之子”。', [])).toEqual([]);
  });
});
