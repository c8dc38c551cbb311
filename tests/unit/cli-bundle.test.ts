import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorLine } from '../../cli/lines';
import { analyzeOnePage } from '../../cli/one-page';
import { analyzePage } from '../../cli/page-task';
import { PREBUILT_DIR, prebuiltFresh, REPO_ROOT, STAMP } from '../../cli/prebuilt.mjs';
import { warcItems } from '../../cli/warc';
import { PAGES } from './helpers';

const BIN = path.resolve('bin/govlens.mjs');
const GZ = path.resolve('tests/fixtures/warc/sample.warc.gz');
/** Two bundled worker threads start on a busy 2-core machine. */
const SPAWN_TIMEOUT_MS = 60_000;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-cli-bundle-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function* chunksOf(bytes: Uint8Array, size = 4096) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The lines a corpus run prints, computed here on the TypeScript sources: no bundle, no worker. */
async function sourceLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const item of warcItems(chunksOf(fs.readFileSync(file)), null)) {
    if (item.kind === 'error') lines.push(errorLine(item.meta, item.error));
    if (item.kind !== 'page') continue;
    const outcome = await analyzePage(item.bytes, item.charset, item.meta, {
      fields: null,
      onlyArticles: false,
    });
    if (outcome.kind !== 'notHtml' && outcome.line !== null) lines.push(outcome.line);
  }
  return lines;
}

describe('the prebuilt CLI (dist-cli/)', () => {
  it('is built and current before the tests (tests/setup/build-cli.ts)', () => {
    expect(prebuiltFresh()).toBe(true);
    for (const f of ['govlens.mjs', 'worker.mjs', 'one-page.mjs'])
      expect(fs.existsSync(path.join(PREBUILT_DIR, f))).toBe(true);
  });

  it(
    'prints, with --jobs 2, the lines the TypeScript engine gives the sample WARC page by page',
    async () => {
      const bundled = execFileSync(process.execPath, [BIN, 'analyze', GZ, '--jobs', '2', '--quiet'])
        .toString()
        .split('\n')
        .filter(Boolean);
      const source = await sourceLines(GZ);
      expect(source.length).toBe(7);
      expect(bundled).toEqual(source);
    },
    SPAWN_TIMEOUT_MS,
  );

  it(
    'gives one page the card the TypeScript engine gives it',
    async () => {
      for (const name of ['xuhui-epaper', 'gb2312-no-meta']) {
        const file = path.join(PAGES, `${name}.html`);
        const bundled = execFileSync(process.execPath, [BIN, 'analyze', file, '--format', 'md']).toString();
        expect(bundled).toBe(await analyzeOnePage(fs.readFileSync(file), file, null, 'md'));
      }
    },
    SPAWN_TIMEOUT_MS,
  );
});

describe('whether the prebuilt CLI is current', () => {
  const stampOf = (inputs: Record<string, [number, number]>, files: string[] = []) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'dist-'));
    for (const f of files) fs.writeFileSync(path.join(dir, f), '');
    fs.writeFileSync(path.join(dir, STAMP), JSON.stringify({ files, inputs }));
    return dir;
  };
  const now = (file: string): [number, number] => {
    const st = fs.statSync(path.join(REPO_ROOT, file));
    return [st.mtimeMs, st.size];
  };

  it('is while every input has the size and time it had when bundled', () => {
    expect(prebuiltFresh(stampOf({ 'package.json': now('package.json') }, ['govlens.mjs']))).toBe(true);
  });

  it('is not once an input changed, went missing, or a bundled file is gone', () => {
    const [mtime, size] = now('package.json');
    expect(prebuiltFresh(stampOf({ 'package.json': [mtime - 1000, size] }))).toBe(false);
    expect(prebuiltFresh(stampOf({ 'package.json': [mtime, size + 1] }))).toBe(false);
    expect(prebuiltFresh(stampOf({ 'lib/no-such-file.ts': [mtime, size] }))).toBe(false);
    expect(prebuiltFresh(stampOf({ 'package.json': [mtime, size] }, []))).toBe(true);
    const dir = stampOf({ 'package.json': [mtime, size] }, ['worker.mjs']);
    fs.rmSync(path.join(dir, 'worker.mjs'));
    expect(prebuiltFresh(dir)).toBe(false);
    expect(prebuiltFresh(path.join(tmp, 'never-built'))).toBe(false);
  });
});
