/**
 * Builds the recognizer's data learned from the training parts of the development NER corpora
 * (../shared/ner: People's Daily 1998 dev, CLUENER2020 train), never from their held-out parts: the
 * split is the tagger's (a sentence is held out when the FNV-1a hash of its text, mod 100, is below
 * 20 for People's Daily and 10 for CLUENER).
 *
 *   npx tsx scripts/build-ner-data.ts
 *
 * Writes assets/ner-learned.json:
 * - `followers`: words of one or two characters that follow a person's name in the training text
 *   often, and rarely stand inside one (说, 表示, 指出 …): where a name ends.
 * - `orgSuffixes`: last characters of organisation names (局, 委员会, 公司 …) with the kind the corpus
 *   labels them with most, kept where they end an organisation often enough.
 * - `orgChars`: characters that stand inside organisation names at least one time in twenty:
 *   how far an organisation's name reaches back from its suffix (的, 在, 了 stop it).
 * - `places`: place names labelled in the training text at least twice (rivers, regions, foreign
 *   places the other gazetteers lack).
 * - `notNames`: strings that start with a surname, written at least three times in the training text
 *   and labelled a name in under a third (辛勤, 高度): never a name.
 * - `joinedPairs`: character pairs the training text almost never splits with an entity's edge (部署,
 *   社区), one string of pairs.
 * - `weakSurnames`: surnames that begin a name in fewer than one in forty of their occurrences (商, 习);
 *   `wordSurnames` in fewer than one in 400 (由, 和).
 * - `commonStems`: county and district stems both corpora use mostly as ordinary words (高新, 和平).
 * - `commonWords`: gazetteer forms the training text mostly uses as ordinary words (合作, 东方).
 */
import fs from 'node:fs';
import surnames from '../assets/surnames.json';
import { gazetteerForms } from '../lib/recognize/gazetteer';
import { Automaton } from '../lib/text/automaton';
import { loadCluener, loadPeoplesDaily, type Sentence } from './ner/corpus';

