import type { Place, PlaceKind } from '../card';
import { isHan } from '../model/han';
import { occurrences } from './clauses';
import { divisionAt } from './gazetteer';
import { count } from './names';

interface Unit {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
}

/** Characters and words that end a place name on its left: verbs of movement, particles. */
const LEFT_STOP =
  /(?:来到|参观|走进|进入|关心|前往|走访|位于|地处|家住|住在|来自|深入|察看|查看|看望|慰问|调研|考察|视察|走进|推进|做好|统筹|实施|开展|包括|以及|[的在到和与及是将对为向从以把被由于了着过等并及])$/;
/** Words that look like the stem of a neighbourhood or building but are generic. */
const GENERIC_STEM =
  /^(?:街道|该|本|各|这个|那个|整个|所在|周边|住宅|老旧|居民|新建|商品房|全市|全区|社区|小区|相关|部分|多个|一个|每个|所有)$/;

/** Suffixes of neighbourhoods that no dataset lists. */
const NEIGHBOURHOOD = /居民区|居委会|居委|小区/g;
/** Suffixes of buildings and venues, longest first, with their kind. */
const BUILDINGS: Array<[string, PlaceKind]> = [
  ['社区事务受理服务中心', 'building'],
  ['党群服务中心', 'building'],
  ['党群服务站', 'building'],
  ['服务中心', 'building'],
  ['服务站', 'building'],
  ['会客厅', 'building'],
  ['职工之家', 'building'],
  ['之家', 'building'],
  ['大楼', 'building'],
  ['大厦', 'building'],
  ['文化中心', 'building'],
  ['活动中心', 'building'],
  ['图书馆', 'building'],
  ['博物馆', 'building'],
  ['医院', 'building'],
  ['文化宫广场', 'venue'],
  ['广场', 'venue'],
  ['公园', 'venue'],
  ['体育馆', 'venue'],
  ['体育场', 'venue'],
  ['剧院', 'venue'],
  ['文化宫', 'venue'],
];
/** Words ending in 路 that are not roads. */
const NOT_ROAD =
  /^(?:道|思|出|线|马|公|铁|水|老|新|前|后|退|电|门|套|来|去|之|走|上|半|全|迷|引|领|带|让|开|筑|修|沿|问|探|歧|岔|网|一|进|支|心|销|财)路/;

/** The stem before `at`: Han characters back to a mark, the end of another place, or a stop word. */
function stemBefore(text: string, at: number, units: Unit[], max: number): string {
  let from = at;
  while (from > 0 && at - from < max && (isHan(text[from - 1]) || /\d/.test(text[from - 1]!))) {
    if (units.some((u) => u.end === from) || text[from - 1] === '号') break;
    from--;
  }
  const stem = text.slice(from, at);
  if (LEFT_STOP.test(stem)) return '';
  // Cut the stem after the last stop word inside it.
  for (let k = stem.length - 1; k > 0; k--) if (LEFT_STOP.test(stem.slice(0, k))) return stem.slice(k);
  return stem;
}

/**
 * A neighbourhood's own name is short (蕃兴, 新泾八村); longer stems are clauses ("积极探索新型") unless
 * they end in a street and a number (桂林西街一).
 */
const NEIGHBOURHOOD_STEM = /^[\u4e00-\u9fff\d]{2,4}$|[街路村里弄坊][一二三四五六七八九十\d]+$/;

/**
 * Places with a kind: divisions from the national dataset (districts, 街道, towns, cities), and by
 * their suffixes what no dataset lists: neighbourhoods (蕃兴居委, 新泾八村居民区), roads (建国西路,
 * 金陵东路443号) and buildings or venues named after the place before them (凌云街道社区事务受理服务中心).
 */
export function recognizePlaces(text: string): Place[] {
  const units: Unit[] = [];
  const shorts: Array<{ name: string; at: number }> = [];
  for (let i = 0; i < text.length; ) {
    const d = divisionAt(text, i);
    if (!d) {
      i++;
      continue;
    }
    if (d.short) shorts.push({ name: d.name, at: i });
    else units.push({ name: d.name, kind: d.kind, start: i, end: i + d.name.length });
    i += d.name.length;
  }
  const add = (u: Unit) => {
    if (!units.some((x) => x.start <= u.start && x.end >= u.end)) units.push(u);
  };
  for (const m of text.matchAll(NEIGHBOURHOOD)) {
    const stem = stemBefore(text, m.index!, units, 6);
    // A quoted nickname ("“申城第一居委”") is not an address.
    const quoted = text[m.index! - stem.length - 1] === '“' && text[m.index! + m[0].length] === '”';
    if (stem.length >= 2 && NEIGHBOURHOOD_STEM.test(stem) && !GENERIC_STEM.test(stem) && !quoted) {
      add({
        name: stem + m[0],
        kind: 'neighbourhood',
        start: m.index! - stem.length,
        end: m.index! + m[0].length,
      });
    }
  }
  // 里 names the lane of a neighbourhood named here: 宝兴里 beside 宝兴居民区.
  for (const u of [...units]) {
    if (u.kind !== 'neighbourhood') continue;
    const lane = `${u.name.replace(/(?:居民区|居委会|居委|小区)$/, '')}里`;
    for (const at of occurrences(text, lane)) {
      add({ name: lane, kind: 'neighbourhood', start: at, end: at + lane.length });
    }
  }
  // Roads: two characters, a direction, 路 or 大道, and a number: 建国西路, 金陵东路443号.
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})([东西南北中]?)(路|大道)(\d+号)?/g)) {
    const [whole, base, , suffix] = m;
    const at = m.index!;
    if (NOT_ROAD.test(whole.slice(1)) || NOT_ROAD.test(`${base![1]}${suffix}`) || LEFT_STOP.test(base!))
      continue;
    if (units.some((u) => u.start < at + whole.length && u.end > at)) continue;
    add({ name: whole.replace(/\d+号$/, ''), kind: 'road', start: at, end: at + whole.length });
  }
  units.sort((a, b) => a.start - b.start);
  // Buildings and venues named after the place before them: 凌云街道 + 社区事务受理服务中心.
  for (const [suffix, kind] of BUILDINGS) {
    for (const at of occurrences(text, suffix)) {
      const modifier = stemBefore(text, at, units, 6);
      const host = units.find(
        (u) => u.end === at - modifier.length && u.kind !== 'road' && u.kind !== 'building',
      );
      if (!host || (modifier && !/^[\u4e00-\u9fff]{2,6}$/.test(modifier))) continue;
      // A suffix inside a longer place ("安国大楼" in 安国大楼小区) names no building of its own.
      const end = at + suffix.length;
      if (units.some((u) => u.start < end && u.end > end)) continue;
      add({
        name: text.slice(host.start, at + suffix.length),
        kind,
        start: host.start,
        end: at + suffix.length,
      });
    }
  }
  // Short forms and stems count for places already named in full: 长宁 for 长宁区, 新泾八村 for 新泾八村居民区.
  const places = new Map<string, { kind: PlaceKind; first: number; mentions: number }>();
  units.sort((a, b) => a.start - b.start);
  for (const u of units) {
    const p = places.get(u.name) ?? { kind: u.kind, first: u.start, mentions: 0 };
    p.mentions++;
    places.set(u.name, p);
  }
  for (const [name, p] of places) p.mentions = Math.max(p.mentions, count(text, name));
  return [...places]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([name, p]) => ({ name, kind: p.kind, mentions: p.mentions + shortMentions(name, shorts) }));
}

function shortMentions(name: string, shorts: Array<{ name: string }>): number {
  return shorts.filter((s) => name.startsWith(s.name) && name !== s.name).length;
}
