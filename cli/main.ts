import { type Args, parseArgs, USAGE, UsageError } from './args';
import { runCorpus } from './corpus';
import { knownFields } from './lines';
import { openInput } from './sources';

export { parseArgs, UsageError } from './args';

/** What the CLI reads and where its progress bar may draw; the bin passes the process's own. */
export interface Io {
  stdin?: AsyncIterable<Uint8Array>;
  /** Standard error when it is a terminal, else null: no progress bar. */
  progressStream?: NodeJS.WriteStream | null;
}

function checkCorpusArgs(args: Args): void {
  if (args.url !== null) throw new UsageError('--url is for one page; records and files have their own');
  if (args.formatGiven && args.format !== 'json')
    throw new UsageError('archives and folders print JSON lines only');
  if (args.fields) {
    const known = new Set(knownFields());
    const unknown = args.fields.filter((f) => !known.has(f));
    if (unknown.length)
      throw new UsageError(`unknown field ${unknown.join(', ')} (fields: ${[...known].join(', ')})`);
  }
}

export async function run(
  argv: string[],
  out: (s: string) => void,
  err: (s: string) => void,
  io: Io = {},
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
    err(`govlens: analyze takes one FILE, DIR, ARCHIVE or -\n${USAGE}`);
    return 2;
  }
  try {
    const input = await openInput(args.inputs[0]!, io.stdin ?? process.stdin, args.urlPattern);
    if (input.mode === 'page') {
      // The engine and the HTML parser load only when a page needs them, never in a --jobs run's reader.
      const { analyzeOnePage } = await import('./one-page');
      out(await analyzeOnePage(input.bytes, input.name, args.url, args.format));
      return 0;
    }
    try {
      checkCorpusArgs(args);
    } catch (e) {
      err(`govlens: ${(e as Error).message}\n`);
      return 2;
    }
    const { code } = await runCorpus(
      input.items,
      input.progress,
      { ...args, progressStream: io.progressStream ?? null },
      out,
      err,
    );
    return code;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`govlens: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
