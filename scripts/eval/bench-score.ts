/**
 * Scores one system's output on one bench page. Ours and Readability go through this same
 * function; null means the page has no expected value for that column.
 */

import { parseDate } from '../../lib/extract/date';
import type { BenchExpected } from './inputs';
import type { SystemOutput } from './readability';
import { charF1 } from './score';
import { chars, noSpace, squashOrNull } from './text';

/** bodyFirst/bodyLast are matched on this many characters: enough to be unique, short enough to survive small normalization differences further in. */
export const KEY_CHARS = 15;

export interface BenchScore {
  isArticle: boolean;
  title: boolean | null;
  titleContained: boolean | null;
  date: boolean | null;
  dateDay: boolean | null;
  bodyFirst: boolean | null;
  bodyLast: boolean | null;
  /** Characters (white space removed) before bodyFirst in the body; null unless found. */
  leading: number | null;
  /** Characters (white space removed) after bodyLast; null unless found. */
  trailing: number | null;
  bodyF1: number | null;
  got: { isArticle: boolean; title: string | null; date: string | null; bodyStart: string; bodyEnd: string };
}

/** Expected dates are written as printed ('2019年09月09日T18:13:22', '2019-9-5T9:38:01'): bring them to ISO. */
export function normalizeExpectedDate(d: string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  return parseDate(d)?.iso ?? d.trim();
}

/** Strip the '…' that marks a cut, and all white space, as done to the body. */
const piece = (s: string) => noSpace(s.replace(/^(?:…|\.{3})+|(?:…|\.{3})+$/g, ''));

/**
 * Loose title match: ours contains the expected title (a site suffix came along), or the expected
 * title contains ours and ours is at least half of it (a shortened headline, not a stray word).
 */
function titleContained(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const e = noSpace(expected);
  const g = noSpace(got);
  return g.includes(e) || (e.includes(g) && 2 * chars(g).length >= chars(e).length);
}

export function scoreBenchPage(expected: BenchExpected, out: SystemOutput): BenchScore {
  const body = noSpace(out.body);
  const got = {
    isArticle: out.isArticle,
    title: out.title,
    date: out.date,
    bodyStart: body.slice(0, 60),
    bodyEnd: body.slice(-60),
  };
  const score: BenchScore = {
    isArticle: out.isArticle === expected.isArticle,
    title: null,
    titleContained: null,
    date: null,
    dateDay: null,
    bodyFirst: null,
    bodyLast: null,
    leading: null,
    trailing: null,
    bodyF1: null,
    got,
  };
  // A page that is not an article has nothing else to get right.
  if (!expected.isArticle) return score;

  const expTitle = squashOrNull(expected.title);
  if (expTitle !== null) {
    score.title = expTitle === squashOrNull(out.title);
    score.titleContained = titleContained(expTitle, out.title);
  }
  if ('date' in expected) {
    const expDate = normalizeExpectedDate(expected.date);
    score.date = expDate === (out.date ?? null);
    score.dateDay = (expDate?.slice(0, 10) ?? null) === (out.date?.slice(0, 10) ?? null);
  }
  if (expected.bodyFirst) {
    const key = chars(piece(expected.bodyFirst)).slice(0, KEY_CHARS).join('');
    const at = body.indexOf(key);
    score.bodyFirst = at >= 0;
    if (at >= 0) score.leading = chars(body.slice(0, at)).length;
  }
  if (expected.bodyLast) {
    const key = chars(piece(expected.bodyLast)).slice(-KEY_CHARS).join('');
    const at = body.lastIndexOf(key);
    score.bodyLast = at >= 0;
    if (at >= 0) score.trailing = chars(body.slice(at + key.length)).length;
  }
  if (expected.bodyText) score.bodyF1 = charF1(expected.bodyText, out.body);
  return score;
}
