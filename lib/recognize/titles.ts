import words from '../../assets/official-words.json';
import { POST_NOTE, POST_NOTE_END } from '../text/post-notes';
import { joinedNameStart } from './inner-join';
import { wordGoesOn } from './word-goes-on';
import { alternation } from './words';

/**
 * How a title is read: a post (assets/official-words.json) and the body before it, cut where the
 * clause's own words end (break words, dates), with a note on how the post is held after it.
 */

/**
 * Posts that end a title, longest first (assets/official-words.json). A title is an organisation and
 * one of these: 市委 + 副书记, 市人大常委会 + 主任, 市民政局 + 局长; or the post alone (副市长, 区长).
 */
export const POSTS: readonly string[] = [...words.posts].sort((a, b) => b.length - a.length);
/** Posts by their last character (to read a title back from its end) and by their first. */
const POST_LAST = new Map<number, string[]>();
export const POST_FIRST = new Map<number, string[]>();
for (const p of POSTS) {
  const last = p.charCodeAt(p.length - 1);
  POST_LAST.set(last, [...(POST_LAST.get(last) ?? []), p]);
  POST_FIRST.set(p.charCodeAt(0), [...(POST_FIRST.get(p.charCodeAt(0)) ?? []), p]);
}

/** Words before an organisation that are not part of the title ("参加启动仪式的还有市总工会…"). */
const TITLE_BREAK = new RegExp(`^.*(?:${alternation(words.titleBreaks)})`);
const BREAKS = new RegExp(alternation(words.titleBreaks), 'g');
/** A date printed before a body (7月22日国家发改委…) is no part of its name. */
const DATE = /[0-9０-９]{1,4}(?:年(?!度)|月[初底末]?|日)/g;
/**
 * What follows the last break word of `s` (all of it if none): a one-character break that makes a
 * common word with what follows (对|外经济研究部, 和|平区) is part of the name, no break, unless a
 * place begins after it (和|美国总统: 和美 is a word too); so is a joining word inside a body's name
 * (区文化和旅游局局长).
 */
export function afterBreak(s: string): string {
  let cut = 0;
  for (const m of s.matchAll(BREAKS)) {
    const inside =
      m[0].length === 1 && (wordGoesOn(s, m.index + 1) || joinedNameStart(s, m.index, s.length) >= 0);
    if (!inside) cut = m.index + m[0].length;
  }
  for (const m of s.matchAll(DATE)) cut = Math.max(cut, m.index + m[0].length);
  return s.slice(cut);
}
/** Quantifiers that make a post generic: 几位副县长商定 names no one. */
const GENERIC_BEFORE = new RegExp(`(?:${alternation(words.genericBefore)})$`);

export function postEndingAt(text: string, end: number): string | null {
  for (const p of POST_LAST.get(text.charCodeAt(end - 1)) ?? [])
    if (end >= p.length && text.startsWith(p, end - p.length)) return p;
  return null;
}

/** The title that ends at `end` in `part` of a clause (its organisation cut at break words), or null. */
export function titleEndingAt(part: string, end: number): string | null {
  const post = postEndingAt(part, end);
  if (!post) return null;
  const title = afterBreak(part.slice(0, end)).trim();
  if (!title.endsWith(post) || GENERIC_BEFORE.test(title.slice(0, -post.length))) return null;
  if (GENERIC_BEFORE.test(part.slice(0, end - title.length))) return null;
  return title || null;
}

/** A note in brackets after a post on how it is held ("(兼)", "（挂职）"): it belongs to the title. */
export const CONCURRENT = new RegExp(`^${POST_NOTE}`);

/**
 * A clause that is a title and nothing else ("市委副书记", "市总工会副主席(兼)"), or that ends in one
 * after a break word ("参加启动仪式的还有市总工会党组书记"): the title, and whether the chain may go on
 * before it.
 */
export function pureTitle(clause: string): { title: string; whole: boolean } | null {
  const concurrent = POST_NOTE_END.exec(clause)?.[0] ?? '';
  const text = clause.slice(0, clause.length - concurrent.length);
  const title = titleEndingAt(text, text.length);
  return title ? { title: title + concurrent, whole: title.length === text.length } : null;
}

/** Whether a name may begin at `at` of a clause: at its start or right after a break word. */
export const nameMayStart = (clause: string, at: number) => at === 0 || TITLE_BREAK.test(clause.slice(0, at));
