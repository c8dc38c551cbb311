/**
 * `npx tsx scripts/ner/pipeline-part.ts [--part train|held] [--corpus pd|cluener] [--out FILE] [--diff FILE]
 *   [--model FILE]`:
 * the whole pipeline scored as `npm run eval -- --only ner` scores it, on either part of the split
 * (the TRAINING part too: the tagger learned it, so absolute figures are optimistic, but what a
 * rule adds or removes there, and how often that is gold, measures the rule). `--out` writes each
 * sentence's predicted names; `--diff` compares with such a file: the names a change added and
 * removed, with how many of them are gold. Reads ../shared/ner only.
 */

import fs from 'node:fs';
import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { fromCard, goldOf, type Kind, type Predicted, pageOf } from '../eval/ner';
import { fnv1a, loadCluener, loadPeoplesDaily, type Sentence } from './corpus';
import { normEntity, SetScore } from './score';
import { rerunWithModel } from './with-model';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const part = arg('--part') ?? 'train';
const onlyCorpus = arg('--corpus');
const out = arg('--out');
const diff = arg('--diff');
// The shipped model learned the held-out part too: --part held needs --model FILE, a split model.
rerunWithModel(arg('--model'));
/**
 * `--folds N --fold I`: only fold I of the training part (train.ts's folds), to be read with a model
 * trained on the other folds (`train.ts --folds N --fold I --out F`, copied over assets/ner-model.json
 * for the run): names the tagger never saw, on five times the held-out part's sentences.
 */
const FOLDS = Number(arg('--folds') ?? 0);
const FOLD = Number(arg('--fold') ?? 0);
const inFold = (s: Sentence) => FOLDS === 0 || Math.floor(fnv1a(s.text) / 100) % FOLDS === FOLD;
const KINDS: Kind[] = ['persons', 'places', 'organisations', 'government'];

const corpora: Array<[string, Sentence[]]> = [
  ['pd', loadPeoplesDaily()],
  ['cluener', loadCluener()],
];
const before: Record<string, Predicted> = diff ? JSON.parse(fs.readFileSync(diff, 'utf8')) : {};
const now: Record<string, Predicted> = {};
const scores = new Map<string, SetScore>();
const changes = new Map<
  string,
  {
    added: Map<string, number>;
    removed: Map<string, number>;
    addedGold: number;
    removedGold: number;
    addedN: number;
    removedN: number;
  }
>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const [corpus, all] of corpora) {
  if (onlyCorpus && corpus !== onlyCorpus) continue;
  const sentences = all.filter((s) => s.heldOut === (part === 'held') && inFold(s));
  for (let i = 0; i < sentences.length; i += 20) {
    const group = sentences.slice(i, i + 20);
    const card = await analyze(parseDocument(pageOf(group, `新闻稿 ${i / 20 + 1}`)), { url: null });
    const found = fromCard(card);
    group.forEach((s, j) => {
      const text = normEntity(s.text);
      const id = `${corpus}:${i + j}`;
      const pred: Predicted = {};
      for (const kind of KINDS) {
        const gold = goldOf(s, kind);
        if (corpus === 'pd' && kind === 'government') continue;
        pred[kind] = [...new Set((found[kind] ?? []).map(normEntity))].filter((n) => n && text.includes(n));
        const key = `${corpus}|${kind}`;
        if (!scores.has(key)) scores.set(key, new SetScore());
        scores.get(key)!.add(gold, pred[kind]!);
        const old = before[id]?.[kind];
        if (!old) continue;
        const goldSet = new Set(gold.map(normEntity));
        if (!changes.has(key))
          changes.set(key, {
            added: new Map(),
            removed: new Map(),
            addedGold: 0,
            removedGold: 0,
            addedN: 0,
            removedN: 0,
          });
        const c = changes.get(key)!;
        for (const x of pred[kind]!)
          if (!old.includes(x)) {
            c.addedN++;
            if (goldSet.has(x)) c.addedGold++;
            bump(c.added, `${x}${goldSet.has(x) ? '+' : '-'}`);
          }
        for (const x of old)
          if (!pred[kind]!.includes(x)) {
            c.removedN++;
            if (goldSet.has(x)) c.removedGold++;
            bump(c.removed, `${x}${goldSet.has(x) ? '+' : '-'}`);
          }
      }
      now[id] = pred;
    });
  }
}
for (const [key, s] of scores)
  console.log(
    `${part} ${key.padEnd(22)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)} gold ${s.tp + s.fn}`,
  );
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, n]) => `${k}${n > 1 ? `×${n}` : ''}`)
    .join(' ');
for (const [key, c] of changes) {
  if (!c.addedN && !c.removedN) continue;
  console.log(
    `${key}: added ${c.addedN} (gold ${c.addedGold}), removed ${c.removedN} (gold ${c.removedGold})`,
  );
  console.log(`  added:   ${top(c.added)}`);
  console.log(`  removed: ${top(c.removed)}`);
}
if (out) fs.writeFileSync(out, JSON.stringify(now));
