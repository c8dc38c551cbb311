/**
 * Learns the characters People's Daily prints alone as a place often enough to list them (美 of 美中
 * 关系, 俄 of 俄政府, 京 of 在京), from the TRAINING part of People's Daily 1998 NER dev (the tagger's
 * split, scripts/ner/corpus.ts; the held-out part is never read):
 *
 *   npx tsx scripts/ner/build-one-char-places.ts
 *
 * A character is kept when it is labelled a one-character LOC in at least MIN_SENTENCES sentences and
 * in at least MIN_SHARE of the sentences that print it at all: a character inside too many other words
 * (中 of 中国 and 其中, 日 of 日本 and 今日) names a place too rarely where it is printed. Writes
 * assets/one-char-places.json.
 */
import fs from 'node:fs';
import { loadPeoplesDaily } from './corpus';

const MIN_SENTENCES = 2;
const MIN_SHARE = 0.1;

const printed = new Map<string, number>();
const alone = new Map<string, number>();
for (const s of loadPeoplesDaily()) {
  if (s.heldOut) continue;
  for (const c of new Set(s.text)) printed.set(c, (printed.get(c) ?? 0) + 1);
  const here = new Set<string>();
  for (const g of s.spans) if (g.label === 'LOC' && g.end - g.start === 1) here.add(s.text[g.start]!);
  for (const c of here) alone.set(c, (alone.get(c) ?? 0) + 1);
}
const stats = [...alone]
  .map(([char, sentences]) => ({
    char,
    sentences,
    share: Number((sentences / printed.get(char)!).toFixed(3)),
  }))
  .filter((r) => r.sentences >= MIN_SENTENCES && r.share >= MIN_SHARE)
  .sort((a, b) => b.sentences - a.sentences || a.char.localeCompare(b.char));
const out = {
  source: `learned by scripts/ner/build-one-char-places.ts from the training part of People's Daily 1998 NER (dev; held-out part excluded): characters labelled a one-character LOC in at least ${MIN_SENTENCES} sentences and in at least ${MIN_SHARE * 100}% of the sentences that print them`,
  chars: stats.map((r) => r.char).join(''),
  stats,
};
fs.writeFileSync('assets/one-char-places.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(out.chars);
