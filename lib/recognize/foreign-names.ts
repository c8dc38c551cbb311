import model from '../../assets/ner-model.json';
import { divisionAt } from './gazetteer';
import { followerAt } from './names';

/**
 * Transliteration characters (科, 尔, 哈, 洛 …) as the tagger learned them from the training corpora's
 * persons, and CC-CEDICT's common words (list 7 of the lexicon), both read from the model asset so
 * they are always the lists the tagger was trained with.
 */
const lexicon = (model as { lexicon: { foreignNameChars: string; lists: string[] } }).lexicon;
const FOREIGN = new Set(Array.from(lexicon.foreignNameChars).filter((c) => /\p{Script=Han}/u.test(c)));
let common: Set<string> | null = null;
const COMMON_LONGEST = 4;

/** Whether a common word starts at `at` and reaches past the transliteration characters there (马上, 进行). */
function commonWordLeaving(text: string, at: number): boolean {
  common ??= new Set((lexicon.lists[7] ?? '').split('|'));
  for (let n = 2; n <= COMMON_LONGEST && at + n <= text.length; n++) {
    if (!common.has(text.slice(at, at + n))) continue;
    for (let k = at; k < at + n; k++) if (!FOREIGN.has(text[k]!)) return true;
  }
  return false;
}

export const isForeignChar = (c: string | undefined) => c !== undefined && FOREIGN.has(c);

/**
 * The end of a run of transliteration characters from `at`, parts joined by · (科尔, 普里马科夫,
 * 约翰·史密斯): it stops before another character, a word that follows names (说, 表示) and a common
 * word that leaves the run (科尔|多次: 多 is a transliteration character, 多次 a word).
 */
export function foreignRunEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '·' && i > at && isForeignChar(text[i + 1])) {
      i++;
      continue;
    }
    if (!FOREIGN.has(c)) break;
    if (i > at && (followerAt(text, i) || commonWordLeaving(text, i))) break;
    i++;
  }
  return text[i - 1] === '·' ? i - 1 : i;
}

/**
 * A transliterated name right after a post (总理科尔, 外长哈洛宁): the tagger's name or place starting
 * there (it often reads a foreign name as a place) when no listed place starts there, else a run of
 * transliteration characters of two or more.
 */
export function foreignNameAfterPost(text: string, at: number, tagEnd: number | undefined): string | null {
  if (!FOREIGN.has(text[at] ?? '') || divisionAt(text, at)) return null;
  const run = foreignRunEnd(text, at);
  if (tagEnd !== undefined && tagEnd - at >= 2 && run - at >= 2 && tagEnd <= at + 8)
    return text.slice(at, Math.max(run, tagEnd));
  return run - at >= 2 ? text.slice(at, run) : null;
}
