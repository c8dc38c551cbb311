import learned from '../../assets/ner-learned.json';
import refs from '../../assets/surname-refs.json';
import { isCommonWord } from './lexicon-words';
import { surnameAt } from './names';

/** Words after which the news calls a person by the surname alone (胡老, 陈先生), learned from People's Daily. */
const REFS = [...refs.refs].sort((a, b) => b.length - a.length);
/** Surnames that almost never start a name (由, 和). */
const WORD = new Set(Array.from(learned.wordSurnames));

/**
 * The length of the reference word after a one-character surname at `at` (胡 of 胡老说), or 0: not
 * where the surname and the word make a common word (古老), nor where the character before makes
 * one with the surname (美国 + 老).
 */
export function surnameRefAt(text: string, at: number): number {
  if (surnameAt(text, at) !== 1 || WORD.has(text[at]!)) return 0;
  const ref = REFS.find((r) => text.startsWith(r, at + 1));
  if (!ref) return 0;
  // The word goes on into a longer common word (老师, 主场): it names a role, not this person.
  for (let n = ref.length + 1; n <= 4; n++) if (isCommonWord(text.slice(at + 1, at + 1 + n))) return 0;
  if (isCommonWord(text.slice(at, at + 1 + ref.length)) || isCommonWord(text.slice(at, at + 2))) return 0;
  if (at > 0 && isCommonWord(text.slice(at - 1, at + 1))) return 0;
  return ref.length;
}
