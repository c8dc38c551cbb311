import type { Language } from '../card';
import { MappedText } from '../model/mapped-text';
import { type LineInfo, rejoinLines, trimLines } from './paragraphs';
import { annotatedCharacters, stripPinyinAnnotations } from './pinyin';
import { languageOf, replaceMapped } from './script';
import type { ScriptServices } from './services';

export type { LineInfo } from './paragraphs';
export type { Script, ScriptServices } from './services';

export interface Normalized {
  /** Normalized paragraphs joined by "\n". Every unit maps back to the raw text it came from. */
  text: MappedText;
  paragraphs: string[];
  /** What was repaired, for the reader and for tests. */
  repairs: { pinyinAnnotations: number; rejoined: number; converted: boolean };
}

export interface RawArticle {
  /** The article's lines as printed, joined by "\n". */
  raw: string;
  info: readonly LineInfo[];
}

export interface NormalizedPage {
  /** Script of the original text of the main article (the first article given). */
  language: Language;
  articles: Normalized[];
  /** The short texts given (title, source, names) in simplified script. */
  extras: string[];
}

/**
 * Normalizes the articles of a page: pinyin annotations out, traditional → simplified, lost indents
 * trimmed, broken paragraphs rejoined. Every result maps back, unit by unit, to its raw text, so spans
 * found in it land on the page's own characters. Two requests to `services` at most, whatever the page.
 */
export async function normalizePage(
  articles: readonly RawArticle[],
  extras: readonly string[],
  services: ScriptServices,
  /** Text to tell the page's script by when the articles are (nearly) empty: list pages, home pages. */
  sample = '',
): Promise<NormalizedPage> {
  const chars = new Set<string>();
  for (const a of articles) for (const c of annotatedCharacters(a.raw)) chars.add(c);
  const readings = chars.size ? await services.readings([...chars]) : {};
  const stripped = articles.map((a) => stripPinyinAnnotations(MappedText.identity(a.raw), readings));
  const simplified = await services.convert(
    [...stripped.map((s) => s.text.text), ...extras, sample],
    'simplified',
  );
  const language = languageOf(
    [stripped[0]?.text.text ?? '', ...extras, sample].join('\n'),
    [simplified[0] ?? '', ...simplified.slice(articles.length)].join('\n'),
  );
  const convert = language === 'zh-Hant';
  const normalized = articles.map((a, i) => {
    let text = stripped[i]!.text;
    if (convert) text = replaceMapped(text, simplified[i]!);
    text = trimLines(text);
    const joined = rejoinLines(text, a.info);
    return {
      text: joined.text,
      paragraphs: joined.text.text ? joined.text.text.split('\n') : [],
      repairs: {
        pinyinAnnotations: stripped[i]!.removed,
        rejoined: a.info.length - joined.groups.length,
        converted: convert,
      },
    };
  });
  const extrasOut = convert
    ? simplified.slice(articles.length, articles.length + extras.length)
    : [...extras];
  return { language, articles: normalized, extras: extrasOut };
}
