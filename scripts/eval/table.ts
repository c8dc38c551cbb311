/** Plain-text tables whose columns line up with Chinese text in them (wide characters = 2 cells). */

import { displayWidth, pad, truncate } from './text';

export interface Column {
  header: string;
  /** Cells wider than this are cut with '…'. */
  max?: number;
  align?: 'left' | 'right';
}

export function renderTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((col, i) => {
    const cells = rows.map((r) => displayWidth(r[i] ?? ''));
    const natural = Math.max(displayWidth(col.header), ...cells);
    return col.max === undefined ? natural : Math.min(natural, col.max);
  });
  const line = (cells: string[]) =>
    columns
      .map((col, i) => {
        const w = widths[i] ?? 0;
        return pad(truncate(cells[i] ?? '', w), w, col.align ?? 'left');
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.header)), rule, ...rows.map(line)].join('\n');
}

/** ✓ / ✗ for a verdict, · where the page has no expected value. */
export const mark = (ok: boolean | null): string => (ok === null ? '·' : ok ? '✓' : '✗');

/** An F1 in two decimals, '—' when there was nothing to find and nothing found. */
export const f1Cell = (f1: number | null, empty = false): string =>
  f1 === null ? '·' : empty ? '—' : f1.toFixed(2);
