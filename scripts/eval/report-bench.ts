/** The bench tables (per page, then summaries for all / hand-checked / government pages) and --verbose diffs. */

import type { BenchScore } from './bench-score';
import { normalizeExpectedDate } from './bench-score';
import type { BenchCase } from './inputs';
import { mean, median } from './score';
import { mark, renderTable } from './table';
import { noSpace, oneLine } from './text';

export interface BenchRow {
  case: BenchCase;
  /** The CLI's decodeHtml reads this page differently from its real charset (the manifest's). */
  charsetMismatch: boolean;
  ours: BenchScore;
  readability: BenchScore;
}

type Verdict =
  | 'isArticle'
  | 'isArticleOwn'
  | 'title'
  | 'titleContained'
  | 'date'
  | 'dateDay'
  | 'bodyFirst'
  | 'bodyLast';

const VERDICTS: [Verdict, string][] = [
  ['isArticle', 'isArticle right'],
  ['isArticleOwn', 'isArticle, own verdict'],
  ['title', 'title exact'],
  ['titleContained', 'title contained'],
  ['date', 'date exact'],
  ['dateDay', 'date day'],
  ['bodyFirst', 'bodyFirst found'],
  ['bodyLast', 'bodyLast found'],
];

/** Row markers: G = government site, † = expected values from a weak oracle (another extractor's output). */
export const flags = (r: BenchRow) =>
  `${r.case.governmentSite ? 'G' : ' '}${r.case.annotatedBy === 'repo' ? '†' : ' '}${r.charsetMismatch ? 'c' : ''}`;

const both = (o: string, r: string) => (o === '·' && r === '·' ? '·' : `${o}/${r}`);
const num = (n: number | null) => (n === null ? '-' : String(n));
const f1 = (n: number | null) => (n === null ? '·' : n.toFixed(2));

export function benchTable(rows: BenchRow[]): string {
  const columns = [
    { header: 'bench page', max: 26 },
    { header: '' },
    { header: 'art' },
    { header: 'title' },
    { header: 't⊂' },
    { header: 'date' },
    { header: 'day' },
    { header: 'first' },
    { header: 'last' },
    { header: 'lead', align: 'right' as const },
    { header: 'trail', align: 'right' as const },
    { header: 'body F1', align: 'right' as const },
    { header: 'auth F1', align: 'right' as const },
  ];
  const body = rows.map((r) => {
    const o = r.ours;
    const b = r.readability;
    const pairOf = (f: Verdict) => both(mark(o[f]), mark(b[f]));
    const nums = (a: number | null, c: number | null, shown: boolean) =>
      shown ? `${num(a)}/${num(c)}` : '·';
    return [
      r.case.id,
      flags(r),
      pairOf('isArticle'),
      pairOf('title'),
      pairOf('titleContained'),
      pairOf('date'),
      pairOf('dateDay'),
      pairOf('bodyFirst'),
      pairOf('bodyLast'),
      nums(o.leading, b.leading, o.bodyFirst !== null),
      nums(o.trailing, b.trailing, o.bodyLast !== null),
      o.bodyF1 === null ? '·' : `${f1(o.bodyF1)}/${f1(b.bodyF1)}`,
      o.authorsF1 === null ? '·' : `${f1(o.authorsF1)}/${f1(b.authorsF1)}`,
    ];
  });
  return renderTable(columns, body);
}

interface SystemSummary {
  verdicts: Record<Verdict, { right: number; of: number }>;
  bodyF1: number | null;
  bodyF1Pages: number;
  authorsF1: number | null;
  authorsF1Pages: number;
  medianLeading: number | null;
  medianTrailing: number | null;
}

export function summarize(scores: BenchScore[]): SystemSummary {
  const verdicts = Object.fromEntries(
    VERDICTS.map(([v]) => {
      const vs = scores.map((s) => s[v]).filter((x): x is boolean => x !== null);
      return [v, { right: vs.filter(Boolean).length, of: vs.length }];
    }),
  ) as SystemSummary['verdicts'];
  const f1s = scores.flatMap((s) => (s.bodyF1 === null ? [] : [s.bodyF1]));
  const authorF1s = scores.flatMap((s) => (s.authorsF1 === null ? [] : [s.authorsF1]));
  return {
    verdicts,
    bodyF1: mean(f1s),
    bodyF1Pages: f1s.length,
    authorsF1: mean(authorF1s),
    authorsF1Pages: authorF1s.length,
    medianLeading: median(scores.flatMap((s) => (s.leading === null ? [] : [s.leading]))),
    medianTrailing: median(scores.flatMap((s) => (s.trailing === null ? [] : [s.trailing]))),
  };
}

