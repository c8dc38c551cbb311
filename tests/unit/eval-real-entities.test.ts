import { describe, expect, it } from 'vitest';
import { emptyCard } from '../../lib/card';
import type { SeedGold } from '../../scripts/eval/inputs';
import { aggregate, bodyOnlyGold } from '../../scripts/eval/real-entities';
import { scoreSeed } from '../../scripts/eval/seed-score';

// A made-up page: 县长周立新 visits 东岭镇 (the headline alone names 青川县); 航天员 林一 is a person
// whom a card may also list as an official.
const gold: SeedGold = {
  officials: [
    { name: '周立新', titles: ['青川县县长'], titleAliases: { 青川县县长: ['县长'] } },
    { name: '林一', titles: ['航天员'], optional: true },
  ],
  persons: [{ name: '林一' }, { name: '王先生', optional: true }],
  places: [{ name: '东岭镇' }, { name: '青川县', inTitle: true }],
  organizations: [],
};

function card() {
  const c = emptyCard(null, 'test');
  c.officials = [
    { name: '周立新', titles: ['县长'], mentions: 2 },
    { name: '林一', titles: ['航天员'], mentions: 1 },
  ];
  c.persons = [{ name: '张三', mentions: 1 }];
  c.places = [{ name: '东岭镇', kind: 'town', mentions: 1 }];
  return c;
}

describe('real-page entity scoring', () => {
  it('accepts a printed short form of a title through titleAliases', () => {
    const s = scoreSeed('p', gold, card());
    expect(s.officialTitles).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a borderline official as neutral but requires them among people', () => {
    const s = scoreSeed('p', gold, card());
    expect(s.officials).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    // 周立新 and 林一 found, 张三 is wrong, nobody required is missed.
    expect(s.people).toMatchObject({ tp: 2, fp: 1, fn: 0, wrong: ['张三'] });
  });

  it('requires a headline-only place with the headline and not for the body alone', () => {
    expect(scoreSeed('p', gold, card()).places).toMatchObject({ tp: 1, fn: 1, missed: ['青川县'] });
    expect(scoreSeed('p', bodyOnlyGold(gold), card()).places).toMatchObject({ tp: 1, fn: 0 });
  });

  it('sums counts for micro figures and averages pages for mean figures, leaving out empty pages', () => {
    const a = { tp: 1, fp: 1, fn: 0, f1: 2 / 3, empty: false, missed: [], wrong: ['x'] };
    const b = { tp: 3, fp: 0, fn: 1, f1: 6 / 7, empty: false, missed: ['y'], wrong: [] };
    const none = { tp: 0, fp: 0, fn: 0, f1: 1, empty: true, missed: [], wrong: [] };
    const r = aggregate([a, b, none, null]);
    expect(r.pages).toBe(2);
    expect(r.micro.p).toBeCloseTo(4 / 5);
    expect(r.micro.r).toBeCloseTo(4 / 5);
    expect(r.mean.p).toBeCloseTo((1 / 2 + 1) / 2);
    expect(r.mean.r).toBeCloseTo((1 + 3 / 4) / 2);
  });
});
