import officialWords from '../../assets/official-words.json';
import orgWords from '../../assets/org-words.json';
import { isHan } from '../model/han';
import { splitsIntoWords } from './lexicon-words';
import { endsWithAny } from './words';

/**
 * State bodies name two fields of work joined by 和, 与 or 及 (区|文化和旅游局, 市|发展和改革委员会,
 * 县|自然资源和规划局, assets/org-words.json `innerJoining`): such a joining word is inside one name,
 * no list of two. It is so where a level or a place stands before the first field (区, 市, 国家,
 * 顺德区), the field is common words and no body or post of its own, and the second field, which
 * begins with no level of its own, runs on to a body's last word. Two bodies (区民政局和市委组织部),
 * a post and a body (市长和区委), a field joined to a body that names its level (改革和国家体彩中心)
 * are two names.
 */

const INNER = new Set(orgWords.innerJoining);
/** Every word that joins names (innerJoining is a part of it): a second field holds none. */
const JOINING = new Set(orgWords.joining);
const ANCHORS = [...orgWords.anchors].sort((a, b) => b.length - a.length);
const LEVEL_START = new RegExp(`^(?:${[...ANCHORS, ...orgWords.wholeNames].join('|')})`);
const SUFFIXES = [...orgWords.government, ...orgWords.party, ...orgWords.other];
/** Whether a state, Party or mass body's last word ends at `at` (局, 委员会, 联合会). */
export const endsWithBody = endsWithAny(SUFFIXES);
const endsWithPost = endsWithAny(officialWords.posts);
/** A field of work before the joining word: one or two common words (文化, 人力资源, 财经事务). */
const FIELD_MIN = 2;
const FIELD_MAX = 6;
/** How far the second field may run before a body's last word ends it (社会保障局, 城乡建设委员会). */
const SECOND_MAX = 10;

/**
 * Where the body's name begins when the joining word at `at` is inside it and the name runs on to
 * `end` at most, or -1. `placeStartOf(end)` gives where a place ending at `end` starts, so a place
 * ending in the level word (顺德区 of 顺德区人力资源和社会保障局) begins the name.
 */
export function joinedNameStart(
  text: string,
  at: number,
  end: number,
  placeStartOf: (end: number) => number | undefined = () => undefined,
): number {
  if (!INNER.has(text[at]!) || !secondField(text, at + 1, end)) return -1;
  for (let n = FIELD_MIN; n <= FIELD_MAX && at - n > 0; n++) {
    const from = at - n;
    const field = text.slice(from, at);
    if (!isHan(field[0]) || !splitsIntoWords(field)) continue;
    if (endsWithBody(field, field.length) || endsWithPost(field, field.length)) return -1;
    const anchor = ANCHORS.find((a) => text.startsWith(a, from - a.length));
    if (!anchor) continue;
    const anchorStart = from - anchor.length;
    return placeStartOf(from) ?? anchorStart;
  }
  return -1;
}

/** Whether a second field begins at `from` and a body's last word ends it before `end`. */
function secondField(text: string, from: number, end: number): boolean {
  if (LEVEL_START.test(text.slice(from, from + 4))) return false;
  for (let i = from; i < end && i - from < SECOND_MAX; i++) {
    const c = text[i]!;
    if (!isHan(c) || JOINING.has(c)) return false;
    if (i + 1 - from >= 2 && endsWithBody(text, i + 1)) return true;
  }
  return false;
}
