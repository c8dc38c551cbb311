/**
 * The CLI as plain JavaScript: esbuild bundles cli/main.ts (the reader and the pool, no engine),
 * cli/worker.ts (a worker thread with the engine) and cli/one-page.ts (one page, loaded only for one)
 * into dist-cli/ (`npm run build:cli`; bin/govlens.mjs builds it when it is missing or older than its
 * sources). Started through tsx, a run compiled the CLI's TypeScript and then bundled the worker with
 * esbuild: on the 7-page fixture WARC 1.30 CPU-s and 1.5 s with one job, 0.89 CPU-s and 1.0 s prebuilt
 * (workers on the TypeScript itself, before any bundle: 7.3 s and 388 MB for two). In the bundle
 * linkedom's nodes also come without listener maps (cli/lazy-event-targets.ts), and its elements build
 * their class lists when first read (cli/lazy-class-lists.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { lazyClassLists } from './lazy-class-lists';
import { lazyEventTargets } from './lazy-event-targets';
import { PREBUILT_DIR, prebuiltFresh, prebuiltRefused, REPO_ROOT, STAMP } from './prebuilt.mjs';

export const ENTRIES = { govlens: 'cli/main.ts', worker: 'cli/worker.ts', 'one-page': 'cli/one-page.ts' };
/** What the bundle depends on besides the files esbuild reads: how it is built. */
const BUILD_INPUTS = [
  'cli/build-cli.ts',
  'cli/lazy-event-targets.ts',
  'cli/lazy-class-lists.ts',
  'cli/prebuilt.mjs',
  'package-lock.json',
];

export interface CliBundle {
  dir: string;
  /** The worker thread's script. */
  worker: string;
  /** Removes a temporary bundle; nothing for dist-cli. */
  remove(): void;
}

/** cli/main.ts loads the engine for one page only when asked: in the bundle that is the one-page file. */
const onePageApart: Plugin = {
  name: 'govlens-one-page-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/one-page$/ }, () => ({ path: './one-page.mjs', external: true }));
  },
};

/**
 * The engine's large data (assets/*.json over 256 KB: the tagger's weights, the divisions) stays out of
 * the JavaScript: a copy beside the bundle, read by JSON.parse when the module loads. Inlined, it was
 * part of the bundle's source, which each worker thread compiled and then kept for its whole life (as
 * UTF-16, the source having Chinese text).
 */
const LARGE_ASSET_BYTES = 256 * 1024;
const ASSETS_DIR = 'assets';

function largeAssetsApart(copied: string[]): Plugin {
  return {
    name: 'govlens-large-assets-apart',
    setup(build) {
      build.onLoad({ filter: /[\\/]assets[\\/][^\\/]+\.json$/ }, (args) => {
        if (path.dirname(args.path) !== path.join(REPO_ROOT, ASSETS_DIR)) return undefined;
        if (fs.statSync(args.path).size < LARGE_ASSET_BYTES) return undefined;
        const name = path.basename(args.path);
        copied.push(args.path);
        return {
          contents:
            "import { readFileSync } from 'node:fs';\n" +
            `export default JSON.parse(readFileSync(new URL(${JSON.stringify(`./${ASSETS_DIR}/${name}`)}, import.meta.url), 'utf8'));\n`,
          loader: 'js',
        };
      });
    },
  };
}

/** Bundles into `outDir`: built in a folder of its own, then moved in file by file, the stamp last. */
export async function buildCli(
  outDir: string,
  warn: (message: string) => void = (m) => process.stderr.write(m),
): Promise<string> {
  // Loaded only to build: the bundle itself never needs esbuild.
  const { build } = await import('esbuild');
  fs.mkdirSync(outDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(outDir, '.build-'));
  const copied: string[] = [];
  try {
    const result = await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: ENTRIES,
      outdir: staging,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['esbuild'],
      metafile: true,
      logLevel: 'error',
      plugins: [onePageApart, largeAssetsApart(copied), lazyEventTargets(warn), lazyClassLists(warn)],
      // CommonJS dependencies call require(); an ES module bundle has to provide it.
      banner: {
        js: "import { createRequire as __govlensRequire } from 'node:module'; const require = __govlensRequire(import.meta.url);",
      },
    });
    const inputs: Record<string, [number, number]> = {};
    for (const file of [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS]) {
      if (file.includes(':')) continue; // esbuild's virtual modules
      const st = fs.statSync(path.join(REPO_ROOT, file), { throwIfNoEntry: false });
      if (st) inputs[file] = [st.mtimeMs, st.size];
    }
    fs.mkdirSync(path.join(staging, ASSETS_DIR));
    fs.mkdirSync(path.join(outDir, ASSETS_DIR), { recursive: true });
    const assets = [...new Set(copied)].map((file) => {
      const name = path.join(ASSETS_DIR, path.basename(file));
      fs.copyFileSync(file, path.join(staging, name));
      return name;
    });
    const files = [...assets, ...Object.keys(ENTRIES).map((name) => `${name}.mjs`)];
    fs.writeFileSync(path.join(staging, STAMP), JSON.stringify({ files, inputs }));
    for (const file of [...files, STAMP]) fs.renameSync(path.join(staging, file), path.join(outDir, file));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}

/** A bundle in a temporary folder, removed by `remove()`: for a run that must not use or write dist-cli. */
export async function temporaryCli(warn?: (message: string) => void): Promise<CliBundle> {
  const dir = await buildCli(
    path.join(os.tmpdir(), `govlens-bundle-${crypto.randomBytes(6).toString('hex')}`),
    warn,
  );
  return {
    dir,
    worker: path.join(dir, 'worker.mjs'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * dist-cli when it matches the sources; else built there (several runs may race: each file lands whole);
 * else, when the clone is read-only, a temporary bundle.
 */
export async function currentCli(warn?: (message: string) => void): Promise<CliBundle> {
  const kept = (dir: string): CliBundle => ({ dir, worker: path.join(dir, 'worker.mjs'), remove: () => {} });
  if (prebuiltFresh()) return kept(PREBUILT_DIR);
  if (!prebuiltRefused()) {
    try {
      return kept(await buildCli(PREBUILT_DIR, warn));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw e;
    }
  }
  return temporaryCli(warn);
}

/**
 * The worker script of this run: beside this file when this is the bundle (dist-cli/govlens.mjs or a
 * temporary one); from the TypeScript (tests), the current bundle's.
 */
export async function workerScript(warn?: (message: string) => void): Promise<CliBundle> {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.mjs')) {
    const dir = path.dirname(here);
    const worker = path.join(dir, 'worker.mjs');
    if (fs.existsSync(worker)) return { dir, worker, remove: () => {} };
  }
  return currentCli(warn);
}
