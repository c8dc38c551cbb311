/**
 * `npm run eval -- --only real-entities`: the entities of real pages of the public dev sets against
 * the hand-made gold in eval/gold/real-pages (see its README), scored by the seed scorer. Each figure
 * twice: with the headline's entities (the gold as written) and for the body alone (entities printed
 * only in the headline, `inTitle`, become optional).
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Card } from '../../lib/card';
import { type BenchCase, type GoldEntity, REPO_ROOT, readPage, type SeedGold, SHARED } from './inputs';
import { listLines } from './report-seeds';
import { mean, type SetScore } from './score';
import { scoreSeed } from './seed-score';
import { f1Cell, renderTable } from './table';

export const REAL_GOLD_DIR = path.join(REPO_ROOT, 'eval/gold/real-pages');

/** One gold file: the page's set and id (its manifest gives the file) and the entity lists. */
export interface RealGold extends SeedGold {
  set: 'bench' | 'bench-b';
  id: string;
}

export interface RealCase {
  gold: RealGold;
  file: string;
  encoding?: string;
  governmentSite: boolean;
}

type Metric = 'officials' | 'officialTitles' | 'people' | 'places' | 'organizations';
const METRICS: [Metric, string][] = [
  ['officials', 'officials'],
  ['officialTitles', 'off+title'],
  ['people', 'persons'],
  ['places', 'places'],
  ['organizations', 'orgs'],
];

export type RealScores = Record<Metric, SetScore | null>;

export interface RealRow {
  id: string;
  set: string;
  governmentSite: boolean;
  withTitle: RealScores;
  bodyOnly: RealScores;
}

/** The gold files in `dir`, each joined to its page through its set's manifest. */
export function loadRealCases(dir = REAL_GOLD_DIR, shared = SHARED): RealCase[] {
  if (!fs.existsSync(dir)) throw new Error(`no real-page gold at ${dir}`);
  const manifests = new Map<string, Map<string, BenchCase>>();
  const manifest = (set: string) => {
    let m = manifests.get(set);
    if (!m) {
      const file = path.join(shared, set, 'manifest.json');
      const pages = fs.existsSync(file)
        ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: BenchCase[] }).pages
        : [];
      m = new Map(pages.map((p) => [p.id, p]));
      manifests.set(set, m);
    }
    return m;
  };
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f): RealCase[] => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as RealGold;
      const page = manifest(gold.set).get(gold.id);
      if (!page) return [];
      return [
        {
          gold,
          file: path.join(shared, gold.set, page.file),
          encoding: page.encoding,
          governmentSite: page.governmentSite === true,
        },
      ];
    });
}

const bodyOnlyList = (xs: GoldEntity[] | undefined) =>
  xs?.map((e) => (e.inTitle ? { ...e, optional: true } : e));

/** The gold for the body alone: what only the headline prints is neither required nor wrong. */
export function bodyOnlyGold(gold: SeedGold): SeedGold {
  return {
    ...gold,
    officials: bodyOnlyList(gold.officials),
    persons: bodyOnlyList(gold.persons),
    places: bodyOnlyList(gold.places),
    organizations: bodyOnlyList(gold.organizations),
  };
}

/** Only the entity lists are scored: the real-page gold has no title, date or body. */
function entityGold(gold: SeedGold): SeedGold {
  return {
    officials: gold.officials ?? [],
    persons: gold.persons ?? [],
    places: gold.places ?? [],
    organizations: gold.organizations ?? [],
  };
}

function pick(s: ReturnType<typeof scoreSeed>): RealScores {
  return {
    officials: s.officials,
    officialTitles: s.officialTitles,
    people: s.people,
    places: s.places,
    organizations: s.organizations,
  };
}

export function scoreReal(c: RealCase, card: Card): RealRow {
  const gold = entityGold(c.gold);
  return {
    id: c.gold.id,
    set: c.gold.set,
    governmentSite: c.governmentSite,
    withTitle: pick(scoreSeed(c.gold.id, gold, card)),
    bodyOnly: pick(scoreSeed(c.gold.id, bodyOnlyGold(gold), card)),
  };
}

export interface PRF {
  p: number | null;
  r: number | null;
  f1: number | null;
}

const prf = (tp: number, fp: number, fn: number): PRF => ({
  p: tp + fp === 0 ? null : tp / (tp + fp),
  r: tp + fn === 0 ? null : tp / (tp + fn),
  f1: 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
});

/** Micro: counts summed over pages. Mean: per-page P, R, F1 averaged where defined (no empty pages). */
export function aggregate(scores: (SetScore | null)[]): { micro: PRF; mean: PRF; pages: number } {
  const ss = scores.filter((s): s is SetScore => s !== null && !s.empty);
  const sum = (f: 'tp' | 'fp' | 'fn') => ss.reduce((n, s) => n + s[f], 0);
  const per = ss.map((s) => prf(s.tp, s.fp, s.fn));
  const avg = (f: keyof PRF) => mean(per.flatMap((x) => (x[f] === null ? [] : [x[f]])));
  return {
    micro: prf(sum('tp'), sum('fp'), sum('fn')),
    mean: { p: avg('p'), r: avg('r'), f1: avg('f1') },
    pages: ss.length,
  };
}

const cell = (x: number | null) => f1Cell(x);

