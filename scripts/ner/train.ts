/**
 * `npm run train:ner`: trains the entity tagger (lib/recognize/tagger) on every sentence of the two
 * development corpora and writes assets/ner-model.json. An averaged structured perceptron over
 * BIOES labels with Viterbi decoding; where a corpus leaves labels open (labels.ts) the reference
 * sequence is the best one that agrees with the annotation under the current weights.
 * With `--split` it learns the training parts only (the split in corpus.ts), prints held-out figures
 * before and after quantization, and writes its model only where `--out FILE` names one: every choice
 * (features, epochs, rules) is measured that way, and the shipped model then learns the held-out
 * parts too, with the same settings. Measured on folds of the training part: a model that learned
 * 64 % of People's Daily dev instead of 80 % lost 0.026 PER F1 and 0.014 LOC F1 through the
 * pipeline on the held-out part, so the last fifth of the data is worth learning.
 *
 *   npx tsx scripts/ner/train.ts [--split] [--epochs N] [--runs N] [--seed N] [--min-count N] [--pd-repeat N]
 *       [--bytes 1|2] [--prune X] [--out FILE] [--no-write] [--dump FILE]
 *       [--crf [--rate X]] [--pd-only] [--no-open-listed]   (alternatives measured, see assets/README.md)
 *       [--groups '{"1":[-3,-2,-1,0,1,2,3]}']   (other offsets for feature groups, features.ts; measured;
 *       the surname-context groups 19–21, off as shipped, e.g. '{"19":[-1,0],"20":[-2,-1,0]}')
 *       [--folds N --fold I [--learn-held]]   (measure on fold I of the training part instead; writes
 *       nothing, or the fold's model to --out FILE only where one is named, for pipeline-part.ts
 *       --folds N --fold I; --learn-held learns the held-out part too)
 *       [--name-grades]   (given-name grades in the lexicon, refining group 13; measured, not kept)
 *       [--cedict persons,places,orgs,words | none]   (which CC-CEDICT word lists become lexicon
 *       lists 4–7, read by features.ts groups 16–18; all four by default, as shipped)
 *       [--augment N]   (N synthetic copies of each sentence naming a Chinese person, the names
 *       replaced, augment.ts; measured and not kept, off by default; with it: --augment-rate P shown
 *       instead of the sentence with probability P, not besides it; --augment-words X: that share of
 *       two-character given names are CC-CEDICT words; --augment-smooth X: added to each listed
 *       surname's count; --augment-typical: name-typical given-name characters only; --augment-two:
 *       three-character names only; --augment-cluener: CLUENER's sentences only)
 */

import fs from 'node:fs';
import path from 'node:path';
import { featureHash, GROUPS, keysOf, PAD, slots } from '../../lib/recognize/tagger/features';
import { Lexicon } from '../../lib/recognize/tagger/lexicon';
import { type ModelAsset, TaggerModel } from '../../lib/recognize/tagger/model';
import { spansOf, TAG_COUNT, TYPES } from '../../lib/recognize/tagger/tags';
import { viterbi } from '../../lib/recognize/tagger/viterbi';
import { augment } from './augment';
import { fnv1a, loadCluener, loadPeoplesDaily, type Sentence } from './corpus';
import { marginals } from './crf';
import { buildLexicon } from './gazetteers';
import { maskOf } from './labels';
import { heldOutTable, type Tagged } from './report';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EPOCHS = opt('--epochs', 20);
const MIN_COUNT = opt('--min-count', 2);
const PD_REPEAT = opt('--pd-repeat', 4);
const BYTES = opt('--bytes', 1) as 1 | 2;
const PRUNE = opt('--prune', 0.005);
const OUT = args.includes('--out')
  ? args[args.indexOf('--out') + 1]!
  : path.resolve(import.meta.dirname, '../../assets/ner-model.json');
const CRF = args.includes('--crf');
const RATE = opt('--rate', 0.5);
const OPEN_LISTED = !args.includes('--no-open-listed');
if (args.includes('--groups'))
  for (const [g, offsets] of Object.entries(
    JSON.parse(args[args.indexOf('--groups') + 1]!) as Record<string, number[]>,
  ))
    GROUPS[Number(g)] = offsets;
const SLOTS = slots();
const T = TAG_COUNT;
const K = SLOTS.count;
const G = GROUPS.length;

