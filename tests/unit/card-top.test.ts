import { describe, expect, it } from 'vitest';
import { quotesToShow, TOP_NAMES, topFirst } from '../../components/top';

describe("the popup's first screen", () => {
  it('lists the most mentioned names first, in the card order, and keeps the rest for on demand', () => {
    const items = [
      { name: '甲', mentions: 1 },
      { name: '乙', mentions: 5 },
      { name: '丙', mentions: 2 },
      { name: '丁', mentions: 5 },
      { name: '戊', mentions: 1 },
    ];
    const { top, rest } = topFirst(items, 3);
    expect(top.map((i) => i.name)).toEqual(['乙', '丙', '丁']);
    // A tie goes to the earlier name.
    expect(rest.map((i) => i.name)).toEqual(['甲', '戊']);
    expect(topFirst(items.slice(0, TOP_NAMES)).rest).toEqual([]);
  });

  it('shows each quote once, and none a key sentence above already gives in full', () => {
    const card = {
      keySentences: ['区委书记王建国说：“要把好事办好、实事办实。”会议部署了下一步工作。'],
      quotes: [
        { speaker: '王建国', text: '要把好事办好、实事办实。' },
        { speaker: '李卫东', text: '加装电梯要一幢一策。' },
        { speaker: '李卫东', text: '加装电梯要一幢一策。 ' },
        { speaker: '张晓梅', text: '加装电梯要一幢一策。' },
      ],
    };
    expect(quotesToShow(card)).toEqual([
      { speaker: '李卫东', text: '加装电梯要一幢一策。' },
      { speaker: '张晓梅', text: '加装电梯要一幢一策。' },
    ]);
  });
});
