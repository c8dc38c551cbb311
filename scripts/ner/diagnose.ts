/**
 * `npx tsx scripts/ner/diagnose.ts [--corpus pd|cluener] [--kind persons|places|organisations] [--limit N] [--part train]`:
 * on the held-out parts (as `npm run eval -- --only ner` scores them), what the tagger alone found and the
 * pipeline lost, and what the pipeline printed that is not gold, each with what the other side had in
 * that sentence, grouped by a coarse cause so a rule can be fixed generally:
 *   lost/dropped   the pipeline has no overlapping name of that kind in the sentence
 *   lost/cut       it has a shorter one inside the gold name      lost/longer  a longer one around it
 *   lost/kind      the same string under another kind
 *   fp/page        the name is gold-free here but was found from another sentence of the page
 *   fp/tagger      the tagger alone printed it too     fp/rule  only the pipeline's rules did
 * Reads ../shared/ner only; prints, writes nothing.
 */

import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { tagEntities } from '../../lib/recognize/tagger';
import { fromCard, fromTags, goldOf, type Kind, type Predicted, pageOf } from '../eval/ner';
import { loadCluener, loadPeoplesDaily, type Sentence } from './corpus';
import { normEntity } from './score';
import { rerunWithModel } from './with-model';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const onlyCorpus = arg('--corpus');
const onlyKind = arg('--kind');
const LIMIT = Number(arg('--limit') ?? 40);
/** `--part train` reads the training part instead (the tagger learned it: its figures are optimistic). */
const heldOut = arg('--part') !== 'train';
// The shipped model learned the held-out part too: held-out reading needs --model FILE, a split model.
rerunWithModel(arg('--model'));

const KINDS: Kind[] = ['persons', 'places', 'organisations'];
const corpora: Array<[string, Sentence[]]> = [
  ['pd', loadPeoplesDaily().filter((s) => s.heldOut === heldOut)],
  ['cluener', loadCluener().filter((s) => s.heldOut === heldOut)],
];

const groups = new Map<string, string[]>();
const note = (key: string, line: string) => {
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key)!.push(line);
};

for (const [corpus, sentences] of corpora) {
  if (onlyCorpus && corpus !== onlyCorpus) continue;
  for (let i = 0; i < sentences.length; i += 20) {
    const group = sentences.slice(i, i + 20);
    const card = await analyze(parseDocument(pageOf(group, `新闻稿 ${i / 20 + 1}`)), { url: null });
    const found = fromCard(card);
    for (const s of group) {
      const text = normEntity(s.text);
      const pipe: Predicted = {};
      for (const [kind, names] of Object.entries(found) as Array<[Kind, string[]]>)
        pipe[kind] = [...new Set(names.map(normEntity))].filter((n) => n && text.includes(n));
      const tag = fromTags(s.text, tagEntities(s.text));
      // A name of the page counts here only through the text; was it read in this sentence?
      const local = fromCard(await analyze(parseDocument(pageOf([s], '新闻稿')), { url: null }));
      for (const kind of KINDS) {
        if (onlyKind && kind !== onlyKind) continue;
        const gold = new Set(goldOf(s, kind).map(normEntity));
        const p = new Set(pipe[kind] ?? []);
        const t = new Set((tag[kind] ?? []).map(normEntity));
        const ctx = s.text.length > 70 ? `${s.text.slice(0, 70)}…` : s.text;
        for (const g of gold) {
          if (!t.has(g) || p.has(g)) continue;
          const other = KINDS.filter((k) => k !== kind && (pipe[k] ?? []).includes(g));
          const cut = [...p].filter((x) => g.includes(x));
          const longer = [...p].filter((x) => x.includes(g));
          const cause = other.length ? 'kind' : cut.length ? 'cut' : longer.length ? 'longer' : 'dropped';
          note(
            `${corpus} ${kind} lost/${cause}`,
            `${g}  [${[...other, ...cut, ...longer].join(' ')}]  ${ctx}`,
          );
        }
        const localSet = new Set((local[kind] ?? []).map(normEntity));
        for (const x of p) {
          if (gold.has(x)) continue;
          const cause = t.has(x) ? 'tagger' : !localSet.has(x) ? 'page' : 'rule';
          note(`${corpus} ${kind} fp/${cause}`, `${x}  [gold ${[...gold].join(' ')}]  ${ctx}`);
        }
      }
    }
  }
}

for (const [key, lines] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n## ${key}: ${lines.length}`);
  for (const l of lines.slice(0, LIMIT)) console.log(`  ${l}`);
}
