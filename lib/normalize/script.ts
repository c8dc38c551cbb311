import type { Language } from '../card';
import { isHanCode as isHan } from '../model/han';
import { type MappedText, MappedTextBuilder } from '../model/mapped-text';

/**
 * The script of a text, from the text and its conversion to simplified: traditional when conversion
 * changes at least 2 % of its Han characters; `other` when it has too few Han characters to be Chinese.
 */
export function languageOf(original: string, simplified: string): Language {
  let han = 0;
  let letters = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (isHan(c)) {
      han++;
      if (simplified.charCodeAt(i) !== c) changed++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
  }
  if (han < 20 || han < letters * 0.5) return 'other';
  return changed >= Math.max(3, han * 0.02) ? 'zh-Hant' : 'zh-Hans';
}

/**
 * Puts a converted text in place of a mapped one: unit for unit where lengths agree (OpenCC's
 * phrase tables almost always keep lengths); where a line changed length, its units stand for the
 * whole original line.
 */
export function replaceMapped(src: MappedText, converted: string): MappedText {
  const b = new MappedTextBuilder();
  if (converted.length === src.text.length) return b.replace(src, 0, src.text.length, converted).build();
  const from = src.text.split('\n');
  const to = converted.split('\n');
  if (from.length !== to.length) return b.replace(src, 0, src.text.length, converted).build();
  let at = 0;
  for (let i = 0; i < from.length; i++) {
    if (i > 0) b.copy(src, at - 1, at);
    b.replace(src, at, at + from[i]!.length, to[i]!);
    at += from[i]!.length + 1;
  }
  return b.build();
}
