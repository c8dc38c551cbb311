import { describe, expect, it } from 'vitest';
import { articleDay, monthlyCounts, titleTimeline } from '../../lib/store/timeline';

describe('titleTimeline', () => {
  it('collapses consecutive articles printing the same post and shows the change, in date order', () => {
    const runs = titleTimeline([
      { day: '2024-05-10', titles: ['区委副书记', '区长'] },
      { day: '2024-01-18', titles: ['区委副书记', '代区长'] },
      { day: '2024-02-06', titles: ['区委副书记', '区长'] },
      { day: '2024-01-25', titles: ['区委副书记', '代区长'] },
      // Printed more briefly: the same post, not a change.
      { day: '2024-03-22', titles: ['区长'] },
    ]);
    expect(runs).toEqual([
      { titles: ['区委副书记', '代区长'], first: '2024-01-18', last: '2024-01-25', articles: 2 },
      { titles: ['区委副书记', '区长'], first: '2024-02-06', last: '2024-05-10', articles: 3 },
    ]);
  });

  it('starts a new run when the post changes back, and lets an article without titles join its run', () => {
    const runs = titleTimeline([
      { day: '2023-03-01', titles: ['副区长'] },
      { day: '2023-06-01', titles: [] },
      { day: '2023-09-01', titles: ['区长'] },
      { day: '2023-12-01', titles: ['副区长'] },
    ]);
    expect(runs.map((r) => [r.titles.join('、'), r.first, r.last])).toEqual([
      ['副区长', '2023-03-01', '2023-06-01'],
      ['区长', '2023-09-01', '2023-09-01'],
      ['副区长', '2023-12-01', '2023-12-01'],
    ]);
  });

  it('gathers the titles a run prints in the order first printed', () => {
    const runs = titleTimeline([
      { day: '2024-01-01', titles: ['市长'] },
      { day: '2024-02-01', titles: ['市委副书记', '市长'] },
    ]);
    expect(runs).toEqual([
      { titles: ['市长', '市委副书记'], first: '2024-01-01', last: '2024-02-01', articles: 2 },
    ]);
  });
});

describe('articleDay', () => {
  it('takes the printed date, else the day saved', () => {
    expect(articleDay('2024-02-06T18:05', 0)).toBe('2024-02-06');
    expect(articleDay(null, Date.UTC(2025, 6, 1, 12))).toBe('2025-07-01');
  });
});

describe('monthlyCounts', () => {
  it('counts mentions and articles by month, months without any as zero', () => {
    expect(
      monthlyCounts([
        { day: '2024-01-18', mentions: 1 },
        { day: '2024-03-22', mentions: 2 },
        { day: '2024-01-30', mentions: 3 },
        { day: '2024-05-10', mentions: 1 },
      ]),
    ).toEqual([
      { month: '2024-01', mentions: 4, articles: 2 },
      { month: '2024-02', mentions: 0, articles: 0 },
      { month: '2024-03', mentions: 2, articles: 1 },
      { month: '2024-04', mentions: 0, articles: 0 },
      { month: '2024-05', mentions: 1, articles: 1 },
    ]);
  });

  it('crosses a year end and is empty for no articles', () => {
    expect(
      monthlyCounts([
        { day: '2023-11-02', mentions: 1 },
        { day: '2024-01-05', mentions: 1 },
      ]).map((m) => m.month),
    ).toEqual(['2023-11', '2023-12', '2024-01']);
    expect(monthlyCounts([])).toEqual([]);
  });
});