const t0 = Date.now();
// With --folds N --fold i, the training part's fold i (by higher hash digits than the split's) is
// measured instead of the held-out part, and the model trains on the other folds: a check of a choice
// on more sentences than the held-out part has. Such a run writes nothing.
const FOLDS = opt('--folds', 0);
const FOLD = opt('--fold', 0);
const inFold = (s: Sentence) => FOLDS > 0 && Math.floor(fnv1a(s.text) / 100) % FOLDS === FOLD;
const SPLIT = args.includes('--split') || FOLDS > 0;
const loaded = [...loadPeoplesDaily(), ...loadCluener()];
// --learn-held with --folds: the held-out part is learned too, measuring on the fold what learning
// it adds (how the shipped model, which learns it, compares with a split one).
const LEARN_HELD = args.includes('--learn-held');
const all =
  FOLDS > 0
    ? loaded.filter((s) => LEARN_HELD || !s.heldOut).map((s) => ({ ...s, heldOut: !s.heldOut && inFold(s) }))
    : SPLIT
      ? loaded
      : loaded.map((s) => ({ ...s, heldOut: false }));
const train = all.filter(
  (s) => !s.heldOut && s.text.length && !(args.includes('--pd-only') && s.corpus !== 'pd'),
);
const CEDICT = args.includes('--cedict')
  ? args[args.indexOf('--cedict') + 1]!.split(',').filter((k) => k !== 'none')
  : ['persons', 'places', 'orgs', 'words'];
const lexData = buildLexicon(train, CEDICT, args.includes('--name-grades'));
const lexicon = new Lexicon(lexData);
console.log(
  `name characters: ${lexData.givenNameChars.length} given, ${lexData.foreignNameChars.length} foreign; lists ${lexData.lists.map((l) => l.split('|').length).join(', ')}`,
);
const heldOut = all.filter((s) => s.heldOut);
// Synthetic copies train the weights only: the word lists above and the features kept below come from
// the real sentences, so the copies' random names add no features of their own.
const synthetic = augment(train, {
  copies: opt('--augment', 0),
  seed: opt('--seed', 1) + 1000,
  wordShare: opt('--augment-words', 0),
  chars: args.includes('--augment-typical') ? lexData.givenNameChars : undefined,
  smooth: opt('--augment-smooth', 1),
  twoOnly: args.includes('--augment-two'),
  corpus: args.includes('--augment-cluener') ? 'cluener' : undefined,
});
// With --augment-rate P, a sentence with copies is shown as one of them (in turn) with probability P
// each time it comes up, instead of every copy being shown besides it: the persons' share stays.
const RATE_SUBSTITUTE = opt('--augment-rate', 0);
if (synthetic.length) console.log(`${synthetic.length} synthetic sentences (names replaced)`);

/** Per position, one feature hash per slot (0: none); `keyOf` learns which key and slot each is. */
const keyOf = new Map<number, [number, number]>();
function featuresOf(text: string): Int32Array {
  const n = text.length;
  const keys = keysOf(text, lexicon);
  const out = new Int32Array(n * K);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < K; j++) {
      const key = keys[(i + SLOTS.offset[j]! + PAD) * G + SLOTS.group[j]!]!;
      if (key === 0) continue;
      const h = featureHash(key, j);
      out[i * K + j] = h;
      if (!keyOf.has(h)) keyOf.set(h, [key, j]);
    }
  return out;
}

// Feature ids: hashes seen at least MIN_COUNT times in the training part.
const counts = new Map<number, number>();
const hashes = train.map((s) => featuresOf(s.text));
for (const h of hashes) for (const x of h) if (x !== 0) counts.set(x, (counts.get(x) ?? 0) + 1);
const shown = RATE_SUBSTITUTE > 0 ? train : [...train, ...synthetic];
for (const s of synthetic) hashes.push(featuresOf(s.text));
const ids = new Map<number, number>();
for (const [h, c] of counts) if (c >= MIN_COUNT) ids.set(h, ids.size);
counts.clear();
const F = ids.size;
console.log(`${train.length} training sentences, ${heldOut.length} held out; ${F} features`);

/** Positions inside a listed division or country name. */
function listedIn(text: string): (i: number) => boolean {
  const { at } = lexicon.marks(text);
  return (i) => (at[i]! & 0xff) !== 0;
}

interface Example {
  n: number;
  feats: Int32Array;
  mask: Int32Array;
  /** Synthetic copies shown in its place (--augment-rate), and which comes next. */
  copies?: Example[];
  next?: number;
}
const exampleOf = (s: Sentence, h: Int32Array): Example => ({
  n: s.text.length,
  feats: h.map((x) => ids.get(x) ?? -1),
  mask: OPEN_LISTED ? maskOf(s, listedIn(s.text)) : maskOf(s),
});
const examples: Example[] = shown.map((s, j) => exampleOf(s, hashes[j]!));
if (RATE_SUBSTITUTE > 0)
  synthetic.forEach((s, j) => {
    const ex = examples[s.of]!;
    ex.copies ??= [];
    ex.next = 0;
    ex.copies.push(exampleOf(s, hashes[train.length + j]!));
  });
