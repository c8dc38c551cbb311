/**
 * Learns a graded given-name score per character from the TRAINING parts of the two development NER
 * corpora (People's Daily 1998 dev and CLUENER2020 train, the tagger's split in scripts/ner/corpus.ts;
 * the held-out parts are never read):
 *
 *   npx tsx scripts/ner/build-given-name-chars.ts [--folds N --fold I --out FILE]
 *
 * (`--folds N --fold I` leaves fold I of the training part out too, as train.ts does, for measuring
 * on that fold with a model trained without it; such a run writes to --out only.)
 *
 * A character's score is how often it stands in the given name of a Chinese person's name (a
 * PER/name span of two to four characters that starts with a listed surname, assets/surnames.json)
 * against how often it stands outside every labelled entity: 芬 of 赵东芬 counts, 芬 of 芬兰 (a place)
 * counts neither way, 起 of 起来 counts against. Characters seen fewer than MIN_SEEN times that way
 * are not graded (unknown). The score is cut into grades at GRADE_FROM (grade i: score ≥ bound i−1).
 * Writes assets/given-name-chars.json.
 */
import fs from 'node:fs';
import surnames from '../../assets/surnames.json';
import { fnv1a, loadCluener, loadPeoplesDaily } from './corpus';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const FOLDS = Number(arg('--folds') ?? 0);
const FOLD = Number(arg('--fold') ?? 0);
const inFold = (text: string) => FOLDS > 0 && Math.floor(fnv1a(text) / 100) % FOLDS === FOLD;
const OUT = arg('--out') ?? (FOLDS ? undefined : 'assets/given-name-chars.json');

export const MIN_SEEN = 3;
/** Lower score bounds of grades 1–4 (grade 0 below the first). */
export const GRADE_FROM = [0.02, 0.1, 0.2, 0.4];

const single = new Set(Array.from(surnames.single));
const given = new Map<string, number>();
const outside = new Map<string, number>();
const bump = (m: Map<string, number>, c: string) => m.set(c, (m.get(c) ?? 0) + 1);
for (const s of [...loadPeoplesDaily(), ...loadCluener()]) {
  if (s.heldOut || inFold(s.text)) continue;
  const inside = new Uint8Array(s.text.length);
  for (const sp of s.spans) {
    inside.fill(1, sp.start, sp.end);
    if (sp.label !== 'PER' && sp.label !== 'name') continue;
    const name = s.text.slice(sp.start, sp.end);
    const compound = surnames.compound.some((x) => name.startsWith(x) && name.length > x.length);
    const sur = compound ? 2 : single.has(name[0]!) ? 1 : 0;
    if (!sur || name.length - sur < 1 || name.length - sur > 2) continue;
    for (const c of name.slice(sur)) if (/\p{Script=Han}/u.test(c)) bump(given, c);
  }
  for (let i = 0; i < s.text.length; i++)
    if (!inside[i] && /\p{Script=Han}/u.test(s.text[i]!)) bump(outside, s.text[i]!);
}
const grades: string[][] = GRADE_FROM.map(() => []);
grades.push([]);
const chars = new Set([...given.keys(), ...outside.keys()]);
for (const c of [...chars].sort()) {
  const g = given.get(c) ?? 0;
  const seen = g + (outside.get(c) ?? 0);
  if (seen < MIN_SEEN) continue;
  const score = g / seen;
  grades[GRADE_FROM.filter((b) => score >= b).length]!.push(c);
}
const out = {
  source: `learned by scripts/ner/build-given-name-chars.ts from the training parts of People's Daily 1998 NER dev and CLUENER2020 train (held-out parts excluded): per Han character, its share of given-name places (in a person's name of 2–4 characters starting with a listed surname) among given-name places plus places outside every labelled entity, for characters seen at least ${MIN_SEEN} times so; grade i holds scores from bound i−1 (grade 0 below the first bound)`,
  bounds: GRADE_FROM,
  grades: grades.map((g) => g.join('')),
};
if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
console.log(grades.map((g, i) => `grade ${i}: ${g.length}`).join(', '));
