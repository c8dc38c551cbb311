/**
 * Scores one system's output on one bench page. Ours and Readability go through this same
 * function; null means the page has no expected value for that column.
 */

import { parseDate } from '../../lib/extract/date';
import { DATELINE, PAREN_BYLINE } from '../../lib/extract/patterns';
import { converter } from '../../lib/normalize/local-services';
import type { BenchExpected } from './inputs';
import type { SystemOutput } from './readability';
import { charF1, setF1 } from './score';
import { chars, noSpace, squashOrNull } from './text';

/** bodyFirst/bodyLast are matched on this many characters: enough to be unique, short enough to survive small normalization differences further in. */
export const KEY_CHARS = 15;

export interface BenchScore {
  isArticle: boolean;
  /** The system's own verdict (see SystemOutput.ownVerdict) agrees with the expected one. */
  isArticleOwn: boolean;
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
  /** Set F1 of the names, where the expected authors are known (not empty). */
  authorsF1: number | null;
  got: { isArticle: boolean; title: string | null; date: string | null; bodyStart: string; bodyEnd: string };
}

/** Expected dates are written as printed ('2019年09月09日T18:13:22', '2019-9-5T9:38:01'): bring them to ISO. */
export function normalizeExpectedDate(d: string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  return parseDate(d)?.iso ?? d.trim();
}

/**
 * The card contract keeps metadata out of the body: a leading 原标题 note or bracketed byline
 * ("【文/观察者网专栏作者王文】"), trailing credit and source lines ("本文来源：新京报", "责任编辑：霍琦",
 * "[责任编辑：韩保林]") and a trailing parenthesised source ("（德清县发改局）") go to the card's
 * authors/source (so does a repost's "原创：…" byline). Some expected values come from extractors that keep them in the body; the first and
 * last sentences are compared without them, for both systems alike.
 */
const LEADING_METADATA =
  /^\s*(?:[（(]?\s*原标题[:：][^\n]*|原创\s*[:：][^\n]{0,40}|【[^】\n]{1,40}】)\s*(?:\n|$)/;
const TRAILING_METADATA =
  /\n\s*(?:[[【（(]?\s*(?:本文来源|文章来源|来源|责任编辑|责编|编辑|校对|审核)\s*[:：][^\n]*)\s*$|[（(][^（）()\n\d]{2,15}[)）]\s*$/;

export function firstSentences(bodyFirst: string): string {
  let s = bodyFirst;
  for (let m = LEADING_METADATA.exec(s); m; m = LEADING_METADATA.exec(s)) s = s.slice(m[0].length);
  // A dateline with its byline ("本站讯（职工通讯员 李琴雯 刘会）") is metadata too; the same patterns as the engine's.
  const d = DATELINE.exec(s);
  if (d) {
    s = s.slice(d[0].length);
    const p = PAREN_BYLINE.exec(s);
    if (p) s = s.slice(p[0].length);
  }
  return s;
}

export function lastSentences(bodyLast: string): string {
  let s = bodyLast.replace(/(?:…|\.{3})+$/, '');
  for (let m = TRAILING_METADATA.exec(s); m && m.index > 0; m = TRAILING_METADATA.exec(s))
    s = s.slice(0, m.index);
  return s;
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

/**
 * Both sides of every comparison in one form: NFKC (full- and half-width forms alike) and simplified
 * script. The card gives simplified text by contract; the gold and Readability keep the page's script.
 */
const simplify = converter('simplified');
export const canon = (s: string): string => simplify(s.normalize('NFKC'));
const canonOrNull = (s: string | null | undefined): string | null | undefined =>
  typeof s === 'string' ? canon(s) : s;

/** The expected names: set B lists them ([] = unknown), set A names one. */
function expectedAuthors(e: BenchExpected): string[] | null {
  if (e.authors?.length) return e.authors;
  return e.author ? [e.author] : null;
}

export function scoreBenchPage(expectedRaw: BenchExpected, raw: SystemOutput): BenchScore {
  const expected: BenchExpected = {
    ...expectedRaw,
    title: canonOrNull(expectedRaw.title),
    bodyText: canonOrNull(expectedRaw.bodyText) ?? undefined,
    bodyFirst: canonOrNull(expectedRaw.bodyFirst) ?? undefined,
    bodyLast: canonOrNull(expectedRaw.bodyLast) ?? undefined,
  };
  const out: SystemOutput = {
    ...raw,
    title: canonOrNull(raw.title) ?? null,
    body: canon(raw.body),
    authors: raw.authors.map(canon),
  };
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
    isArticleOwn: out.ownVerdict === expected.isArticle,
    title: null,
    titleContained: null,
    date: null,
    dateDay: null,
    bodyFirst: null,
    bodyLast: null,
    leading: null,
    trailing: null,
    bodyF1: null,
    authorsF1: null,
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
  // Where the whole expected body is given, its ends are read from it: a cut bodyFirst may hold
  // nothing but a 原标题 note.
  const first = expected.bodyText ?? expected.bodyFirst;
  const last = expected.bodyText ?? expected.bodyLast;
  if (expected.bodyFirst && first) {
    const key = chars(piece(firstSentences(first)))
      .slice(0, KEY_CHARS)
      .join('');
    const at = body.indexOf(key);
    score.bodyFirst = at >= 0;
    if (at >= 0) score.leading = chars(body.slice(0, at)).length;
  }
  if (expected.bodyLast && last) {
    const key = chars(piece(lastSentences(last)))
      .slice(-KEY_CHARS)
      .join('');
    const at = body.lastIndexOf(key);
    score.bodyLast = at >= 0;
    if (at >= 0) score.trailing = chars(body.slice(at + key.length)).length;
  }
  if (expected.bodyText) score.bodyF1 = charF1(expected.bodyText, out.body);
  const authors = expectedAuthors(expectedRaw);
  if (authors)
    score.authorsF1 = setF1(
      authors.map((a) => ({ accept: [canon(a)], optional: false })),
      out.authors,
      noSpace,
    ).f1;
  return score;
}
