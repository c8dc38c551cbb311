/**
 * E-paper pages (数字报, 电子版): the date and the paper's name, printed in the page header
 * beside the page marker (人民日报 2024年05月20日 星期一 第01版：要闻), or the date in the page's
 * address (/html/2024-05/20/content_1.htm, /20240520/). They date and source the articles when the
 * article itself prints neither.
 */
import type { Block } from './blocks';
import { parseDate } from './date';
import { EDITION_MARK, GENERIC_PAPER, PAPER_NAME, URL_DATE } from './patterns';

export interface Edition {
  /** The issue date, as printed in the header, else from the address. */
  date: string | null;
  /** The paper's name, when the header prints it beside the issue date. */
  paper: string | null;
}

/** Header lines are short; the date and name stand within this many lines of the page marker. */
const HEADER = { chars: 80, reach: 3 };

const pad = (s: string) => s.padStart(2, '0');

/** The issue date in an e-paper address. */
export function dateFromUrl(url: string | null): string | null {
  const m = url ? URL_DATE.exec(url) : null;
  return m ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : null;
}

export function readEdition(blocks: Block[], url: string | null): Edition | null {
  const at = blocks.findIndex((b) => b.text.length <= HEADER.chars && EDITION_MARK.test(b.text));
  if (at < 0) return null;
  let date: string | null = null;
  let paper: string | null = null;
  for (let i = Math.max(0, at - HEADER.reach); i <= Math.min(blocks.length - 1, at + HEADER.reach); i++) {
    const text = blocks[i]!.text;
    if (text.length > HEADER.chars) continue;
    const d = parseDate(text);
    if (d && !date) date = d.iso;
    for (const m of text.matchAll(PAPER_NAME)) if (!paper && !GENERIC_PAPER.test(m[1]!)) paper = m[1]!;
  }
  // A name without a printed issue date may be a column of the site, not this paper.
  if (!date) return { date: dateFromUrl(url), paper: null };
  return { date, paper };
}