type Label = string;
const training = (all: Sentence[]) => all.filter((s) => !s.heldOut);
const pdSentences = training(loadPeoplesDaily());
const sentences = [...pdSentences, ...training(loadCluener())];
const isPer = (l: Label) => l === 'PER' || l === 'name';
const isOrg = (l: Label) => l === 'ORG' || l === 'government' || l === 'organization' || l === 'company';
const isLoc = (l: Label) => l === 'LOC' || l === 'address';
const bump = <K>(m: Map<K, number>, k: K, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

// Followers: what stands right after a name, against how often it stands inside one.
const after = new Map<string, number>();
const inside = new Map<string, number>();
const anywhere = new Map<string, number>();
for (const s of sentences) {
  for (let i = 0; i < s.text.length; i++) for (const n of [1, 2]) bump(anywhere, s.text.slice(i, i + n));
  for (const sp of s.spans) {
    if (!isPer(sp.label)) continue;
    for (const n of [1, 2]) {
      const w = s.text.slice(sp.end, sp.end + n);
      if (w.length === n && /^[\u4e00-\u9fff]+$/.test(w)) bump(after, w);
      for (let i = sp.start + 1; i < sp.end; i++) bump(inside, s.text.slice(i, i + n));
    }
  }
}
const followers = [...after]
  .filter(([w, n]) => n >= 3 && (inside.get(w) ?? 0) * 4 <= n && n / (anywhere.get(w) ?? n) >= 0.02)
  .sort((a, b) => b[1] - a[1])
  .map(([w]) => w);

// Organisation suffixes and the characters inside organisation names.
const suffixEnds = new Map<string, number>();
const suffixKinds = new Map<string, Map<string, number>>();
/** Distinct names a suffix ends: a productive suffix (局, 公司) ends many, a club's name (阿森纳) one. */
const suffixNames = new Map<string, Set<string>>();
const charIn = new Map<string, number>();
const charAll = new Map<string, number>();
for (const s of sentences) {
  for (const c of s.text) bump(charAll, c);
  for (const sp of s.spans) {
    if (!isOrg(sp.label)) continue;
    const name = s.text.slice(sp.start, sp.end);
    for (const c of name) bump(charIn, c);
    for (let n = 1; n <= 4 && n < name.length; n++) {
      const suf = name.slice(-n);
      if (!/^[\u4e00-\u9fff]+$/.test(suf)) continue;
      bump(suffixEnds, suf);
      const names = suffixNames.get(suf) ?? new Set<string>();
      names.add(name);
      suffixNames.set(suf, names);
      const kinds = suffixKinds.get(suf) ?? new Map<string, number>();
      if (sp.label !== 'ORG') bump(kinds, sp.label);
      suffixKinds.set(suf, kinds);
    }
  }
}
const occurrences = (w: string) => {
  let n = 0;
  for (const s of sentences) for (let i = s.text.indexOf(w); i >= 0; i = s.text.indexOf(w, i + 1)) n++;
  return n;
};
const kindOf = (suf: string) => {
  const k = [...(suffixKinds.get(suf) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
  return k === 'government' ? 'government' : k === 'company' ? 'company' : 'other';
};
const orgSuffixes = [...suffixEnds]
  .filter(([suf, n]) => n >= 5 && (suffixNames.get(suf)?.size ?? 0) >= 5)
  .map(([suf, n]) => ({ suffix: suf, ends: n, precision: n / occurrences(suf) }))
  // A one-character suffix only for a government body or a company (局, 司): 兰, 纳 end club names.
  .filter((x) => x.precision >= 0.4 && (x.suffix.length > 1 || kindOf(x.suffix) !== 'other'))
  .sort((a, b) => b.ends - a.ends)
  .map((x) => ({
    suffix: x.suffix,
    kind: kindOf(x.suffix),
    ends: x.ends,
    precision: +x.precision.toFixed(2),
  }));
const orgChars = [...charIn]
  .filter(([c, n]) => n >= 3 && /[\u4e00-\u9fff]/.test(c) && n / (charAll.get(c) ?? n) >= 0.05)
  .map(([c]) => c)
  .sort()
  .join('');

// Places labelled at least twice.
const placeCount = new Map<string, number>();
for (const s of sentences)
  for (const sp of s.spans) if (isLoc(sp.label)) bump(placeCount, s.text.slice(sp.start, sp.end));
const places = [...placeCount]
  .filter(([p, n]) => n >= 2 && p.length >= 2 && p.length <= 8 && /^[\u4e00-\u9fff·]+$/.test(p))
  .map(([p]) => p)
  .sort();

// Gazetteer forms the training text mostly uses as ordinary words (合作 for 合作市, 东方 for 东方市):
// seen at least three times, inside a labelled place or organisation less than a third of them. People's
// Daily only: CLUENER labels places only in some roles (an address, not a country in a film review).
const forms = [
  ...new Set(
    gazetteerForms()
      .filter((e) => !e.fullName)
      .map((e) => e.name),
  ),
];
const auto = new Automaton(forms);
const seen = new Map<number, number>();
const labelled = new Map<number, number>();
for (const s of pdSentences) {
  const covered = new Uint8Array(s.text.length);
  for (const sp of s.spans) if (isLoc(sp.label) || isOrg(sp.label)) covered.fill(1, sp.start, sp.end);
  for (const m of auto.matches(s.text)) {
    bump(seen, m.word);
    if (covered[m.start] && covered[m.end - 1]) bump(labelled, m.word);
  }
}
const commonWords = [...seen]
  .filter(([w, n]) => n >= 3 && (labelled.get(w) ?? 0) * 3 < n)
  .map(([w]) => forms[w]!)
  .sort();

// Surnames that begin a name in fewer than one in forty of their occurrences in the training text (由,
// 商, 和 …): read as a name's start only where the tagger finds a person there.
const perStarts = new Map<string, number>();
for (const s of sentences) for (const sp of s.spans) if (isPer(sp.label)) bump(perStarts, s.text[sp.start]!);
const rarerThan = (share: number) =>
  Array.from(surnames.single)
    .filter((c) => (charAll.get(c) ?? 0) >= 10 && (perStarts.get(c) ?? 0) * share < (charAll.get(c) ?? 0))
    .join('');
const weakSurnames = rarerThan(40);
// Surnames that begin a name in fewer than one in 400 of their occurrences (由, 和, 国): no name even
// after a title, unless the tagger finds one.
const wordSurnames = rarerThan(400);

// County and district stems (the forms with a full name) that the training text of both corpora
// uses mostly as ordinary words (高新 of 高新区, 和平 of 和平区): seen twice, labelled under a third.
const stems = [
  ...new Set(
    gazetteerForms({ allStems: true })
      .filter((e) => e.kind === 'district' && e.fullName)
      .map((e) => e.name),
  ),
];
const stemAuto = new Automaton(stems);
const stemSeen = new Map<number, number>();
const stemLabelled = new Map<number, number>();
for (const s of sentences) {
  const covered = new Uint8Array(s.text.length);
  for (const sp of s.spans) covered.fill(1, sp.start, sp.end);
  stemAuto.scan(s.text, (start, end, word) => {
    bump(stemSeen, word);
    if (covered[start] && covered[end - 1]) bump(stemLabelled, word);
  });
}
const commonStems = [...stemSeen]
  .filter(([w, n]) => n >= 2 && (stemLabelled.get(w) ?? 0) * 3 < n)
  .map(([w]) => stems[w]!)
  .sort();

// Strings that start with a surname and that the training text writes at least three times, in
// under a third of them inside a person's name (高度, 万元): no name, whoever reads one.
const candidates = new Map<string, number>();
const asName = new Map<string, number>();
const isSurnameStart = (c: string) => surnames.single.includes(c);
for (const s of sentences) {
  // Inside a person's name (张明 in 张明渝 too) counts for a name.
  const inName = new Uint8Array(s.text.length);
  for (const sp of s.spans) if (isPer(sp.label)) inName.fill(1, sp.start, sp.end);
  for (let i = 0; i < s.text.length; i++) {
    if (!isSurnameStart(s.text[i]!)) continue;
    for (const n of [2, 3]) {
      const w = s.text.slice(i, i + n);
      if (w.length !== n || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
      bump(candidates, w);
      if (inName[i] && inName[i + n - 1]) bump(asName, w);
    }
  }
}
const notNames = [...candidates]
  .filter(([w, n]) => n >= 3 && (asName.get(w) ?? 0) * 3 < n)
  .map(([w]) => w)
  .sort();

// Pairs of characters the training text writes at least five times and almost never splits with
// an entity's edge (部署, 社区, 协力): a tagged or suffix-read name does not begin or end between them.
// Only pairs whose first or second character stands at an entity's edge in the training text.
const pairSeen = new Map<string, number>();
const pairSplit = new Map<string, number>();
const edgeChars = new Map<string, number>();
for (const s of sentences) {
  const edge = new Uint8Array(s.text.length + 1);
  for (const sp of s.spans) {
    edge[sp.start] = 1;
    edge[sp.end] = 1;
    bump(edgeChars, s.text[sp.end - 1]!);
    bump(edgeChars, s.text[sp.start]!);
  }
  for (let i = 1; i < s.text.length; i++) {
    const pair = s.text.slice(i - 1, i + 1);
    if (!/^[\u4e00-\u9fff]{2}$/.test(pair)) continue;
    bump(pairSeen, pair);
    if (edge[i]) bump(pairSplit, pair);
  }
}
const joinedPairs = [...pairSeen]
  .filter(
    ([p, n]) =>
      n >= 5 &&
      (pairSplit.get(p) ?? 0) * 20 < n &&
      ((edgeChars.get(p[0]!) ?? 0) >= 5 || (edgeChars.get(p[1]!) ?? 0) >= 5),
  )
  .map(([p]) => p)
  .sort()
  .join('');

const out = {
  source:
    "learned by scripts/build-ner-data.ts from the training parts of People's Daily 1998 NER (dev) and CLUENER2020 (train); held-out parts excluded",
  followers,
  orgSuffixes,
  orgChars,
  places,
  commonWords,
  commonStems,
  weakSurnames,
  wordSurnames,
  notNames,
  joinedPairs,
};
fs.writeFileSync('assets/ner-learned.json', `${JSON.stringify(out, null, 1)}\n`);
console.log(
  `joinedPairs ${joinedPairs.length / 2}, notNames ${notNames.length}, commonStems ${commonStems.length}, commonWords ${commonWords.length}, followers ${followers.length}, orgSuffixes ${orgSuffixes.length}, orgChars ${orgChars.length}, places ${places.length}`,
);
