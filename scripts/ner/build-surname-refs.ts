/**
 * Learns the words after which People's Daily calls a person by the surname alone (胡 of 胡老,
 * 陈 of 陈先生), from the TRAINING part of People's Daily 1998 NER dev (the tagger's split,
 * scripts/ner/corpus.ts; the held-out part is never read):
 *
 *   npx tsx scripts/ner/build-surname-refs.ts
 *
 * For every one-character PER span, the one and two characters after it are counted. A word is kept
 * when it follows such a span at least MIN_SEEN times, after at least MIN_NAMES different surnames (a
 * word seen after one name only, 汤 of 汤杯 the cup, is that name's, not a way of naming people), and
 * in at least MIN_SHARE of the places where it follows a listed surname (assets/surnames.json); a
 * one-character word is dropped where a kept two-character word starting with it covers every one of
 * its occurrences (先 of 先生). Writes assets/surname-refs.json.
 */
import fs from 'node:fs';
import surnames from '../../assets/surnames.json';
import { loadPeoplesDaily } from './corpus';

const MIN_SEEN = 3;
const MIN_NAMES = 2;
const MIN_SHARE = 0.3;

const train = loadPeoplesDaily().filter((s) => !s.heldOut);
const single = new Set(Array.from(surnames.single));
const seen = new Map<string, number>();
const names = new Map<string, Set<string>>();
for (const s of train)
  for (const sp of s.spans) {
    if (sp.label !== 'PER' || sp.end - sp.start !== 1) continue;
    for (const n of [1, 2]) {
      const w = s.text.slice(sp.end, sp.end + n);
      if (w.length !== n || !/^\p{Script=Han}+$/u.test(w)) continue;
      seen.set(w, (seen.get(w) ?? 0) + 1);
      names.set(w, (names.get(w) ?? new Set()).add(s.text[sp.start]!));
    }
  }
/** How often each candidate follows any listed single surname in the training text. */
const afterSurname = new Map<string, number>();
for (const s of train)
  for (let i = 0; i + 1 < s.text.length; i++) {
    if (!single.has(s.text[i]!)) continue;
    for (const w of [s.text.slice(i + 1, i + 2), s.text.slice(i + 1, i + 3)])
      if (seen.has(w)) afterSurname.set(w, (afterSurname.get(w) ?? 0) + 1);
  }
const rows = [...seen]
  .map(([word, count]) => ({
    word,
    count,
    names: names.get(word)!.size,
    share: Number((count / (afterSurname.get(word) ?? count)).toFixed(3)),
  }))
  .filter((r) => r.count >= MIN_SEEN && r.names >= MIN_NAMES && r.share >= MIN_SHARE);
const kept = rows.filter(
  (r) =>
    !(
      r.word.length === 1 &&
      rows.some((l) => l.word.length === 2 && l.word[0] === r.word && l.count >= r.count)
    ),
);
kept.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
const out = {
  source: `learned by scripts/ner/build-surname-refs.ts from the training part of People's Daily 1998 NER (dev; held-out part excluded): words after a one-character PER span seen at least ${MIN_SEEN} times, after at least ${MIN_NAMES} different surnames, and in at least ${MIN_SHARE * 100}% of the places where they follow a listed surname`,
  refs: kept.map((r) => r.word),
  stats: kept,
};
fs.writeFileSync('assets/surname-refs.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(kept);
