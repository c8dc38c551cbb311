import os from 'node:os';

export const USAGE = `usage: govlens analyze [options] FILE.html|DIR|ARCHIVE.warc[.gz]|-

  FILE.html   a saved page: one card (--format json, md or text)
  DIR         every .html/.htm file in it, one JSON card per line (with "file")
  ARCHIVE     a WARC (ISO 28500), gzipped or not: one JSON card per line for every
              HTML response record (with "url", "warcDate", "recordId")
  -           standard input: a page, a WARC, or file paths one a line (each a page
              or a WARC), told apart by content
  --url URL           the page's address, recorded in the card (one page only)
  --format F          json (default, per docs/card-contract.md), md or text (one page only)
  --jobs N            pages analysed at once in worker threads (default: the number of cores)
  --only-articles     print the cards of articles only
  --url-pattern RE    analyse only records whose URL (files: whose path) matches RE
  --fields a,b,c      print only these fields of each card
  --quiet             no progress bar and no summary on standard error
`;

/** A mistake of the user's: printed as one line, never as a stack trace. */
export class UsageError extends Error {}

export interface Args {
  command: string | undefined;
  url: string | null;
  format: 'json' | 'md' | 'text';
  formatGiven: boolean;
  inputs: string[];
  help: boolean;
  jobs: number;
  onlyArticles: boolean;
  urlPattern: RegExp | null;
  fields: string[] | null;
  quiet: boolean;
}

export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
}

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: undefined,
    url: null,
    format: 'json',
    formatGiven: false,
    inputs: [],
    help: false,
    jobs: defaultJobs(),
    onlyArticles: false,
    urlPattern: null,
    fields: null,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') args.help = true;
    else if (is('--url')) args.url = value('--url');
    else if (is('--format') || a === '-f') {
      const f = value('--format');
      if (f !== 'json' && f !== 'md' && f !== 'text')
        throw new UsageError(`unknown format "${f}" (json, md or text)`);
      args.format = f;
      args.formatGiven = true;
    } else if (is('--jobs') || a === '-j') {
      const v = value('--jobs');
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs needs a whole number ≥ 1, not "${v}"`);
      args.jobs = n;
    } else if (a === '--only-articles') args.onlyArticles = true;
    else if (is('--url-pattern')) {
      const v = value('--url-pattern');
      try {
        args.urlPattern = new RegExp(v);
      } catch {
        throw new UsageError(`--url-pattern "${v}" is not a regular expression`);
      }
    } else if (is('--fields')) {
      const fields = value('--fields')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      if (fields.length === 0) throw new UsageError('--fields needs at least one field name');
      args.fields = fields;
    } else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else if (args.command === undefined) args.command = a;
    else args.inputs.push(a);
  }
  return args;
}
