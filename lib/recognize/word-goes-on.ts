import { divisionAt } from './gazetteer';
import { isCommonWord } from './lexicon-words';

/**
 * Whether a one-character stop or break word right before `at` (对, 经, 和) is rather the start of a
 * common word that goes on at `at` (对|外经济研究部, 经|济委员会, 和|平区): a name read back does not
 * stop there. Where a place begins at `at` (和|美国总统; 和美 is a word too) the stop stands.
 */
export function wordGoesOn(text: string, at: number): boolean {
  return at > 0 && isCommonWord(text.slice(at - 1, at + 1)) && !divisionAt(text, at);
}