export function realPageTable(rows: RealRow[]): string {
  const columns = [
    { header: 'page', max: 22 },
    { header: 'set' },
    ...METRICS.map(([, h]) => ({ header: h, align: 'right' as const })),
  ];
  const both = (a: SetScore | null, b: SetScore | null) => {
    const x = f1Cell(a?.f1 ?? null, a?.empty ?? false);
    const y = f1Cell(b?.f1 ?? null, b?.empty ?? false);
    return x === y ? x : `${x}/${y}`;
  };
  return renderTable(
    columns,
    rows.map((r) => [
      r.id,
      `${r.set}${r.governmentSite ? ' G' : ''}`,
      ...METRICS.map(([m]) => both(r.withTitle[m], r.bodyOnly[m])),
    ]),
  );
}

export function realSummaryTable(rows: RealRow[]): string {
  const columns = [
    { header: 'metric' },
    { header: 'gold' },
    { header: 'pages', align: 'right' as const },
    ...['micro P', 'micro R', 'micro F1', 'mean P', 'mean R', 'mean F1'].map((h) => ({
      header: h,
      align: 'right' as const,
    })),
  ];
  const out: string[][] = [];
  for (const [m, label] of METRICS) {
    for (const [which, name] of [
      ['withTitle', 'with headline'],
      ['bodyOnly', 'body only'],
    ] as const) {
      const a = aggregate(rows.map((r) => r[which][m]));
      out.push([
        label,
        name,
        String(a.pages),
        cell(a.micro.p),
        cell(a.micro.r),
        cell(a.micro.f1),
        cell(a.mean.p),
        cell(a.mean.r),
        cell(a.mean.f1),
      ]);
    }
  }
  return renderTable(columns, out);
}

/** Micro F1 (with headline) of each metric on the parts of the set a reader asks about. */
export function realSubsetTable(rows: RealRow[]): string {
  const subsets: [string, RealRow[]][] = [
    ['all', rows],
    ['bench', rows.filter((r) => r.set === 'bench')],
    ['bench-b', rows.filter((r) => r.set === 'bench-b')],
    ['government', rows.filter((r) => r.governmentSite)],
  ];
  const columns = [
    { header: 'pages' },
    { header: 'n', align: 'right' as const },
    ...METRICS.map(([, h]) => ({ header: h, align: 'right' as const })),
  ];
  return renderTable(
    columns,
    subsets
      .filter(([, rs]) => rs.length > 0)
      .map(([label, rs]) => [
        label,
        String(rs.length),
        ...METRICS.map(([m]) => cell(aggregate(rs.map((r) => r.withTitle[m])).micro.f1)),
      ]),
  );
}

/** Misses and wrong items of one page (with the headline), marking what only the headline prints. */
export function realDiff(r: RealRow, gold: SeedGold): string[] {
  const titleOnly = new Set(
    [
      ...(gold.officials ?? []),
      ...(gold.persons ?? []),
      ...(gold.places ?? []),
      ...(gold.organizations ?? []),
    ]
      .filter((e) => e.inTitle)
      .map((e) => e.name ?? ''),
  );
  const mark = (xs: string[]) => xs.map((x) => (titleOnly.has(x) ? `${x}(headline)` : x));
  const out: string[] = [];
  for (const [m, label] of METRICS) {
    const s = r.withTitle[m];
    if (!s || (s.missed.length === 0 && s.wrong.length === 0)) continue;
    out.push(...listLines(`${label.padEnd(10)} F1 ${s.f1.toFixed(2)}  missed: `, mark(s.missed)));
    if (s.wrong.length) out.push(...listLines(`${''.padEnd(10)}          wrong:  `, s.wrong));
  }
  return out;
}

export const REAL_LEGEND = [
  'Gold: eval/gold/real-pages (hand-made from reading; a development set, see its README). G = government site.',
  "Each page cell: F1 with the headline's entities / F1 for the body alone (one number when both agree); — = nothing expected, nothing found.",
  'persons = officials ∪ persons as names (the NER rule); off+title = (name, title) pairs; aliases accepted, optional items neutral.',
  'micro = counts summed over pages; mean = per-page P/R/F1 averaged over pages where defined (empty pages left out).',
].join('\n');

export async function runRealEntities(
  analyzeHtml: (html: string, id: string) => Promise<Card>,
  verbose: boolean,
  dir = REAL_GOLD_DIR,
): Promise<RealRow[]> {
  const cases = loadRealCases(dir);
  const rows: RealRow[] = [];
  const diffs: string[] = [];
  const notes: string[] = [];
  for (const c of cases) {
    if (!fs.existsSync(c.file)) {
      notes.push(`${c.gold.id}: ${path.relative(REPO_ROOT, c.file)} not found, skipped`);
      continue;
    }
    const card = await analyzeHtml(readPage(c.file, c.encoding).html, c.gold.id);
    const row = scoreReal(c, card);
    rows.push(row);
    const d = realDiff(row, entityGold(c.gold));
    if (verbose && d.length) diffs.push(`── ${row.id} (${row.set})`, ...d.map((l) => `  ${l}`));
  }
  console.log(`REAL-PAGE ENTITIES: ${rows.length} pages, gold from ${path.relative(REPO_ROOT, dir)}`);
  console.log(realPageTable(rows));
  console.log('');
  console.log(realSummaryTable(rows));
  console.log('');
  console.log('micro F1 by part of the set (with headline):');
  console.log(realSubsetTable(rows));
  console.log(REAL_LEGEND);
  for (const n of notes) console.log(`note: ${n}`);
  if (diffs.length) console.log(`\nREAL-PAGE DIFFS (--verbose)\n${diffs.join('\n')}`);
  return rows;
}
