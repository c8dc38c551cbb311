import { describe, expect, it } from 'vitest';
import { parseDate, parseMetaDate } from '../../lib/extract/date';

describe('dates as printed', () => {
  it.each([
    ['2018-02-14 08:53:41|来源:东方网', '2018-02-14T08:53:41'],
    ['发布日期:2023-01-13', '2023-01-13'],
    ['发布时间：2024-03-18 10:30', '2024-03-18T10:30'],
    ['2019年09月09日 18:13', '2019-09-09T18:13'],
    ['2019-9-5 9:38:01', '2019-09-05T09:38:01'],
    ['2019/11/25', '2019-11-25'],
    ['2020.06.05 20:35', '2020-06-05T20:35'],
    ['发布日期： 7/5/2005 9:23:57 PM', '2005-07-05T21:23:57'],
    ['发表于2005年09月07日 11:57 AM', '2005-09-07T11:57'],
    ['Saturday, September 10th, 2005 10:56 am', '2005-09-10T10:56'],
    ['Posted on Mar 3, 2006', '2006-03-03'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)?.iso).toBe(iso);
  });

  it('reads a slashed date without AM/PM in neither order (06/02/2022 is June 2 or February 6)', () => {
    expect(parseDate('发表时间： 06/02/2022 - 13:48')).toBeNull();
  });

  it('never guesses a year', () => {
    expect(parseDate('2月4日上午')).toBeNull();
    expect(parseDate('4月25日下午,市委书记')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(parseDate('2019-13-40')).toBeNull();
    expect(parseDate('电话:0519-88106128')).toBeNull();
  });

  it('reads meta values', () => {
    expect(parseMetaDate('2019-09-07T13:43:45+08:00')).toBe('2019-09-07T13:43:45');
    expect(parseMetaDate('2023-01-13')).toBe('2023-01-13');
  });
});
