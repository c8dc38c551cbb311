import { divisionAt } from './gazetteer';
import { isCommonWord, isForeignNameChar } from './lexicon-words';
import { followerAt } from './names';

const COMMON_LONGEST = 4;
/** What joins the parts of a transliterated name: the middle dot, or the bullet some sites print. */
const SEPARATOR = /[·•]/;

/** Whether a common word starts at `at` and reaches past the transliteration characters there (马上, 进行). */
function commonWordLeaving(text: string, at: number): boolean {
  for (let n = 2; n <= COMMON_LONGEST && at + n <= text.length; n++) {
    if (!isCommonWord(text.slice(at, at + n))) continue;
    for (let k = at; k < at + n; k++) if (!isForeignNameChar(text[k]!)) return true;
  }
  return false;
}

/**
 * The end of a run of transliteration characters from `at`, parts joined by · (科尔, 普里马科夫,
 * 约翰·史密斯): it stops before another character, a word that follows names (说, 表示) and a common
 * word that leaves the run (科尔|马上: 马 is a transliteration character, 马上 a word).
 */
export function foreignRunEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i]!;
    if (SEPARATOR.test(c) && i > at && isForeignNameChar(text[i + 1])) {
      i++;
      continue;
    }
    if (!isForeignNameChar(c)) break;
    if (i > at && (followerAt(text, i) || commonWordLeaving(text, i))) break;
    i++;
  }
  return i;
}

/**
 * A transliterated name right after a post (总理科尔, 外长哈洛宁): the tagger's name or place starting
 * there (it often reads a foreign name as a place) when no listed place starts there, else a run of
 * transliteration characters of two or more.
 */
export function foreignNameAfterPost(text: string, at: number, tagEnd: number | undefined): string | null {
  if (!isForeignNameChar(text[at]) || divisionAt(text, at)) return null;
  const run = foreignRunEnd(text, at);
  // A separator with no part after it: the name is cut (a line or the text ends), not read.
  if (SEPARATOR.test(text[run] ?? '')) return null;
  if (tagEnd !== undefined && tagEnd - at >= 2 && run - at >= 2 && tagEnd <= at + 8)
    return text.slice(at, Math.max(run, tagEnd));
  return run - at >= 2 ? text.slice(at, run) : null;
}
