import { type MappedText, MappedTextBuilder } from '../model/mapped-text';

/**
 * Pinyin annotations that some CMS exports print after characters: 春節(jié), 區(qū)委.
 * Removed only where the parenthesised syllable is a reading of the character before it, so real
 * parentheses stay: (兼), (记者 汪晓), (上海发布), (社区), (2023).
 */
const ANNOTATION = /([\u3400-\u9fff])[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?)[)）]/g;

const TONELESS: Record<string, string> = {
  ā: 'a',
  á: 'a',
  ǎ: 'a',
  à: 'a',
  ē: 'e',
  é: 'e',
  ě: 'e',
  è: 'e',
  ī: 'i',
  í: 'i',
  ǐ: 'i',
  ì: 'i',
  ō: 'o',
  ó: 'o',
  ǒ: 'o',
  ò: 'o',
  ū: 'u',
  ú: 'u',
  ǔ: 'u',
  ù: 'u',
  ǖ: 'v',
  ǘ: 'v',
  ǚ: 'v',
  ǜ: 'v',
  ü: 'v',
  ń: 'n',
  ň: 'n',
  ǹ: 'n',
  ḿ: 'm',
};

export function toneless(syllable: string): string {
  return syllable
    .toLowerCase()
    .replace(/[1-5]$/, '')
    .replace(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/g, (c) => TONELESS[c] ?? c);
}

/** Characters followed by something that looks like a pinyin annotation: the readings to ask for. */
export function annotatedCharacters(text: string): string[] {
  const chars = new Set<string>();
  for (const m of text.matchAll(ANNOTATION)) chars.add(m[1]!);
  return [...chars];
}

export function stripPinyinAnnotations(
  src: MappedText,
  readings: Record<string, readonly string[]>,
): { text: MappedText; removed: number } {
  const text = src.text;
  const b = new MappedTextBuilder();
  let last = 0;
  let removed = 0;
  for (const m of text.matchAll(ANNOTATION)) {
    const at = m.index!;
    if (!readings[m[1]!]?.includes(toneless(m[2]!))) continue;
    const annotationStart = at + m[1]!.length;
    b.copy(src, last, annotationStart);
    last = at + m[0].length;
    removed++;
  }
  if (removed === 0) return { text: src, removed };
  b.copy(src, last, text.length);
  return { text: b.build(), removed };
}
