/** Command-line options of `npm run eval`. */

export interface EvalOptions {
  gold: string | null;
  /** Bench folders given with --bench, in order; empty = the default list (see USAGE). */
  bench: string[];
  only: 'seeds' | 'bench' | 'ner' | 'real-entities' | null;
  /** Checkouts whose engine the ner table also runs (a BEFORE row); none = this one only. */
  engines: string[];
  json: string | null;
  verbose: boolean;
  /** Another tagger model for the whole run (scripts/ner/with-model.ts); null = the shipped one. */
  model: string | null;
}

export const USAGE = `usage: npm run eval -- [--gold DIR] [--bench DIR]... [--only seeds|bench|ner|real-entities] [--engine DIR] [--json FILE] [--model FILE] [--verbose]

  --gold DIR     seed gold annotations (default ../shared/gold; falls back to tests/fixtures/expected)
  --bench DIR    a bench folder with manifest.json; repeat for several (default: ../shared/bench and
                 ../shared/bench-b, those present). A folder's subsets/*/manifest.json are scored apart
                 in its summary (bench-b's news subset).
  --only WHICH   run only the seed table, only the bench tables or only the NER table (held-out
                 parts of ../shared/ner, split as in scripts/ner/corpus.ts), or only the real-page
                 entity table (officials, persons, places, organizations of real dev-set pages against
                 the hand-made gold in eval/gold/real-pages)
  --engine DIR   NER table: also read the pages with the engine of the checkout at DIR (repeatable;
                 e.g. /work/main for a BEFORE row); default this checkout
  --json FILE    also write every per-page score as JSON, to compare with a later run
  --model FILE   read with this tagger model instead of assets/ner-model.json; the shipped model
                 learned the NER table's held-out parts too, so held-out figures need a split model:
                 npm run train:ner -- --split --out FILE
  --verbose      print what went wrong on each page that is not fully right
`;

export function parseOptions(argv: string[]): EvalOptions {
  const o: EvalOptions = {
    gold: null,
    bench: [],
    only: null,
    engines: [],
    json: null,
    verbose: false,
    model: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--gold') o.gold = value();
    else if (flag === '--bench') o.bench.push(value());
    else if (flag === '--json') o.json = value();
    else if (flag === '--engine') o.engines.push(value());
    else if (flag === '--model') o.model = value();
    else if (flag === '--verbose' || flag === '-v') o.verbose = true;
    else if (flag === '--only') {
      const v = value();
      if (v !== 'seeds' && v !== 'bench' && v !== 'ner' && v !== 'real-entities')
        throw new Error(`--only takes seeds, bench, ner or real-entities, not "${v}"`);
      o.only = v;
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}
