/**
 * Builds assets/world.json, the place names outside China's divisions the place recognizer reads:
 * - `countries`: country and territory names in Chinese from the npm package `i18n-iso-countries`
 *   (its zh locale, every listed form), without 中国's own regions (listed from the divisions);
 * - `regions`: world regions and continents in Chinese (亚洲, 拉丁美洲 …), UN M49 region codes named by
 *   the Unicode CLDR data in Node's ICU (Intl.DisplayNames);
 * - `cities`: cities named in the CLDR time-zone data in Chinese (纽约, 伦敦, 东京 …), from the npm
 *   package `cldr-dates-full` (zh, exemplar cities).
 *
 *   npx tsx scripts/build-world.ts
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const zh = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> };
const zones = require('cldr-dates-full/main/zh/timeZoneNames.json') as {
  main: { zh: { dates: { timeZoneNames: { zone: Record<string, unknown> } } } };
};
const version = (p: string) => (require(`${p}/package.json`) as { version: string }).version;

const han = (s: string) => /^[\u4e00-\u9fff·]{2,}$/.test(s);
const CHINA = new Set(['CN', 'HK', 'MO', 'TW']);
const countries = new Set<string>();
for (const [code, names] of Object.entries(zh.countries)) {
  if (CHINA.has(code)) continue;
  for (const n of [names].flat()) if (han(n)) countries.add(n);
}

// UN M49 regions: world, continents and subregions.
const M49 = [
  '002',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '019',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '053',
  '054',
  '057',
  '061',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '202',
  '419',
];
const display = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
const regions = new Set(M49.map((c) => display.of(c) ?? '').filter(han));

const cities = new Set<string>();
const walk = (o: Record<string, unknown>) => {
  for (const v of Object.values(o)) {
    if (!v || typeof v !== 'object') continue;
    const city = (v as { exemplarCity?: string }).exemplarCity;
    if (typeof city === 'string') {
      if (han(city)) cities.add(city);
    } else walk(v as Record<string, unknown>);
  }
};
walk(zones.main.zh.dates.timeZoneNames.zone);

const data = {
  source: `i18n-iso-countries ${version('i18n-iso-countries')} (zh); Unicode CLDR via Node ${process.versions.node} ICU ${process.versions.icu} (M49 regions); cldr-dates-full ${version('cldr-dates-full')} (zh exemplar cities)`,
  countries: [...countries].sort(),
  regions: [...regions].sort(),
  cities: [...cities].filter((c) => !countries.has(c)).sort(),
};
fs.writeFileSync('assets/world.json', `${JSON.stringify(data)}\n`);
console.log(
  `countries ${data.countries.length}, regions ${data.regions.length}, cities ${data.cities.length}`,
);
