import type { Language } from '../card';
import { MappedText } from '../model/mapped-text';
import { type LineInfo, rejoinLines, trimLines } from './paragraphs';
import { stripPinyinAnnotations } from './pinyin';
import { toSimplifiedMapped } from './script';

export type { LineInfo } from './paragraphs';
export { detectLanguage, simplify } from './script';

export interface Normalized {
  /** Normalized paragraphs joined by "\n". Every unit maps back to the raw text it came from. */
  text: MappedText;
  paragraphs: string[];
  /** What was repaired, for the reader and for tests. */
  repairs: { pinyinAnnotations: number; rejoined: number; converted: boolean };
}

/**
 * Normalizes raw article text (lines joined by "\n", one per page block): pinyin annotations out,
 * traditional → simplified, lost indents trimmed, broken paragraphs rejoined. The result maps back,
 * unit by unit, to the raw text, so spans found in it land on the page's own characters.
 */
export function normalize(raw: string, info: readonly LineInfo[], language: Language): Normalized {
  let text = MappedText.identity(raw);
  const pinyin = stripPinyinAnnotations(text);
  text = pinyin.text;
  const converted = language === 'zh-Hant';
  if (converted) text = toSimplifiedMapped(text);
  text = trimLines(text);
  const lineCount = info.length;
  const joined = rejoinLines(text, info);
  text = joined.text;
  return {
    text,
    paragraphs: text.text ? text.text.split('\n') : [],
    repairs: { pinyinAnnotations: pinyin.removed, rejoined: lineCount - joined.groups.length, converted },
  };
}
