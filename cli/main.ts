import fs from 'node:fs';
import path from 'node:path';
import type { Card } from '../lib/card';
import { toJSON, toMarkdown, toText } from '../lib/export/index';
import { analyze } from '../lib/local';
import { decodeHtml } from './decode-html';
import { parseDocument } from './parse-html';

const USAGE = `usage: govlens analyze [--url URL] [--format json|md|text] FILE.html|DIR|-

  FILE.html   a saved page; "-" reads the page from standard input
  DIR         analyzes every .html/.htm file in it, one JSON card per line
  --url URL   the page's address, recorded in the card
  --format    json (default, per docs/card-contract.md), md or text
`;

/** A mistake of the user's: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

interface Args {
  command: string | undefined;
  url: string | null;
  format: 'json' | 'md' | 'text';
  inputs: string[];
  help: boolean;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, url: null, format: 'json', inputs: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--url' || a.startsWith('--url=')) args.url = value('--url');
    else if (a === '--format' || a.startsWith('--format=') || a === '-f') {
      const f = value('--format');
      if (f !== 'json' && f !== 'md' && f !== 'text')
        throw new UsageError(`unknown format "${f}" (json, md or text)`);
      args.format = f;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (args.command === undefined) args.command = a;
    else args.inputs.push(a);
  }
  return args;
}

function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<\s*(?:!doctype|html|head|body|div|p|table|meta|title|article|section|span|h[1-6])\b/i.test(
    text.slice(0, 65536),
  );
}

function readPage(file: string): string {
  let bytes: Uint8Array;
  if (file === '-') bytes = fs.readFileSync(0);
  else {
    if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
    if (fs.statSync(file).isDirectory()) throw new UsageError(`${file} is a directory`);
    bytes = fs.readFileSync(file);
  }
  const name = file === '-' ? 'standard input' : file;
  if (bytes.length === 0) throw new UsageError(`${name} is empty`);
  const html = decodeHtml(bytes);
  if (!looksLikeHtml(html)) throw new UsageError(`${name} is not an HTML page`);
  return html;
}

function render(card: Card, format: Args['format'], compact: boolean): string {
  if (format === 'md') return toMarkdown(card, { body: true });
  if (format === 'text') return toText(card, { body: true });
  return `${toJSON(card, !compact)}\n`;
}

export async function analyzeFile(file: string, url: string | null): Promise<Card> {
  const html = readPage(file);
  return analyze(parseDocument(html), { url });
}

export async function run(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err(`govlens: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help || args.command === undefined) {
    (args.help ? out : err)(USAGE);
    return args.help ? 0 : 2;
  }
  if (args.command !== 'analyze') {
    err(`govlens: unknown command "${args.command}"\n${USAGE}`);
    return 2;
  }
  if (args.inputs.length !== 1) {
    err(`govlens: analyze takes one FILE, DIR or -\n${USAGE}`);
    return 2;
  }
  const input = args.inputs[0]!;
  try {
    if (input !== '-' && fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      const files = fs
        .readdirSync(input)
        .filter((f) => /\.html?$/i.test(f))
        .sort();
      if (files.length === 0) throw new UsageError(`no .html files in ${input}`);
      let failed = 0;
      for (const f of files) {
        const file = path.join(input, f);
        try {
          out(`${toJSON(await analyzeFile(file, null), false)}\n`);
        } catch (e) {
          if (!(e instanceof UsageError)) throw e;
          err(`govlens: ${e.message}\n`);
          failed++;
        }
      }
      return failed ? 1 : 0;
    }
    out(render(await analyzeFile(input, args.url), args.format, false));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`govlens: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
