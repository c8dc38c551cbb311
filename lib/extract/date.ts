/**
 * Publication dates: read as printed, output as ISO 8601 (YYYY-MM-DD[THH:mm[:ss]]).
 * A date without a printed year is not a publication date: the year is never guessed.
 */

import type { Block } from './blocks';
import type { ArticleRegion } from './body';
import { metaValue, type PageMeta } from './page-meta';
import { DATE_LABEL, META_DATE } from './patterns';

const FULL_DATE =
  /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)?\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

export interface ParsedDate {
  iso: string;
  hasTime: boolean;
  index: number;
}

/** The first full date (with a year) in `text`, or null. */
export function parseDate(text: string, now = new Date()): ParsedDate | null {
  const re = new RegExp(FULL_DATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || y > now.getFullYear() + 1) continue;
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    let hasTime = false;
    if (m[4] !== undefined && m[5] !== undefined) {
      const h = Number(m[4]);
      const mi = Number(m[5]);
      if (h < 24 && mi < 60) {
        iso += `T${pad(h)}:${pad(mi)}`;
        hasTime = true;
        if (m[6] !== undefined && Number(m[6]) < 60) iso += `:${pad(Number(m[6]))}`;
      }
    }
    return { iso, hasTime, index: m.index };
  }
  return null;
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
): string | null {
  for (const b of near) {
    const d = parseDate(b.text);
    if (d) return refine(d.iso, meta);
  }
  // A dated lead: "2019年2月27日下午，…", "（2007年6月29日第十届全国人民代表大会常务委员会…通过）".
  const lead = region?.body[0];
  if (lead) {
    const d = parseDate(lead.line.block.text.slice(lead.start, lead.start + 40));
    if (d && d.index <= 2) return d.iso;
  }
  const m = metaValue(meta, META_DATE) ?? meta.jsonLd.datePublished;
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
  // Dates printed right after the body.
  const last = region?.body[region.body.length - 1]?.line.block.index;
  if (last !== undefined) {
    for (let i = last + 1; i < Math.min(blocks.length, last + 6); i++) {
      const b = blocks[i]!;
      if (b.linkChars > 0 || b.text.length > 60) continue;
      const d = parseDate(b.text);
      if (d) return d.iso;
    }
  }
  return null;
}
