import model from '../../assets/ner-model.json';

/**
 * Word data the tagger was trained with, read from its asset (lexicon, see assets/README.md) so the
 * rules always use the same lists: transliteration characters learned from the training corpora's
 * persons, and CC-CEDICT's common words (list 7). Both are built on first use, never at import: in
 * the extension the asset exists only in the analysis worker (utils/ner-model-script.ts), and a
 * context that merely imports this module must not read it.
 */
interface LexiconWords {
  foreignNameChars: string;
  lists: string[];
}
const lexicon = (): LexiconWords => (model as { lexicon: LexiconWords }).lexicon;

let foreign: Set<string> | null = null;
let common: Set<string> | null = null;

/** Whether `c` is a Han character the training corpora's transliterated names are made of. */
export function isForeignNameChar(c: string | undefined): boolean {
  foreign ??= new Set(Array.from(lexicon().foreignNameChars).filter((x) => /\p{Script=Han}/u.test(x)));
  return c !== undefined && foreign.has(c);
}

/** Whether `word` is a CC-CEDICT common word (2–4 characters, not a name: 张冠李戴, 进行). */
export function isCommonWord(word: string): boolean {
  common ??= new Set((lexicon().lists[7] ?? '').split('|'));
  return common.has(word);
}

/** Whether `s` is common words only, each of 2–4 characters (和谐, 团结凝聚, 人力资源). */
export function splitsIntoWords(s: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    ok[i] = false;
    for (let n = 2; n <= Math.min(4, i) && !ok[i]; n++) ok[i] = ok[i - n]! && isCommonWord(s.slice(i - n, i));
  }
  return ok[s.length]!;
}

/**
 * Whether [start, end) of `text` lies inside a four-character common word, mostly a set phrase (长治
 * of 长治久安, 马龙 of 车水马龙; shorter ones hold names too: 前苏联, 地球村), or with `itself`, is a
 * common word (来宾, 安康).
 */
export function inCommonWord(text: string, start: number, end: number, itself = false): boolean {
  if (itself && isCommonWord(text.slice(start, end))) return true;
  for (let a = Math.max(0, end - 4); a <= start; a++)
    if (a + 4 > end && a + 4 <= text.length && isCommonWord(text.slice(a, a + 4))) return true;
  return false;
}