const pdExamples = examples.filter((_, j) => shown[j]!.corpus === 'pd');
hashes.length = 0;

const w = new Float32Array(F * T);
const u = new Float64Array(F * T);
const tw = new Float64Array(T * T);
const tu = new Float64Array(T * T);
let clock = 1;

function emissionsOf(feats: Int32Array, n: number, weights: Float32Array): Float32Array {
  const emit = new Float32Array(n * T);
  for (let i = 0; i < n; i++)
    for (let k = i * K; k < i * K + K; k++) {
      const f = feats[k]!;
      if (f < 0) continue;
      const base = f * T;
      for (let t = 0; t < T; t++) emit[i * T + t]! += weights[base + t]!;
    }
  return emit;
}

function update(ex: Example, tags: Int32Array, delta: number, trans: Float32Array): void {
  for (let i = 0; i < ex.n; i++) {
    const t = tags[i]!;
    for (let k = i * K; k < i * K + K; k++) {
      const f = ex.feats[k]!;
      if (f < 0) continue;
      w[f * T + t]! += delta;
      u[f * T + t]! += clock * delta;
    }
    if (i > 0) {
      const p = tags[i - 1]! * T + t;
      tw[p]! += delta;
      tu[p]! += clock * delta;
      trans[p]! += delta;
    }
  }
}

/** One gradient step of the CRF's conditional log-likelihood of the annotation (latent parts summed). */
function crfStep(ex: Example, emit: Float32Array, trans: Float32Array): void {
  const free = marginals(emit, ex.n, trans);
  const held = marginals(emit, ex.n, trans, ex.mask);
  for (let i = 0; i < ex.n; i++)
    for (let t = 0; t < T; t++) {
      const g = held.node[i * T + t]! - free.node[i * T + t]!;
      if (Math.abs(g) < 1e-3) continue;
      const d = RATE * g;
      for (let k = i * K; k < i * K + K; k++) {
        const f = ex.feats[k]!;
        if (f < 0) continue;
        w[f * T + t]! += d;
        u[f * T + t]! += clock * d;
      }
    }
  for (let j = 0; j < free.edge.length; j++) {
    const g = held.edge[j]! - free.edge[j]!;
    if (Math.abs(g) < 1e-3) continue;
    const pt = j % (T * T);
    const d = RATE * g;
    tw[pt]! += d;
    tu[pt]! += clock * d;
    trans[pt]! += d;
  }
}

// A fixed shuffle per epoch (a linear congruential generator), so training is repeatable.
let seed = opt('--seed', 1);
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 32;
};

