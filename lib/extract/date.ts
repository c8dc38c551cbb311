/**
 * Publication dates: read as printed, output as ISO 8601 (YYYY-MM-DD[THH:mm[:ss]]).
 * A date without a printed year is not a publication date: the year is never guessed.
 */

import type { Block } from './blocks';
import type { ArticleRegion } from './body';
import { metaValue, type PageMeta, scriptValue } from './page-meta';
import { DATE_LABEL, META_DATE, SCRIPT_FIELDS, SECTION_LABEL, SECTION_LABEL_NOISE } from './patterns';

const FULL_DATE =
  /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

export interface ParsedDate {
  iso: string;
  hasTime: boolean;
  index: number;
}

/**
 * Dates that English-language templates of Chinese sites print: US month/day/year with a 12-hour
 * clock ("7/5/2005 9:23:57 PM"; day/month/year pages print no AM/PM, so without it the order is
 * unknown and the date is not read), and month names ("Saturday, September 10th, 2005 10:56 am").
 */
const US_DATE =
  /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])\b/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DATE =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/;
/** A 12-hour clock marker after the time: "11:57 AM", "下午 3:05" is not read (the hour is printed as is). */
const MERIDIEM = /^\s*([AaPp][Mm])\b/;

function build(
  y: number,
  mo: number,
  d: number,
  h: string | undefined,
  mi: string | undefined,
  sec: string | undefined,
  meridiem: string | undefined,
  now: Date,
): { iso: string; hasTime: boolean } | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y > now.getFullYear() + 1) return null;
  let iso = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return { iso, hasTime: false };
  let hour = Number(h);
  const m = meridiem?.toLowerCase();
  if (m && hour <= 12) hour = (hour % 12) + (m === 'pm' ? 12 : 0);
  if (hour >= 24 || Number(mi) >= 60) return { iso, hasTime: false };
  iso += `T${pad(hour)}:${pad(Number(mi))}`;
  if (sec !== undefined && Number(sec) < 60) iso += `:${pad(Number(sec))}`;
  return { iso, hasTime: true };
}

/** The first full date (with a year) in `text`, or null. */
export function parseDate(text: string, now = new Date()): ParsedDate | null {
  const found: ParsedDate[] = [];
  const re = new RegExp(FULL_DATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const meridiem = MERIDIEM.exec(text.slice(m.index + m[0].length))?.[1];
    const b = build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], meridiem, now);
    if (b) {
      found.push({ ...b, index: m.index });
      break;
    }
  }
  const us = US_DATE.exec(text);
  if (us) {
    const b = build(Number(us[3]), Number(us[1]), Number(us[2]), us[4], us[5], us[6], us[7], now);
    if (b) found.push({ ...b, index: us.index });
  }
  const en = EN_DATE.exec(text);
  if (en) {
    const mo = MONTHS.indexOf(en[1]!.slice(0, 3).toLowerCase()) + 1;
    const b = build(Number(en[3]), mo, Number(en[2]), en[4], en[5], en[6], en[7], now);
    if (b) found.push({ ...b, index: en.index });
  }
  if (found.length === 0) return null;
  return found.reduce((a, b) => (b.index < a.index ? b : a));
}

/** A date from a `<meta>` or JSON-LD value: ISO with a zone, a plain date, or a Unix time in seconds or ms. */
export function parseMetaDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const d = new Date(Number(v.length === 10 ? `${v}000` : v) + 8 * 3600 * 1000);
    return d.toISOString().slice(0, 19);
  }
  return parseDate(v)?.iso ?? null;
}

/**
 * A printed time to the minute made precise to the second where the CMS's own publication-time field
 * holds the same minute with seconds (2024-06-27 16:18 → 2024-06-27T16:18:03). `<meta>` values are
 * not used for this: portals fill them from a different clock (sina prints 18:57, its meta says 18:57:38).
 */
function refine(iso: string, meta: PageMeta): string {
  if (iso.length !== 16) return iso;
  for (const c of meta.dateFields) {
    const d = c ? parseMetaDate(c) : null;
    if (d && d.length === 19 && d.startsWith(iso)) return d;
  }
  return iso;
}

export function findDate(
  blocks: Block[],
  near: Block[],
  meta: PageMeta,
  region: ArticleRegion | undefined,
  /** An e-paper's issue date (epaper.ts), when the article prints none of its own. */
  issueDate: string | null = null,
): string | null {
  // Among the lines around the headline, a labelled date (发表于, 发布时间) before any other date
  // (a blog's 建立于 line, a site header's today).
  const dates = near.map((b) => ({ b, d: parseDate(b.text) }));
  const labelled = dates.find(({ b, d }) => d && DATE_LABEL.test(b.text.slice(0, d.index)));
  const any = labelled ?? dates.find(({ d }) => d);
  if (any?.d) return refine(any.d.iso, meta);
  // A dated lead: "2019年2月27日下午，…", "（2007年6月29日第十届全国人民代表大会常务委员会…通过）".
  const lead = region?.body[0];
  if (lead) {
    const d = parseDate(lead.line.block.text.slice(lead.start, lead.start + 40));
    if (d && d.index <= 2) return d.iso;
  }
  if (issueDate) return issueDate;
  const m = metaValue(meta, META_DATE) ?? meta.jsonLd.datePublished ?? scriptValue(meta, SCRIPT_FIELDS.date);
  if (m) {
    const d = parseMetaDate(m);
    if (d) return d;
  }
  // A labelled date anywhere outside link lists: "发布时间：2024-03-18 10:30".
  for (const b of blocks) {
    if (b.linkChars > b.text.length * 0.5 || b.text.length > 120) continue;
    const d = parseDate(b.text);
    if (d && (DATE_LABEL.test(b.text.slice(0, d.index)) || d.index === 0)) {
      if (!b.furniture || d.index > 0) return d.iso;
    }
  }
  // Dates printed right after the body, before a related-news label or link list (their dates are
  // other pages').
  const last = region?.body[region.body.length - 1]?.line.block.index;
  if (last !== undefined) {
    for (let i = last + 1; i < Math.min(blocks.length, last + 6); i++) {
      const b = blocks[i]!;
      if (b.linkChars > b.text.length * 0.5 || SECTION_LABEL.test(b.text.replace(SECTION_LABEL_NOISE, '')))
        break;
      if (b.linkChars > 0 || b.text.length > 60) continue;
      const d = parseDate(b.text);
      if (d) return d.iso;
    }
  }
  return null;
}
