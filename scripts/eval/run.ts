/**
 * `npm run eval`: measures the engine against the seed gold annotations and the public bench, with
 * Mozilla Readability scored beside it on the bench. A measurement, not a test: it prints tables and
 * exits 0 whatever the scores; it exits non-zero only when it cannot run (bad options, no pages).
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../cli/parse-html';
import { type Card, emptyCard } from '../../lib/card';
import { analyze } from '../../lib/local';
import { rerunWithModel } from '../ner/with-model';
import { scoreBenchPage } from './bench-score';
import {
  type BenchSet,
  DEFAULT_BENCHES,
  loadBench,
  loadSeeds,
  REPO_ROOT,
  readPage,
  type SeedSet,
} from './inputs';
import { runNer } from './ner';
import { type EvalOptions, parseOptions, USAGE } from './options';
import { cardOutput, MIN_ARTICLE_CHARS, readabilityOutput } from './readability';
import { type RealRow, runRealEntities } from './real-entities';
import { type BenchRow, benchDiff, benchSummaryTable, benchTable, flags, summarize } from './report-bench';
import { seedDiff, seedMeans, seedTable } from './report-seeds';
import { type SeedScore, scoreSeed } from './seed-score';

/** The engine must not stop the measurement: a page it throws on scores as an empty card. */
async function analyzeSafely(html: string, notes: string[], id: string): Promise<Card> {
  try {
    return await analyze(parseDocument(html), { url: null });
  } catch (err) {
    notes.push(`${id}: analyze threw ${(err as Error).message}`);
    return emptyCard(null, 'analyze threw');
  }
}

async function runSeeds(set: SeedSet, opts: EvalOptions): Promise<SeedScore[]> {
  const notes: string[] = [];
  const diffs: string[] = [];
  const scores: SeedScore[] = [];
  for (const c of set.cases) {
    if (!fs.existsSync(c.pagePath)) {
      notes.push(`${c.id}: page ${path.relative(REPO_ROOT, c.pagePath)} not found, skipped`);
      continue;
    }
    const card = await analyzeSafely(readPage(c.pagePath).html, notes, c.id);
    const score = scoreSeed(c.id, c.gold, card);
    scores.push(score);
    const diff = seedDiff(score, c.gold, card);
    if (opts.verbose && diff.length) diffs.push(`── ${c.id}`, ...diff.map((l) => `  ${l}`));
  }
  console.log(`SEED PAGES: ${scores.length} pages, gold from ${set.origin}`);
  console.log(seedTable(scores));
  console.log(
    [
      '✓/✗ exact after white-space squash (gold alternatives accepted; gold null needs null); · = not annotated.',
      'body F1: character-multiset F1 of card.body.text vs gold bodyText, all white space removed (order-blind).',
      'Set F1s match names after white-space squash, aliases accepted, optional items neither missed nor wrong;',
      'policy phrases also ignore quotation marks; off+title scores (name, title) pairs; — = nothing expected, nothing found (counts 1).',
    ].join('\n'),
  );
  for (const n of notes) console.log(`note: ${n}`);
  if (diffs.length) console.log(`\nSEED DIFFS (--verbose)\n${diffs.join('\n')}`);
  return scores;
}