const trans = new Float32Array(T * T);
function trainOnce(): void {
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const order = [...examples];
    for (let r = 1; r < PD_REPEAT; r++) order.push(...pdExamples);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let wrong = 0;
    for (let ex of order) {
      if (ex.copies && rand() < RATE_SUBSTITUTE) ex = ex.copies[ex.next!++ % ex.copies.length]!;
      const emit = emissionsOf(ex.feats, ex.n, w);
      if (CRF) {
        crfStep(ex, emit, trans);
        clock++;
        continue;
      }
      const pred = viterbi(emit, ex.n, trans);
      let agrees = true;
      for (let i = 0; i < ex.n && agrees; i++) if (!((ex.mask[i]! >> pred[i]!) & 1)) agrees = false;
      if (!agrees) {
        wrong++;
        const gold = viterbi(emit, ex.n, trans, ex.mask);
        update(ex, gold, 1, trans);
        update(ex, pred, -1, trans);
      }
      clock++;
    }
    console.log(
      `epoch ${epoch + 1}: ${wrong}/${order.length} sentences wrong (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
  }
}

// Averaged weights; with --runs N, the mean of N models trained on different shuffles.
const RUNS = opt('--runs', 2);
const avg = new Float32Array(F * T);
const avgTrans = new Float32Array(T * T);
for (let run = 0; run < RUNS; run++) {
  if (run > 0) {
    for (const a of [w, u, tw, tu, trans]) a.fill(0);
    clock = 1;
  }
  trainOnce();
  for (let j = 0; j < F * T; j++) avg[j]! += (w[j]! - u[j]! / clock) / RUNS;
  for (let j = 0; j < T * T; j++) avgTrans[j]! += (tw[j]! - tu[j]! / clock) / RUNS;
}

function tagDense(s: Sentence): Tagged {
  const feats = featuresOf(s.text).map((h) => ids.get(h) ?? -1);
  const tags = viterbi(emissionsOf(feats, s.text.length, avg), s.text.length, avgTrans);
  return spansOf(tags).map((sp) => ({ ...sp, type: TYPES[sp.type]! }));
}
console.log('\nHELD OUT, float weights');
console.log(heldOutTable(heldOut, tagDense));

// Quantize: one scale for all weights; drop weights below PRUNE of the largest.
let maxAbs = 0;
for (const x of avg) maxAbs = Math.max(maxAbs, Math.abs(x));
for (const x of avgTrans) maxAbs = Math.max(maxAbs, Math.abs(x));
const levels = BYTES === 1 ? 127 : 32767;
const scale = maxAbs / levels;
const bytes: number[] = [];
let prev = 0;
let kept = 0;
let keyCount = 0;
const byKey = [...ids.entries()]
  .map(([h, f]) => {
    const [key, slot] = keyOf.get(h)!;
    return [key >>> 0, slot, f] as const;
  })
  .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
const varint = (x: number) => {
  while (x >= 0x80) {
    bytes.push((x & 0x7f) | 0x80);
    x = Math.floor(x / 128);
  }
  bytes.push(x);
};
for (let a = 0; a < byKey.length; ) {
  const key = byKey[a]![0];
  let b = a;
  while (b < byKey.length && byKey[b]![0] === key) b++;
  const perSlot: Array<[number, Array<[number, number]>]> = [];
  for (let r = a; r < b; r++) {
    const [, slot, f] = byKey[r]!;
    const nz: Array<[number, number]> = [];
    for (let t = 0; t < T; t++) {
      const x = avg[f * T + t]!;
      if (Math.abs(x) < PRUNE * maxAbs) continue;
      const q = Math.round(x / scale);
      if (q !== 0) nz.push([t, q]);
    }
    if (nz.length) perSlot.push([slot, nz]);
  }
  a = b;
  if (!perSlot.length) continue;
  keyCount++;
  varint(key - prev);
  prev = key;
  bytes.push(perSlot.length);
  for (const [slot, nz] of perSlot) {
    bytes.push(slot, nz.length);
    for (const [t, q] of nz) {
      bytes.push(t);
      if (BYTES === 1) bytes.push(q & 0xff);
      else bytes.push(q & 0xff, (q >> 8) & 0xff);
    }
    kept++;
  }
}
const asset: ModelAsset = {
  version: 2,
  trainedOn: SPLIT ? 'training parts' : 'all',
  source: `Trained by scripts/ner/train.ts on ${SPLIT ? 'the training parts' : 'every sentence'} of CLUENER2020 train and People's Daily 1998 NER dev (see assets/README.md).${CEDICT.length ? ` Word lists 4–7 from CC-CEDICT (CC BY-SA 4.0, assets/cedict-words.json): ${CEDICT.join(', ')}.` : ''}`,
  types: [...TYPES],
  slots: K,
  weightBytes: BYTES,
  scale,
  keyCount,
  featureCount: kept,
  transitions: Array.from(avgTrans, (x) => Math.round(x / scale)),
  lexicon: lexData,
  features: Buffer.from(bytes).toString('base64'),
};
const json = `${JSON.stringify(asset)}\n`;
const model = new TaggerModel(asset);
function tagQuantized(s: Sentence): Tagged {
  const n = s.text.length;
  const tags = viterbi(model.emissions(keysOf(s.text, model.lexicon), n), n, model.transitions);
  return spansOf(tags).map((sp) => ({ ...sp, type: TYPES[sp.type]! }));
}
console.log(`\nHELD OUT, shipped weights (${kept} features, ${BYTES}-byte weights)`);
console.log(heldOutTable(heldOut, tagQuantized));
// --dump FILE: per measured sentence, the persons annotated and found (for reading the errors).
if (args.includes('--dump'))
  fs.writeFileSync(
    args[args.indexOf('--dump') + 1]!,
    heldOut
      .map((s) => {
        const person = (x: { start: number; end: number }) => s.text.slice(x.start, x.end);
        const gold = s.spans.filter((x) => x.label === 'PER' || x.label === 'name').map(person);
        const found = tagQuantized(s)
          .filter((x) => x.type === 'PER')
          .map(person);
        return `${JSON.stringify({ corpus: s.corpus, text: s.text, gold, found })}\n`;
      })
      .join(''),
  );
const { gzipSync } = await import('node:zlib');
console.log(
  `model: ${(json.length / 1e6).toFixed(2)} MB, ${(gzipSync(json).length / 1e6).toFixed(2)} MB gzipped`,
);
// A split or a fold's model is written only where --out names a file (for eval or pipeline-part.ts
// --model FILE, with --folds on that fold).
if (!args.includes('--no-write') && (!SPLIT || args.includes('--out'))) {
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
console.log(`${((Date.now() - t0) / 1000).toFixed(0)} s`);
