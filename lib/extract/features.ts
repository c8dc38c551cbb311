import { isHanCode as isHan } from '../model/han';
import type { Block } from './blocks';
import {
  CHROME_LINE,
  DISCLAIMER_HINT,
  DISCLAIMER_LABEL,
  DISCLAIMER_PHRASE,
  DISCLAIMER_SHORT,
  IMAGE_PLACEHOLDER,
  PHOTO_CREDIT,
  POINTER_CAPTION,
  REGISTRATION,
} from './patterns';

/** Measurements of one line that the scoring reads. */
export interface Features {
  /** Characters that are not white space. */
  chars: number;
  /** Han characters. */
  han: number;
  /** Prose punctuation marks (，。、；：“” …, and ASCII , ; : that old CMSs emit). */
  punct: number;
  /** Share of the line inside links. */
  linkRatio: number;
  /** Chrome wherever it stands: share bars, QR blocks, toolbars, footer registrations, copyright notices. */
  chrome: boolean;
  /** Reads like running text: punctuated, long enough, not links, not chrome. */
  prose: boolean;
  /** A photo credit, caption or image placeholder. */
  caption: boolean;
}

const PUNCT = new Set(Array.from('，。；：、！？“”「」《》（）,;:!?').map((c) => c.charCodeAt(0)));
/** Marks of running sentences; a lone label colon ("地址：…", "电话：…") is not one. */
const SENTENCE_PUNCT = /[，。；、！？“”「」,;!?]/;
/** A full stop that ends a sentence of a Latin-script language ("… under one roof. The"), not 3.5 or gov.cn. */
const LATIN_FULL_STOP = /[a-z)"'”’]\.(?=\s|$)/g;

export function measure(block: Block): Features {
  const text = block.text;
  let chars = 0;
  let han = 0;
  let punct = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) continue;
    chars++;
    if (isHan(c)) han++;
    else if (PUNCT.has(c)) punct++;
  }
  const fullStops = han * 2 < chars ? (text.match(LATIN_FULL_STOP)?.length ?? 0) : 0;
  punct += fullStops;
  const linkRatio = chars ? block.linkChars / chars : 0;
  const chrome = CHROME_LINE.test(text) || REGISTRATION.test(text) || isNotice(text, chars);
  const caption =
    block.caption || PHOTO_CREDIT.test(text) || IMAGE_PLACEHOLDER.test(text) || POINTER_CAPTION.test(text);
  const prose =
    !chrome &&
    !caption &&
    linkRatio < 0.5 &&
    chars >= 8 &&
    punct >= 1 &&
    (SENTENCE_PUNCT.test(text) || fullStops > 0 || chars >= 40);
  return { chars, han, punct, linkRatio, chrome, caption, prose };
}

/**
 * A copyright, reprint or disclaimer notice: a notice label, or a stock notice phrase (alone in a short
 * line; with a second phrase or a hint such as 著作权 in a long one).
 */
export function isNotice(text: string, chars = text.length): boolean {
  if (DISCLAIMER_LABEL.test(text)) return true;
  const phrases = text.match(DISCLAIMER_PHRASE)?.length ?? 0;
  if (phrases === 0) return false;
  if (chars <= DISCLAIMER_SHORT || phrases >= 2) return true;
  return (text.match(DISCLAIMER_HINT)?.length ?? 0) > 0;
}
