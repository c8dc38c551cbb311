import { describe, expect, it } from 'vitest';
import cedict from '../../assets/cedict-words.json';
import surnames from '../../assets/surnames.json';
import { augment, replaceSpans, splitName } from '../../scripts/ner/augment';
import type { Sentence } from '../../scripts/ner/corpus';

const sentence = (text: string, named: Array<[string, string]>): Sentence => ({
  corpus: 'pd',
  text,
  heldOut: false,
  spans: named.map(([label, s]) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, label };
  }),
});

const spanText = (s: Sentence) => s.spans.map((sp) => `${sp.label}:${s.text.slice(sp.start, sp.end)}`);

describe('splitName', () => {
  it('splits a Chinese name at its single or compound surname', () => {
    expect(splitName('周桂芳')).toEqual(['周', '桂芳']);
    expect(splitName('欧阳明')).toEqual(['欧阳', '明']);
    expect(splitName('陈明')).toEqual(['陈', '明']);
  });
  it('leaves transliterated names, one character and overlong strings alone', () => {
    expect(splitName('普里马科夫')).toBeNull();
    expect(splitName('王')).toBeNull();
    expect(splitName('王大娘家里')).toBeNull();
  });
});

describe('replaceSpans', () => {
  it('moves every span to its new offsets when a name changes length', () => {
    const s = sentence('市长陈明在杭州会见了李秀兰和区民政局负责人。', [
      ['PER', '陈明'],
      ['LOC', '杭州'],
      ['PER', '李秀兰'],
      ['ORG', '区民政局'],
    ]);
    const out = replaceSpans(s, [s.spans[0]!, s.spans[2]!], (sp) => (sp.start === 2 ? '欧阳步兵' : '赵东'));
    expect(out.text).toBe('市长欧阳步兵在杭州会见了赵东和区民政局负责人。');
    expect(spanText(out)).toEqual(['PER:欧阳步兵', 'LOC:杭州', 'PER:赵东', 'ORG:区民政局']);
  });
});

describe('augment', () => {
  const train = [
    sentence('居民周桂芳说，她每天沿着长江边散步，周桂芳的邻居刘强也常来。', [
      ['PER', '周桂芳'],
      ['LOC', '长江'],
      ['PER', '周桂芳'],
      ['PER', '刘强'],
    ]),
    sentence('普里马科夫抵达北京。', [
      ['PER', '普里马科夫'],
      ['LOC', '北京'],
    ]),
    sentence('今天天气很好。', []),
  ];

  it('copies only sentences with a Chinese name, replacing each name the same way throughout', () => {
    const out = augment(train, { copies: 3, seed: 7, wordShare: 0 });
    expect(out).toHaveLength(3);
    for (const s of out) {
      const persons = s.spans.filter((sp) => sp.label === 'PER').map((sp) => s.text.slice(sp.start, sp.end));
      expect(persons).toHaveLength(3);
      expect(persons[0]).toBe(persons[1]);
      for (const p of persons) {
        const [surname, given] = splitName(p)!;
        expect(surnames.single.includes(surname) || surnames.compound.includes(surname)).toBe(true);
        // Given-name characters come from the training names' given names.
        for (const c of given) expect('桂芳强').toContain(c);
      }
      expect(s.text.slice(s.spans[1]!.start, s.spans[1]!.end)).toBe('长江');
      expect(s.text.endsWith('也常来。')).toBe(true);
    }
  });

  it('is repeatable for a seed and differs between seeds', () => {
    const a = augment(train, { copies: 5, seed: 7, wordShare: 0.5 });
    expect(augment(train, { copies: 5, seed: 7, wordShare: 0.5 })).toEqual(a);
    expect(augment(train, { copies: 5, seed: 8, wordShare: 0.5 }).map((s) => s.text)).not.toEqual(
      a.map((s) => s.text),
    );
  });

  it('makes nothing when no copies are asked for', () => {
    expect(augment(train, { copies: 0, seed: 7, wordShare: 0 })).toEqual([]);
  });
});

describe('augment options', () => {
  const train = [
    sentence('村支书陈明和居民周桂芳一起清扫了街道。', [
      ['PER', '陈明'],
      ['PER', '周桂芳'],
    ]),
    { ...sentence('球迷王建华为主队加油。', [['name', '王建华']]), corpus: 'cluener' as const },
  ];
  const persons = (s: Sentence) =>
    s.spans
      .filter((sp) => sp.label === 'PER' || sp.label === 'name')
      .map((sp) => s.text.slice(sp.start, sp.end));

  it('with twoOnly replaces only names with a two-character given name, by such names', () => {
    for (const s of augment(train, { copies: 4, seed: 3, wordShare: 0, twoOnly: true })) {
      const [first, second] = persons(s);
      if (s.corpus === 'pd') expect(first).toBe('陈明');
      expect(splitName(s.corpus === 'pd' ? second! : first!)![1]).toHaveLength(2);
    }
  });

  it('copies one corpus only when asked, with seen surnames only when smooth is 0', () => {
    const out = augment(train, { copies: 4, seed: 3, wordShare: 0, corpus: 'cluener', smooth: 0 });
    expect(out.map((s) => s.corpus)).toEqual(['cluener', 'cluener', 'cluener', 'cluener']);
    for (const s of out) expect('陈周王').toContain(persons(s)[0]![0]);
  });

  it('takes given names from CC-CEDICT words when wordShare is 1, and only listed characters with chars', () => {
    for (const s of augment(train, { copies: 4, seed: 3, wordShare: 1, twoOnly: true }))
      expect(cedict.words).toContain(splitName(persons(s).at(-1)!)![1]);
    for (const s of augment(train, { copies: 4, seed: 3, wordShare: 0, chars: '桂' }))
      for (const p of persons(s)) expect(splitName(p)![1]).toMatch(/^桂+$/u);
  });
});
