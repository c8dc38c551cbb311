/**
 * Finds and reads the eval's inputs: the seed gold annotations (or the project's fixture copies of
 * them) and the public bench manifest. Field names follow the files as written; nothing is renamed.
 */

import fs from 'node:fs';
import path from 'node:path';
import { decodeHtml, encodingFor } from '../../cli/decode-html';

/** A named thing in the gold: officials, persons and places use `name`, policy phrases `text`. */
export interface GoldEntity {
  name?: string;
  text?: string;
  aliases?: string[];
  optional?: boolean;
  titles?: string[];
  /** Titles an official may be given or not (市领导 beside a real office). */
  optionalTitles?: string[];
  /** Other printed or shortened forms of one title (法国总理 → 总理); any one matches it. */
  titleAliases?: Record<string, string[]>;
  /** Printed only in the headline: required with the headline, optional for the body alone. */
  inTitle?: boolean;
}

export interface SeedGold {
  page?: string;
  isArticle?: boolean;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  authors?: string[];
  bodyText?: string;
  paragraphs?: string[];
  officials?: GoldEntity[];
  persons?: GoldEntity[];
  places?: GoldEntity[];
  policyPhrases?: GoldEntity[];
  organizations?: GoldEntity[];
  alternatives?: {
    title?: string[];
    date?: string[];
    source?: string[];
    /** Canonical author → other accepted spellings. */
    authors?: Record<string, string[]>;
  };
  notes?: string[];
}

export interface SeedCase {
  id: string;
  pagePath: string;
  gold: SeedGold;
}

export interface SeedSet {
  /** Where the gold came from, said in the report. */
  origin: string;
  cases: SeedCase[];
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = path.resolve(REPO_ROOT, '../shared');
const FIXTURE_PAGES = path.join(REPO_ROOT, 'tests/fixtures/pages');
const FIXTURE_EXPECTED = path.join(REPO_ROOT, 'tests/fixtures/expected');

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const jsonFiles = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/** Seed gold from `dir` (default ../shared/gold), else the fixture copies in tests/fixtures/expected. */
export function loadSeeds(dir: string | null, defaultDir = path.join(SHARED, 'gold')): SeedSet {
  const goldDir = dir ?? defaultDir;
  if (fs.existsSync(goldDir)) {
    const cases = jsonFiles(goldDir).map((f): SeedCase => {
      const gold = readJson<SeedGold>(path.join(goldDir, f));
      const page = gold.page ?? `${path.basename(f, '.json')}.html`;
      const id = `${f.slice(0, 3)} ${path.basename(page, '.html')}`;
      return { id, pagePath: path.join(FIXTURE_PAGES, page), gold };
    });
    return { origin: path.relative(REPO_ROOT, goldDir), cases };
  }
  if (dir !== null) throw new Error(`no gold directory at ${goldDir}`);
  const cases = jsonFiles(FIXTURE_EXPECTED).map((f): SeedCase => {
    const name = path.basename(f, '.json');
    return {
      id: name,
      pagePath: path.join(FIXTURE_PAGES, `${name}.html`),
      gold: readJson<SeedGold>(path.join(FIXTURE_EXPECTED, f)),
    };
  });
  return {
    origin: `${path.relative(REPO_ROOT, FIXTURE_EXPECTED)} (fallback: ${path.relative(REPO_ROOT, goldDir)} not found)`,
    cases,
  };
}

export interface BenchExpected {
  isArticle: boolean;
  title?: string | null;
  date?: string | null;
  /** Set A: one name, from the oracle. */
  author?: string | null;
  /** Set B: the names, [] where the gold says UNKNOWN. */
  authors?: string[];
  bodyText?: string;
  bodyFirst?: string;
  bodyLast?: string;
}

export interface BenchCase {
  id: string;
  file: string;
  site: string;
  governmentSite: boolean;
  /** 'project' = hand-checked; 'repo' = another extractor's recorded output (a weak oracle). */
  annotatedBy: string;
  /** The charset the stored bytes really are. */
  encoding?: string;
  expected: BenchExpected;
}

/** Pages of a bench scored apart in its summary, from the bench's subsets/<label>/manifest.json. */
export interface BenchSubset {
  label: string;
  ids: Set<string>;
}

export interface BenchSet {
  dir: string;
  cases: BenchCase[];
  subsets: BenchSubset[];
}

/** The benches `npm run eval` scores when no --bench is given, those present. */
export const DEFAULT_BENCHES = [path.join(SHARED, 'bench'), path.join(SHARED, 'bench-b')];

/** The bench manifest in `dir`; null when it is absent and `dir` was not asked for by name. */
export function loadBench(dir: string, required = true): BenchSet | null {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    if (required) throw new Error(`no manifest.json in ${dir}`);
    return null;
  }
  const { pages } = readJson<{ pages: BenchCase[] }>(manifest);
  const subsetsDir = path.join(dir, 'subsets');
  const subsets = fs.existsSync(subsetsDir)
    ? fs
        .readdirSync(subsetsDir)
        .filter((d) => fs.existsSync(path.join(subsetsDir, d, 'manifest.json')))
        .sort()
        .map((label) => ({
          label,
          ids: new Set(
            readJson<{ pages: BenchCase[] }>(path.join(subsetsDir, label, 'manifest.json')).pages.map(
              (p) => p.id,
            ),
          ),
        }))
    : [];
  return { dir, cases: pages, subsets };
}

export interface PageText {
  /** The page as the CLI reads it (decodeHtml: declared charset, else detected). */
  html: string;
  /** The page decoded by its real charset (the manifest's encoding), what Readability gets; else = html. */
  realHtml: string;
  /** The CLI's decoding differs from the real charset's. */
  charsetMismatch: boolean;
}

/**
 * A page's text, twice: as the CLI decodes it (what ours reads, so a wrong decoding costs ours as it
 * would a user), and by the encoding its manifest records, the bytes' real one (what the baseline
 * reads, so it is not blamed for a decoding it does not do).
 */
export function readPage(file: string, encoding?: string): PageText {
  const bytes = fs.readFileSync(file);
  const html = decodeHtml(bytes);
  if (!encoding) return { html, realHtml: html, charsetMismatch: false };
  const realHtml = new TextDecoder(encodingFor(encoding) ?? encoding).decode(bytes);
  return { html, realHtml, charsetMismatch: html !== realHtml };
}
