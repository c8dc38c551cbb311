/**
 * Finds and reads the eval's inputs: the seed gold annotations (or the project's fixture copies of
 * them) and the public bench manifest. Field names follow the files as written; nothing is renamed.
 */

import fs from 'node:fs';
import path from 'node:path';
import { decodeHtml } from '../../cli/decode-html';

/** A named thing in the gold: officials, persons and places use `name`, policy phrases `text`. */
export interface GoldEntity {
  name?: string;
  text?: string;
  aliases?: string[];
  optional?: boolean;
  titles?: string[];
  /** Titles an official may be given or not (市领导 beside a real office). */
  optionalTitles?: string[];
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
  author?: string | null;
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
  encoding?: string;
  expected: BenchExpected;
}

export interface BenchSet {
  dir: string;
  cases: BenchCase[];
}

/** The bench manifest in `dir` (default ../shared/bench), or null when it is absent. */
export function loadBench(dir: string | null): BenchSet | null {
  const benchDir = dir ?? path.join(SHARED, 'bench');
  const manifest = path.join(benchDir, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    if (dir !== null) throw new Error(`no manifest.json in ${benchDir}`);
    return null;
  }
  const { pages } = readJson<{ pages: BenchCase[] }>(manifest);
  return { dir: benchDir, cases: pages };
}

/**
 * The page's text. A bench page is decoded with the encoding its manifest records (its bytes as
 * stored), not the charset it declares: some copies were re-encoded to UTF-8 but still declare
 * gb2312. The eval measures extraction; `charsetMismatch` reports where decodeHtml would differ.
 */
export function readPage(file: string, encoding?: string): { html: string; charsetMismatch: boolean } {
  const bytes = fs.readFileSync(file);
  const sniffed = decodeHtml(bytes);
  if (!encoding) return { html: sniffed, charsetMismatch: false };
  const html = new TextDecoder(encoding).decode(bytes);
  return { html, charsetMismatch: html !== sniffed };
}