async function runBench(set: BenchSet, opts: EvalOptions): Promise<BenchRow[]> {
  const notes: string[] = [];
  const rows: BenchRow[] = [];
  for (const c of set.cases) {
    const file = path.join(set.dir, c.file);
    if (!fs.existsSync(file)) {
      notes.push(`${c.id}: ${c.file} not found, skipped`);
      continue;
    }
    const { html, realHtml, charsetMismatch } = readPage(file, c.encoding);
    const card = await analyzeSafely(html, notes, c.id);
    const baseline = readabilityOutput(realHtml);
    if (baseline.error) notes.push(`${c.id}: readability threw ${baseline.error}`);
    rows.push({
      case: c,
      charsetMismatch,
      ours: scoreBenchPage(c.expected, cardOutput(card)),
      readability: scoreBenchPage(c.expected, baseline),
    });
  }
  const name = path.relative(REPO_ROOT, set.dir);
  const mismatched = rows.filter((r) => r.charsetMismatch).map((r) => r.case.id);
  console.log(`BENCH PAGES: ${rows.length} pages from ${name}; each cell is ours/readability`);
  console.log(benchTable(rows));
  console.log(
    [
      'G = government site; † = expected values from a weak oracle (another extractor\'s recorded output, annotatedBy "repo");',
      "c = the CLI's decoding (declared charset, else detected) differs from the page's real one (the manifest's encoding).",
      'Ours reads each page as the CLI decodes it; Readability reads it decoded by its real charset; both through parseDocument.',
      `art: the system's verdict and ≥ ${MIN_ARTICLE_CHARS} non-space body characters, for both (Readability: it returned an article).`,
      't⊂ = title contained (ours holds the expected title, or is ≥ half of it and inside it); day = same YYYY-MM-DD.',
      'first/last: the first/last 15 characters of bodyFirst/bodyLast (… stripped) occur in the body, white space removed;',
      'lead/trail: characters of body before/after them (- = not found); body F1 as for seeds, where bodyText is given;',
      'auth F1: set F1 of the names where the expected authors are known (Readability: its byline split into names).',
      'All text compared after NFKC and in simplified script (the card is simplified by contract).',
    ].join('\n'),
  );
  console.log('');
  console.log(`BENCH SUMMARY (${name})`);
  const subsets = [
    { label: 'all', rows },
    { label: 'hand-checked', rows: rows.filter((r) => r.case.annotatedBy === 'project') },
    { label: 'government', rows: rows.filter((r) => r.case.governmentSite) },
    ...set.subsets.map((s) => ({ label: s.label, rows: rows.filter((r) => s.ids.has(r.case.id)) })),
  ].filter((s, i) => i === 0 || s.rows.length > 0);
  console.log(benchSummaryTable(subsets));
  if (mismatched.length)
    console.log(
      `note: on ${mismatched.length} pages the CLI's decoding differs from the real charset: ${mismatched.join(', ')}`,
    );
  for (const n of notes) console.log(`note: ${n}`);
  if (opts.verbose) {
    const diffs = rows.flatMap((r) => {
      const d = benchDiff(r);
      return d.length
        ? [`── ${r.case.id} ${flags(r).trim()} (${r.case.site})`, ...d.map((l) => `  ${l}`)]
        : [];
    });
    if (diffs.length) console.log(`\nBENCH DIFFS, ours (--verbose)\n${diffs.join('\n')}`);
  }
  return rows;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let opts: EvalOptions;
  let seeds: SeedSet | null = null;
  const benches: BenchSet[] = [];
  const missing: string[] = [];
  try {
    opts = parseOptions(argv);
    rerunWithModel(opts.model ?? undefined);
    if (opts.only === null || opts.only === 'seeds') seeds = loadSeeds(opts.gold);
    if (opts.only === null || opts.only === 'bench') {
      const asked = opts.bench.length > 0;
      for (const dir of asked ? opts.bench : DEFAULT_BENCHES) {
        const set = loadBench(path.resolve(dir), asked);
        if (set) benches.push(set);
        else missing.push(path.relative(REPO_ROOT, dir));
      }
    }
  } catch (err) {
    console.error(`eval: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.only === 'ner') {
    await runNer({ engines: opts.engines });
    return 0;
  }
  const notes: string[] = [];
  const analyzeHtml = (html: string, id: string) => analyzeSafely(html, notes, id);
  if (opts.only === 'real-entities') {
    const rows = await runRealEntities(analyzeHtml, opts.verbose);
    for (const n of notes) console.log(`note: ${n}`);
    if (opts.json) writeJson(opts.json, { createdAt: new Date().toISOString(), realEntities: rows });
    return 0;
  }
  if (!seeds?.cases.length && !benches.some((b) => b.cases.length)) {
    console.error('eval: no pages found (no seed gold and no bench manifest)');
    return 1;
  }
  const seedScores = seeds?.cases.length ? await runSeeds(seeds, opts) : [];
  for (const m of missing) console.log(`note: no bench manifest in ${m}, skipped`);
  const benchRuns: { set: BenchSet; rows: BenchRow[] }[] = [];
  for (const set of benches) {
    if (seedScores.length || benchRuns.length) console.log('');
    benchRuns.push({ set, rows: set.cases.length ? await runBench(set, opts) : [] });
  }
  let realRows: RealRow[] = [];
  if (opts.only === null) {
    console.log('');
    realRows = await runRealEntities(analyzeHtml, opts.verbose);
    for (const n of notes) console.log(`note: ${n}`);
    console.log('');
    await runNer({ engines: opts.engines });
  }

  if (opts.json) {
    const report = {
      createdAt: new Date().toISOString(),
      seeds: {
        origin: seeds?.origin ?? null,
        mean: seedScores.length ? seedMeans(seedScores) : null,
        pages: seedScores,
      },
      benches: benchRuns.map(({ set, rows }) => ({
        dir: path.relative(REPO_ROOT, set.dir),
        summary: {
          ours: summarize(rows.map((r) => r.ours)),
          readability: summarize(rows.map((r) => r.readability)),
        },
        subsets: set.subsets.map((s) => {
          const sub = rows.filter((r) => s.ids.has(r.case.id));
          return {
            label: s.label,
            ours: summarize(sub.map((r) => r.ours)),
            readability: summarize(sub.map((r) => r.readability)),
          };
        }),
        pages: rows.map((r) => ({
          id: r.case.id,
          governmentSite: r.case.governmentSite,
          annotatedBy: r.case.annotatedBy,
          charsetMismatch: r.charsetMismatch,
          ours: r.ours,
          readability: r.readability,
        })),
      })),
      realEntities: realRows,
    };
    writeJson(opts.json, report);
  }
  return 0;
}

function writeJson(file: string, report: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote per-page scores to ${file}`);
}

process.exitCode = await main(process.argv.slice(2));
