/**
 * Text helpers shared by the scorers and the tables: the comparisons the eval makes are
 * defined here once, so "exact" means the same thing in every column.
 */

/** Runs of white space → one space, ends trimmed: how titles, dates and names are compared. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * All white space removed (and zero-width characters): how body text is compared. Chinese text
 * has no word spaces, and the oracles break lines in different places, so spacing carries no signal.
 */
export const noSpace = (s: string): string => s.replace(/(?:\s|\u200b|\u200c|\u200d|\ufeff)+/g, '');

/** Policy phrases are printed with or without their quotation marks (“两室” vs 两室). */
export const stripQuotes = (s: string): string => s.replace(/[“”"「」『』‘’]/g, '');

/** Empty or white-space-only strings count as absent. */
export const squashOrNull = (s: string | null | undefined): string | null => {
  if (s === null || s === undefined) return null;
  const t = squash(s);
  return t === '' ? null : t;
};

/** Code points, so a 15-character key never splits a surrogate pair. */
export const chars = (s: string): string[] => Array.from(s);

// East Asian Wide / Fullwidth ranges: these take two terminal cells.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

export function displayWidth(s: string): number {
  let w = 0;
  for (const c of s) w += WIDE.test(c) ? 2 : 1;
  return w;
}

/** Cut `s` to at most `width` terminal cells, marking the cut with '…'. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const c of s) {
    const cw = WIDE.test(c) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += c;
    w += cw;
  }
  return `${out}…`;
}

export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** One line for a diff: newlines shown, long text cut. */
export const oneLine = (s: string | null, width = 70): string =>
  s === null ? 'null' : truncate(JSON.stringify(s).slice(1, -1).replace(/\\n/g, '⏎'), width);

/** Items joined with ' | ' (items may hold 、 and ,), wrapped into lines of at most `width` cells (the first line is `first` cells shorter). */
export function wrapList(items: string[], width: number, first = 0): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - first;
  for (const item of items) {
    const piece = line === '' ? item : ` | ${item}`;
    if (line !== '' && displayWidth(line + piece) > room) {
      lines.push(`${line} |`);
      line = item;
      room = width;
    } else line += piece;
  }
  if (line !== '') lines.push(line);
  return lines;
}
