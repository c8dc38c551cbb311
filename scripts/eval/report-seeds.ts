/** The seed table, its mean row, and the --verbose diffs for seed pages. */

import type { Card } from '../../lib/card';
import type { SeedGold } from './inputs';
import { mean, type SetScore } from './score';
import { goldBody, type SeedScore } from './seed-score';
import { f1Cell, mark, renderTable } from './table';
import { noSpace, oneLine, wrapList } from './text';

type Flag = 'isArticle' | 'title' | 'date' | 'source';
type SetField =
  | 'authors'
  | 'officials'
  | 'officialTitles'
  | 'places'
  | 'policyPhrases'
  | 'persons'
  | 'organizations';

const FLAGS: [Flag, string][] = [
  ['isArticle', 'art'],
  ['title', 'title'],
  ['date', 'date'],
  ['source', 'source'],
];
const SETS: [SetField, string][] = [
  ['authors', 'authors'],
  ['officials', 'officials'],
  ['officialTitles', 'off+title'],
  ['places', 'places'],
  ['policyPhrases', 'policy'],
  ['persons', 'persons'],
  ['organizations', 'orgs'],
];

const setCell = (s: SetScore | null) => f1Cell(s?.f1 ?? null, s?.empty ?? false);

/** Per-field summary over the pages that annotate the field: "k/n" for verdicts, mean for F1s. */
export function seedMeans(scores: SeedScore[]) {
  const flags = Object.fromEntries(
    FLAGS.map(([f]) => {
      const vs = scores.map((s) => s[f]).filter((v): v is boolean => v !== null);
      return [f, { right: vs.filter(Boolean).length, of: vs.length }];
    }),
  ) as Record<Flag, { right: number; of: number }>;
  const sets = Object.fromEntries(
    SETS.map(([f]) => [f, mean(scores.flatMap((s) => (s[f] ? [s[f].f1] : [])))]),
  ) as Record<SetField, number | null>;
  const body = mean(scores.flatMap((s) => (s.body === null ? [] : [s.body])));
  return { flags, sets, body };
}

export function seedTable(scores: SeedScore[]): string {
  const columns = [
    { header: 'seed page', max: 24 },
    ...FLAGS.map(([, h]) => ({ header: h, align: 'right' as const })),
    { header: 'body F1', align: 'right' as const },
    ...SETS.map(([, h]) => ({ header: h, align: 'right' as const })),
  ];
  const rows = scores.map((s) => [
    s.id,
    ...FLAGS.map(([f]) => mark(s[f])),
    f1Cell(s.body),
    ...SETS.map(([f]) => setCell(s[f])),
  ]);
  const m = seedMeans(scores);
  const ratio = (r: { right: number; of: number }) => (r.of === 0 ? '·' : `${r.right}/${r.of}`);
  rows.push([
    'mean',
    ...FLAGS.map(([f]) => ratio(m.flags[f])),
    f1Cell(m.body),
    ...SETS.map(([f]) => f1Cell(m.sets[f])),
  ]);
  return renderTable(columns, rows);
}

/** A labelled item list, wrapped so a diff line stays inside ~150 columns. */
export function listLines(head: string, xs: string[]): string[] {
  const pad = ' '.repeat(head.length);
  const lines = wrapList(
    xs.map((x) => oneLine(x, 40)),
    150 - head.length,
  );
  return lines.length === 0 ? [`${head}—`] : lines.map((l, i) => (i === 0 ? head : pad) + l);
}

/** The first and last sentence of a text (split after 。！？!?). */
function endSentences(text: string): [string, string] {
  const sentences = text
    .split(/(?<=[。！？!?])|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [sentences[0] ?? '', sentences[sentences.length - 1] ?? ''];
}

/** What went wrong on one seed page, in lines; empty when everything scored full. */
export function seedDiff(score: SeedScore, gold: SeedGold, card: Card): string[] {
  const out: string[] = [];
  const alt = (f: 'title' | 'date' | 'source') => {
    const alts = gold.alternatives?.[f];
    return alts?.length ? ` (or ${alts.map((a) => oneLine(a, 30)).join(' / ')})` : '';
  };
  for (const f of ['title', 'date', 'source'] as const) {
    if (score[f] === false) {
      out.push(`${f.padEnd(10)} expected ${oneLine(gold[f] ?? null)}${alt(f)}`);
      out.push(`${''.padEnd(10)} got      ${oneLine(card[f])}`);
    }
  }
  if (score.isArticle === false)
    out.push(`isArticle  expected ${gold.isArticle}, got ${card.isArticle} (${card.reason})`);
  const body = goldBody(gold);
  if (body !== null && score.body !== null && score.body < 0.999) {
    const ours = noSpace(card.body.text);
    const [first, last] = endSentences(body);
    out.push(
      `body       F1 ${score.body.toFixed(3)}; ours ${ours.length} chars, gold ${noSpace(body).length}`,
    );
    if (!ours.includes(noSpace(first))) {
      out.push(`${''.padEnd(10)} first sentence missing: ${oneLine(first, 60)}`);
      out.push(`${''.padEnd(10)} ours starts:            ${oneLine(card.body.text.slice(0, 60), 60)}`);
    }
    if (!ours.includes(noSpace(last))) {
      out.push(`${''.padEnd(10)} last sentence missing:  ${oneLine(last, 60)}`);
      out.push(`${''.padEnd(10)} ours ends:              ${oneLine(card.body.text.slice(-60), 60)}`);
    }
  }
  for (const [f, label] of SETS) {
    const s = score[f];
    if (!s || (s.missed.length === 0 && s.wrong.length === 0)) continue;
    out.push(...listLines(`${label.padEnd(10)} F1 ${s.f1.toFixed(2)}  missed: `, s.missed));
    if (s.wrong.length) out.push(...listLines(`${''.padEnd(10)}          wrong:  `, s.wrong));
  }
  return out;
}
