/**
 * Publication dates: read as printed, output as ISO 8601 (YYYY-MM-DD[THH:mm[:ss]]).
 * A date without a printed year is not a publication date: the year is never guessed.
 */

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
