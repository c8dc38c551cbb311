import model from '../../assets/ner-model.json';

/**
 * Word data the tagger was trained with, read from its asset (lexicon, see assets/README.md) so the
 * rules always use the same lists: transliteration characters learned from the training corpora's
 * persons, and CC-CEDICT's common words (list 7), built into a set on first use.
 */
const lexicon = (model as { lexicon: { foreignNameChars: string; lists: string[] } }).lexicon;
export const FOREIGN_CHARS: ReadonlySet<string> = new Set(
  Array.from(lexicon.foreignNameChars).filter((c) => /\p{Script=Han}/u.test(c)),
);
let common: Set<string> | null = null;

/** Whether `word` is a CC-CEDICT common word (2–4 characters, not a name: 张冠李戴, 进行). */
export function isCommonWord(word: string): boolean {
  common ??= new Set((lexicon.lists[7] ?? '').split('|'));
  return common.has(word);
}
