/**
 * Learns a graded given-name score per character (scripts/ner/given-name-grades.ts) from the TRAINING
 * parts of the two development NER corpora (People's Daily 1998 dev and CLUENER2020 train, the
 * tagger's split in scripts/ner/corpus.ts; the held-out parts are never read):
 *
 *   npx tsx scripts/ner/build-given-name-chars.ts [--folds N --fold I --out FILE]
 *
 * (`--folds N --fold I` leaves fold I of the training part out too, as train.ts does, for measuring
 * on that fold with a model trained without it; such a run writes to --out only.)
 * Writes assets/given-name-chars.json.
 */
import fs from 'node:fs';
import { fnv1a, loadCluener, loadPeoplesDaily } from './corpus';
import { GRADE_FROM, givenNameGrades, MIN_SEEN } from './given-name-grades';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const FOLDS = Number(arg('--folds') ?? 0);
const FOLD = Number(arg('--fold') ?? 0);
const inFold = (text: string) => FOLDS > 0 && Math.floor(fnv1a(text) / 100) % FOLDS === FOLD;
const OUT = arg('--out') ?? (FOLDS ? undefined : 'assets/given-name-chars.json');

const train = [...loadPeoplesDaily(), ...loadCluener()].filter((s) => !s.heldOut && !inFold(s.text));
const grades = givenNameGrades(train);
const out = {
  source: `learned by scripts/ner/build-given-name-chars.ts from the training parts of People's Daily 1998 NER dev and CLUENER2020 train (held-out parts excluded): per Han character, its share of given-name places (in a person's name of 2–4 characters starting with a listed surname) among given-name places plus places outside every labelled entity, for characters seen at least ${MIN_SEEN} times so; grade i holds scores from bound i−1 (grade 0 below the first bound)`,
  bounds: GRADE_FROM,
  grades,
};
if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(grades.map((g, i) => `grade ${i}: ${g.length}`).join(', '));