export interface Subset {
  label: string;
  rows: BenchRow[];
}

export function benchSummaryTable(subsets: Subset[]): string {
  const sums = subsets.map((s) => ({
    ours: summarize(s.rows.map((r) => r.ours)),
    readability: summarize(s.rows.map((r) => r.readability)),
  }));
  const columns = [
    { header: 'metric' },
    ...subsets.flatMap((s) => [
      { header: `${s.label} (${s.rows.length}): ours`, align: 'right' as const },
      { header: 'readability', align: 'right' as const },
    ]),
  ];
  const cells = (get: (x: SystemSummary) => string) => sums.flatMap((s) => [get(s.ours), get(s.readability)]);
  const rows = [
    ...VERDICTS.map(([v, label]) => [
      label,
      ...cells((x) => {
        const c = x.verdicts[v];
        return c.of === 0 ? '·' : `${c.right}/${c.of}`;
      }),
    ]),
    [
      'mean body F1',
      ...cells((x) => (x.bodyF1 === null ? '·' : `${x.bodyF1.toFixed(3)} (${x.bodyF1Pages})`)),
    ],
    [
      'mean authors F1',
      ...cells((x) => (x.authorsF1 === null ? '·' : `${x.authorsF1.toFixed(3)} (${x.authorsF1Pages})`)),
    ],
    ['median leading chars', ...cells((x) => num(x.medianLeading))],
    ['median trailing chars', ...cells((x) => num(x.medianTrailing))],
  ];
  return renderTable(columns, rows);
}

/** Our failures on one bench page, in lines; empty when ours got everything right. */
export function benchDiff(row: BenchRow): string[] {
  const e = row.case.expected;
  const o = row.ours;
  const out: string[] = [];
  const ind = ''.padEnd(10);
  if (!o.isArticle) out.push(`isArticle  expected ${e.isArticle}, got ${o.got.isArticle}`);
  if (o.title === false) {
    out.push(`title      expected ${oneLine(e.title ?? null)}`);
    out.push(
      `${ind} got      ${oneLine(o.got.title)}   (readability: ${oneLine(row.readability.got.title, 40)})`,
    );
  }
  if (o.date === false) {
    out.push(
      `date       expected ${normalizeExpectedDate(e.date)}  got ${o.got.date}   (readability: ${row.readability.got.date})`,
    );
  }
  if (o.bodyFirst === false) {
    // The card keeps datelines (本站讯, 新京报讯) and byline lines out of the body; weak oracles keep them.
    const lead =
      o.got.bodyStart !== '' && /^[（(【]?[^，。]{0,12}(?:讯|电|文\/|原标题)/.test(e.bodyFirst ?? '')
        ? '  [expected starts with a dateline/byline/原标题]'
        : '';
    out.push(`bodyFirst  expected ${oneLine(noSpace(e.bodyFirst ?? ''), 60)}${lead}`);
    out.push(`${ind} ours starts ${oneLine(o.got.bodyStart, 60)}`);
  } else if (o.leading) {
    out.push(
      `leading    ${o.leading} chars before the body: ${oneLine(o.got.bodyStart.slice(0, Math.min(o.leading, 60)), 60)}`,
    );
  }
  if (o.bodyLast === false) {
    // The weak oracle keeps the credit line (本文来源 / 责任编辑) that the card moves out of the body.
    const credit =
      o.got.bodyEnd !== '' && /责任编辑|本文来源|编辑：/.test(e.bodyLast ?? '')
        ? '  [expected ends with a credit line]'
        : '';
    out.push(`bodyLast   expected ${oneLine(noSpace(e.bodyLast ?? '').slice(-30), 60)}${credit}`);
    out.push(`${ind} ours ends  ${oneLine(o.got.bodyEnd, 60)}`);
  } else if (o.trailing) {
    out.push(
      `trailing   ${o.trailing} chars after the body: ${oneLine(o.got.bodyEnd.slice(-Math.min(o.trailing, 60)), 60)}`,
    );
  }
  if (o.bodyF1 !== null && o.bodyF1 < 0.9)
    out.push(`body F1    ${o.bodyF1.toFixed(3)} (readability ${f1(row.readability.bodyF1)})`);
  return out;
}
