/** The pages the bench times: the project's fixture pages, then the public bench pages if present. */

import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_BENCHES, loadBench, REPO_ROOT, readPage } from '../eval/inputs';

export interface BenchPage {
  id: string;
  group: 'fixture' | 'bench';
  html: string;
}

const FIXTURE_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');

export function loadPages(): { pages: BenchPage[]; notes: string[] } {
  const notes: string[] = [];
  const pages: BenchPage[] = fs
    .readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      id: path.basename(f, '.html'),
      group: 'fixture',
      html: readPage(path.join(FIXTURE_DIR, f)).html,
    }));
  const bench = loadBench(DEFAULT_BENCHES[0]!, false);
  if (!bench) {
    notes.push('../shared/bench not found: bench pages skipped, fixture pages only');
    return { pages, notes };
  }
  // The manifest's encoding is the stored bytes' real one (some pages declare another charset).
  for (const c of bench.cases) {
    const file = path.join(bench.dir, c.file);
    if (!fs.existsSync(file)) {
      notes.push(`${c.id}: ${c.file} missing, skipped`);
      continue;
    }
    pages.push({ id: c.id, group: 'bench', html: readPage(file, c.encoding).html });
  }
  return { pages, notes };
}
