import learned from '../../assets/ner-learned.json';
import officialWords from '../../assets/official-words.json';
import oneCharPlaces from '../../assets/one-char-places.json';
import orgWords from '../../assets/org-words.json';
import words from '../../assets/place-words.json';
import type { Place, PlaceKind } from '../card';
import { isHan } from '../model/han';
import { Automaton } from '../text/automaton';
import { divisionAt, placeMayEnd } from './gazetteer';
import { inCommonWord, isCommonWord, splitsIntoWords } from './lexicon-words';
import { countMentioned, mentionSpans } from './mentions';
import { wordGoesOn } from './word-goes-on';
import { alternation, edgeMayBe, endsWithAny, pairsOf, startsWithAny } from './words';

interface Unit {
  name: string;
  kind: PlaceKind;
  start: number;
  end: number;
}

/** What the place reader found: places by name, and the short forms that stand for a full name. */
export interface PlaceReading {
  places: Array<{ name: string; kind: PlaceKind }>;
  /** Short form → the full name it stands for (长宁 → 长宁区), for names the page gives in full. */
  aliases: Map<string, string>;
  /** Building → the grassroots unit it is named after (凌云街道社区事务受理服务中心 → 凌云街道). */
  hosts: Map<string, string>;
  /** One-character places (美, 俄), mentioned only where the tagger read them: the character stands in other words. */
  at: Array<{ key: string; start: number; end: number }>;
}

/**
 * The units whose own buildings carry their name (凌云街道社区事务受理服务中心, 蕃兴居民区党群服务站): the
 * building names the unit, so the unit is listed with it and that mention counts for both. A city's
 * or district's name in a building's (徐汇区图书馆) only says where the building is.
 */
const HOST_KINDS: ReadonlySet<PlaceKind> = new Set(['subdistrict', 'town', 'neighbourhood']);

/** Whether the text before `at` ends in a word that stands before a place (来到, 在, 的). */
const leftStopBefore = endsWithAny(words.leftStops);
/** Whether a post (总理, 市长) begins at `at`. */
const postAt = startsWithAny(officialWords.posts);
const NOT_ROADS = new Set(words.notRoads);
/** Characters People's Daily prints alone as a place often enough to list them (assets/one-char-places.json). */
const ONE_CHAR_PLACES = new Set(Array.from(oneCharPlaces.chars));
const AFTER_ROAD = new Set(words.afterRoad);
/** Character pairs no tagged place begins or ends between (宫|广场 is one). */
const JOINED = pairsOf(learned.joinedPairs);

/** Names that end in an administrative suffix: a neighbourhood's or road's stem does not reach over them. */
const BOUNDARY = /(?:[省市区县镇乡旗]|街道)$/;
const SUFFIXES = ['区', '县', '市', '镇', '乡', '街道', '省'];
/**
 * A tagged name of three characters or more that ends in a level word (陇穷村, 泥河镇) is a place
 * wherever it begins: the tagger and the level word agree.
 */
const LEVEL_END = /^[\u4e00-\u9fff]{2,}[省市县区镇乡村]$/;
/** Ordinary words that end in a level word's character (城市, 社区, 农村). */
const LEVEL_WORDS = new Set(words.levelWords);
/** The units a village is named after: towns and townships. */
const VILLAGE_HOST = /[镇乡]$/;
/** Level characters in a row (街镇村, 区县, 乡镇村) list kinds of place, as in 分赴各街镇村居: no name. */
const LEVELS_ONLY = /^[省市县区镇乡村街居旗]+$/;
/** Words for a kind of place: level words (郊区, 城区), buildings and venues (博物馆, 广场). */
const KIND_WORDS = new Set([...words.levelWords, ...words.buildings, ...words.venues]);
const kindWordOnly = (name: string) => KIND_WORDS.has(name) || LEVELS_ONLY.test(name);
const levelEnd = (name: string) => LEVEL_END.test(name) && !LEVEL_WORDS.has(name.slice(-2));
/** The level words of a county-level division (GB/T 2260: 区, 县, 县级市, 旗). */
const COUNTY_LEVELS = ['区', '县', '市', '旗'];
/** A level word's character after a name: 来宾|市. */
const LEVEL_CHAR = /^[省市县区州镇乡旗]$/;

/** Words that look like the stem of a neighbourhood or building but are generic. */
const GENERIC_STEM = new Set(words.genericStems);

/** Suffixes of neighbourhoods that no dataset lists. */
const NEIGHBOURHOOD = new RegExp(alternation(words.neighbourhoodSuffixes), 'g');
/** A residents' or villagers' committee: a body as much as the neighbourhood it serves. */
const COMMITTEE = /(?:居委会|村委会|居民委员会|村民委员会)$/;
const bodyVerbAt = startsWithAny(orgWords.bodyVerbs);
const NEIGHBOURHOOD_END = new RegExp(`(?:${alternation(words.neighbourhoodSuffixes)})$`);
/** Suffixes of buildings and venues with their kind. */
const BUILDINGS: Array<[string, PlaceKind]> = [
  ...words.buildings.map((b): [string, PlaceKind] => [b, 'building']),
  ...words.venues.map((v): [string, PlaceKind] => [v, 'venue']),
];
let buildingAutomaton: Automaton | null = null;
/** The kind a name's last words give it (开罗机场: a venue), if they name a building or venue. */
const suffixKind = (name: string): PlaceKind | undefined =>
  BUILDINGS.find(([w]) => name.length > w.length && name.endsWith(w))?.[1];

/** The stem before `at`: Han characters back to a mark, the end of another place, or a stop word. */
function stemBefore(text: string, at: number, unitEnds: ReadonlySet<number>, max: number): string {
  let from = at;
  while (from > 0 && at - from < max && (isHan(text[from - 1]) || /\d/.test(text[from - 1]!))) {
    if (unitEnds.has(from) || text[from - 1] === '号') break;
    from--;
  }
  // Cut the stem after the last stop word inside it.
  for (let k = at; k > from; k--) if (leftStopBefore(text, k)) return text.slice(k, at);
  return text.slice(from, at);
}

/**
 * A neighbourhood's own name is short (蕃兴, 新泾八村); longer stems are clauses ("积极探索新型") unless
 * they end in a street and a number (桂林西街一).
 */
const NEIGHBOURHOOD_STEM =
  /^[\u4e00-\u9fff\d]{2,4}$|[街路村里弄坊][一二三四五六七八九十\d]+$|^[\u4e00-\u9fff]{2,3}[一二三四五六七八九十]{1,3}村$/;

/** The last words of development and functional zones' names, longest first (开发区, 新片区, 风貌区). */
const ZONE = new RegExp(alternation(words.zoneSuffixes), 'g');
/** What ends a description before a zone's suffix, not a name (这片区, 国家级风景区). */
const ZONE_STEM_END = new Set(words.zoneStemEnds);
/**
 * Whether `stem` is common words only (和谐, 团结凝聚, 充分激发): a description. A name holds a word
 * of its own (祁连, 漕河泾). Numerals begin no name either (一批社区).
 */
function madeOfWords(stem: string): boolean {
  return /^[一二三四五六七八九十两几多]/.test(stem) || splitsIntoWords(stem);
}

/** A 社区 is the community a residents' committee serves: a neighbourhood; other zones are areas. */
const zoneKind = (suffix: string): PlaceKind => (suffix === '社区' ? 'neighbourhood' : 'other');
/** What begins a clause, not a zone's name, anywhere in the stem (这个休闲度假区, 企业已获园区, 推动重点园区). */
const zoneClauseStart = startsWithAny(words.zoneStemStarts);
const clauseInStem = (stem: string) => [...stem].some((_, k) => zoneClauseStart(stem, k) !== null);

/** Kinds of place that stand where the tagger reads an organisation: named after it, not it. */
const OWN_KINDS: ReadonlySet<PlaceKind> = new Set(['building', 'venue', 'road', 'neighbourhood']);

/**
 * The places readPlaces has found and the position each covers. A class rather than closures made per
 * call: those were compiled again and again over a corpus (issue 16).
 */
class PlaceSet {
  /** Found places; a set, so that one taken out for a longer name goes in constant time. */
  readonly units = new Set<Unit>();
  /** Where a division, road or neighbourhood ends: a stem before a suffix stops there. */
  readonly unitEnds = new Set<number>();
  /** The place each position belongs to, if any. */
  readonly owner: Array<Unit | undefined>;
  /** The tagger's organisations, end by start. */
  private readonly orgAt: ReadonlyMap<number, number>;

  constructor(length: number, orgAt: ReadonlyMap<number, number>) {
    this.owner = new Array(length);
    this.orgAt = orgAt;
  }

  /** Adds a place where no other stands; with `over`, in place of the names it contains (福建 in 福建路). */
  add(u: Unit, over = false): boolean {
    // A name the tagger reads as an organisation exactly there is the organisation reader's.
    if (this.orgAt.get(u.start) === u.end && !OWN_KINDS.has(u.kind)) return false;
    const { owner, units, unitEnds } = this;
    const inside = new Set<Unit>();
    for (let i = u.start; i < u.end; i++) {
      const x = owner[i];
      if (!x) continue;
      if (!over || x.start < u.start || x.end > u.end) return false;
      inside.add(x);
    }
    for (const x of inside) {
      units.delete(x);
      unitEnds.delete(x.end);
    }
    owner.fill(u, u.start, u.end);
    units.add(u);
    if (BOUNDARY.test(u.name) || u.kind === 'road' || u.kind === 'neighbourhood') unitEnds.add(u.end);
    return true;
  }
}

/**
 * Development and functional zones, named after the place before them (苏州工业园区, 北京经济技术开发区,
 * 山阴路历史文化风貌区) or by a name of their own that is no common word (临港新片区, 漕河泾开发区),
 * beginning where a word does; descriptions (公共园区, 这片区, 国家级风景区) name none.
 */
function readZones(text: string, places: PlaceSet): void {
  const { unitEnds, owner } = places;
  for (const m of text.matchAll(ZONE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const kind = zoneKind(m[0]);
    // A listed name inside the suffix (新城 of 嘉定新城 is also a district's stem) gives way to the zone.
    const inside = owner[at];
    if (inside && (inside.start < at || inside.end > end)) continue;
    let stem = stemBefore(text, at, unitEnds, 6);
    // A one-character stop word that begins the name (临 of 临港新片区) left one character of it.
    if (stem.length === 1 && isHan(text[at - 2]) && !unitEnds.has(at - 1)) stem = text.slice(at - 2, at);
    const start = at - stem.length;
    if (
      !/^[\u4e00-\u9fff]*$/.test(stem) ||
      ZONE_STEM_END.has(stem.slice(-1)) ||
      clauseInStem(stem) ||
      GENERIC_STEM.has(stem) ||
      wordGoesOn(text, start)
    )
      continue;
    const host = start > 0 && unitEnds.has(start) ? owner[start - 1] : undefined;
    // A zone is named with the place it lies in (苏州工业园区); a 社区 after its town is one of its own
    // (大场镇 + 祁连社区), as a village is.
    if (host && kind !== 'neighbourhood' && !/^[一二三四五六七八九十两]/.test(stem)) {
      places.add({ name: text.slice(host.start, end), kind, start: host.start, end }, true);
      continue;
    }
    // A name of its own: two to four characters, no common word, after a mark or a word that stands
    // before places (cut from a longer clause it is none).
    const begins =
      start === 0 || !isHan(text[start - 1]) || leftStopBefore(text, start) || host !== undefined;
    if (stem.length < 2 || stem.length > 4 || !begins || madeOfWords(stem)) continue;
    places.add({ name: text.slice(start, end), kind, start, end }, true);
  }
}

/** Roads: two characters, a direction or a numeral, 路 or 大道, and a number: 建国西路, 广灵四路, 金陵东路443号. */
const ROAD = /([\u4e00-\u9fff]{2})([东西南北中]?[一二三四五六七八九十]{0,2})(路|大道)(\d+号)?/y;

/**
 * A road at `at`, if one starts there: its name begins where a word does (after a mark, a place or a
 * word that stands before places: 家住建国西路, not 结合城中路), ends where one does (金陵东路443号,
 * 建国西路的, not 融合路径 or 曹路宝), and is not an ordinary word ending in 路 (思路, 下坡路, 两站路).
 */
function roadAt(text: string, at: number, unitEnds: ReadonlySet<number>): Unit | null {
  if (at > 0 && isHan(text[at - 1]) && !unitEnds.has(at) && !leftStopBefore(text, at)) return null;
  ROAD.lastIndex = at;
  const m = ROAD.exec(text);
  if (!m) return null;
  const [whole, base, direction, , number] = m as unknown as [string, string, string, string, string?];
  const name = number ? whole.slice(0, -number.length) : whole;
  if (/^[一二两三四五六七八九十几半每这那哪]/.test(base) || leftStopBefore(base, 2)) return null;
  // A numbered road (广灵四路, 中山北一路) is none of the words that end in 路; 一路 right after the
  // name is the adverb (梨价一路上涨).
  if (direction === '一') return null;
  for (let k = 1; k < name.length - 1; k++)
    if (NOT_ROADS.has(name.slice(k)) && !/[一二三四五六七八九十]/.test(name[k]!)) return null;
  const end = at + whole.length;
  const next = text[end];
  // After a number anything may follow (金陵东路443号宝兴居民区); after the name, only a road's words.
  if (!number && next && isHan(next) && !AFTER_ROAD.has(next)) return null;
  return { name, kind: 'road', start: at, end };
}

/** Whether a listed name (not a short form) starts inside [start, end) and ends after it. */
function overlapsLonger(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    const e = divisionAt(text, k);
    if (e && !e.fullName && k + e.name.length > end) return true;
  }
  return false;
}

/**
 * Whether [start, end) is a place of its own: a name the gazetteers list whole (not a stem's short
 * form) or one the tagger reads as a place somewhere on the page.
 */
function isPlaceAt(text: string, start: number, end: number, taggedNames: ReadonlySet<string>): boolean {
  const d = divisionAt(text, start);
  if (d && !d.fullName && start + d.name.length === end) return true;
  return taggedNames.has(text.slice(start, end));
}

/**
 * Places with a kind: divisions, countries, regions, waters and cities from the gazetteers, and by
 * their suffixes what no dataset lists: neighbourhoods (蕃兴居委, 新泾八村居民区), roads (建国西路,
 * 金陵东路443号) and buildings or venues named after the place before them (凌云街道社区事务受理服务中心).
 */
export function readPlaces(
  text: string,
  tagged: ReadonlyArray<{ start: number; end: number }> = [],
  /**
   * The tagger's organisations: a name from the gazetteers it reads as one exactly there (罗马 the
   * team) is the organisation reader's, not a place.
   */
  taggedOrgs: ReadonlyArray<{ start: number; end: number }> = [],
): PlaceReading {
  const placeSet = new PlaceSet(text.length, new Map(taggedOrgs.map((t) => [t.start, t.end])));
  const { units, unitEnds, owner } = placeSet;
  const shorts: Array<{ name: string; fullName: string }> = [];
  const stems: Unit[] = [];
  for (let i = 0; i < text.length; ) {
    const d = divisionAt(text, i);
    if (!d) {
      i++;
      continue;
    }
    // A short form may overlap a name that starts inside it (同德 of 同德国 before 德国).
    if (d.fullName) {
      shorts.push({ name: d.name, fullName: d.fullName });
      i++;
      continue;
    }
    const unit: Unit = { name: d.name, kind: d.kind, start: i, end: i + d.name.length };
    // A county's stem that a listed name goes on from (同德 of 同德国: 同 + 德国) is a word's piece;
    // a division's name inside a set phrase (长治 of 长治久安) or that is a common word too (来宾,
    // 安康) is a place where the tagger reads one, its level word follows (来宾市) or a place it lies
    // in comes right before it (陕西安康). Countries, regions and waters are not held so: People's
    // Daily labels 地球, 东北 and 苏联 in 地球科学, 东北部, 前苏联 as places.
    const named = owner[i - 1]?.end === i || LEVEL_CHAR.test(text[unit.end] ?? '');
    const word = !d.stem && d.kind !== 'other' && !named && inCommonWord(text, i, unit.end, true);
    if ((d.stem && overlapsLonger(text, i, unit.end)) || word) {
      i++;
      continue;
    }
    // A county's stem printed with a level word the divisions do not list for it (临江区 where
    // 临江市 is listed) is the place the page names, as printed: a district is renamed, not a word
    // the level word's character begins (上城|市 of 以上城市: 城市).
    const level = text[unit.end] ?? '';
    if (
      d.stem &&
      COUNTY_LEVELS.includes(level) &&
      placeMayEnd(text, unit.end + 1) &&
      !isCommonWord(text.slice(unit.end - 1, unit.end + 1))
    ) {
      unit.name += level;
      unit.end += 1;
    } else if (d.stem) stems.push(unit);
    placeSet.add(unit);
    i = unit.end;
  }
  for (const m of text.matchAll(NEIGHBOURHOOD)) {
    const stem = stemBefore(text, m.index!, unitEnds, 6);
    // A quoted nickname ("“申城第一居委”") is not an address.
    const quoted = text[m.index! - stem.length - 1] === '“' && text[m.index! + m[0].length] === '”';
    if (stem.length >= 2 && NEIGHBOURHOOD_STEM.test(stem) && !GENERIC_STEM.has(stem) && !quoted) {
      const start = m.index! - stem.length;
      placeSet.add({ name: stem + m[0], kind: 'neighbourhood', start, end: m.index! + m[0].length }, true);
    }
  }
  // A village named right after its town or township (万埠镇桃花村, 上固乡回龙村): two or three
  // characters and 村, not an ordinary word (新农村).
  for (const u of [...units]) {
    if (!VILLAGE_HOST.test(u.name)) continue;
    for (const n of [2, 3]) {
      const end = u.end + n + 1;
      const name = text.slice(u.end, end);
      if (name.length !== n + 1 || !name.endsWith('村') || !/^[\u4e00-\u9fff]+$/.test(name)) continue;
      if (LEVEL_WORDS.has(name.slice(-2)) || leftStopBefore(name, n) || !placeMayEnd(text, end)) break;
      placeSet.add({ name, kind: 'neighbourhood', start: u.end, end }, true);
      break;
    }
  }
  // 里 names the lane of a neighbourhood named here: 宝兴里 beside 宝兴居民区.
  const lanes = [...units]
    .filter((u) => u.kind === 'neighbourhood')
    .map((u) => `${u.name.replace(NEIGHBOURHOOD_END, '')}里`);
  if (lanes.length) {
    for (const m of new Automaton(lanes).matches(text)) {
      placeSet.add({ name: lanes[m.word]!, kind: 'neighbourhood', start: m.start, end: m.end }, true);
    }
  }
  for (let at = text.indexOf('路'); at >= 0; at = text.indexOf('路', at + 1)) {
    for (const back of [2, 3, 4]) {
      const road = roadAt(text, at - back, unitEnds);
      if (road && road.end >= at + 1 && placeSet.add(road, true)) break;
    }
  }
  for (let at = text.indexOf('大道'); at >= 0; at = text.indexOf('大道', at + 1)) {
    const road = roadAt(text, at - 2, unitEnds) ?? roadAt(text, at - 3, unitEnds);
    if (road) placeSet.add(road, true);
  }
  readZones(text, placeSet);
  // Buildings and venues named after the place before them: 凌云街道 + 社区事务受理服务中心.
  const hosts = new Map<string, Unit>();
  const byEnd = new Map<number, Unit>();
  for (const u of units) byEnd.set(u.end, u);
  buildingAutomaton ??= new Automaton(BUILDINGS.map(([s]) => s));
  const found = [...buildingAutomaton.matches(text)].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  /** Buildings named after a place right before them or after a modifier that follows one. */
  const readBuildings = (done: Uint8Array) =>
    found.forEach((m, k) => {
      if (done[k]) return;
      let modifier = stemBefore(text, m.start, unitEnds, 6);
      let host = byEnd.get(m.start - modifier.length);
      // A venue right after a place's name (布达拉宫广场) is named after it.
      if (!host && byEnd.get(m.start)) {
        host = byEnd.get(m.start);
        modifier = '';
      }
      if (!host || host.kind === 'road' || host.kind === 'building') return;
      if (modifier && !/^[\u4e00-\u9fff]{2,6}$/.test(modifier)) return;
      // A suffix inside a longer place ("安国大楼" in 安国大楼小区) names no building of its own.
      if (owner[m.end] !== undefined && !unitEnds.has(m.end)) return;
      const unit = {
        name: text.slice(host.start, m.end),
        kind: BUILDINGS[m.word]![1],
        start: host.start,
        end: m.end,
      };
      done[k] = 1;
      placeSet.add(unit, true);
      byEnd.set(unit.end, unit);
      if (HOST_KINDS.has(host.kind)) hosts.set(unit.name, host);
    });
  const built = new Uint8Array(found.length);
  readBuildings(built);
  const taggedNames = new Set(tagged.map((t) => text.slice(t.start, t.end)));
  // Places the tagger found, where no other place stands or over the names they hold (德黑兰 in
  // 德黑兰机场, 南海 in 中南海), and only where a word begins: 宫广场 in 文化宫广场 is cut wrong.
  /** One-character places where the tagger reads them, if the character is one People's Daily prints alone as a place often enough. */
  const at: PlaceReading['at'] = [];
  for (const t of tagged) {
    if (t.end - t.start === 1 && ONE_CHAR_PLACES.has(text[t.start]!) && !owner[t.start]) {
      at.push({ key: text[t.start]!, start: t.start, end: t.end });
      continue;
    }
    if (t.end - t.start < 2 || !placeMayEnd(text, t.end)) continue;
    if (!edgeMayBe(JOINED, text, t.start) || !edgeMayBe(JOINED, text, t.end)) continue;
    // A place may follow the place it lies in (德国罗滕堡, 西班牙巴塞罗那).
    const after = t.start > 0 ? owner[t.start - 1] : undefined;
    const afterPlace = after !== undefined && after.end === t.start;
    if (
      t.start > 0 &&
      isHan(text[t.start - 1]) &&
      !unitEnds.has(t.start) &&
      !afterPlace &&
      !leftStopBefore(text, t.start) &&
      !levelEnd(text.slice(t.start, t.end))
    )
      continue;
    const name = text.slice(t.start, t.end);
    // A post read into a place is a person's title (总理|科尔): no place.
    if (postAt(text, t.start)) continue;
    // An ordinary word with at most one character before it (老城区, 小城镇, 老区) names no place.
    if (name.length <= 3 && LEVEL_WORDS.has(name.slice(-2))) continue;
    if (LEVELS_ONLY.test(name)) continue;
    const known = divisionAt(text, t.start);
    // A district's or town's stem (新兴 of 新兴区) is a word too often: it needs its full name; and a
    // tag that goes on from one must end as places do (天宁环 of 天宁环卫 is cut wrong).
    if (known?.fullName && known.name === name) continue;
    // Two places side by side read as one (西班牙巴塞罗那, 美国中东): a listed place, then another
    // place the tagger finds on the page or the gazetteers list, are two names.
    const rest = known && !known.fullName && !known.stem ? t.start + known.name.length : t.end;
    if (rest < t.end - 1 && isPlaceAt(text, rest, t.end, taggedNames)) {
      placeSet.add({ name: known!.name, kind: known!.kind, start: t.start, end: rest }, true);
      const tail = divisionAt(text, rest);
      const kind = tail && !tail.fullName && tail.name.length === t.end - rest ? tail.kind : 'other';
      placeSet.add({ name: text.slice(rest, t.end), kind, start: rest, end: t.end }, true);
      continue;
    }
    const unit: Unit = {
      name,
      kind: known?.name === name ? known.kind : (suffixKind(name) ?? 'other'),
      start: t.start,
      end: t.end,
    };
    if (placeSet.add(unit, true)) byEnd.set(unit.end, unit);
  }
  // Venues named after a place only the tagger read (布达拉宫 + 广场).
  readBuildings(built);
  // A county's stem is a place where the tagger finds it as one somewhere on the page (如东), or
  // stands for the full name the page gives (长宁 for 长宁区); else it is a word (共和 of 共和国).
  const fullNames = new Set([...units].map((u) => u.name));
  for (const u of stems) {
    if (taggedNames.has(u.name) || !units.has(u)) continue;
    units.delete(u);
    owner.fill(undefined, u.start, u.end);
    const full = SUFFIXES.map((x) => u.name + x).find((n) => fullNames.has(n));
    if (full) shorts.push({ name: u.name, fullName: full });
  }
  // A residents' committee that does something on the page (春晖居委会组织志愿者) is a body there and
  // everywhere on it: the organisation reader's name, not a neighbourhood.
  const acting = new Set<string>();
  const committees = new Set(
    [...units].filter((u) => u.kind === 'neighbourhood' && COMMITTEE.test(u.name)).map((u) => u.name),
  );
  for (const name of committees)
    for (let at = text.indexOf(name); at >= 0 && !acting.has(name); at = text.indexOf(name, at + 1))
      if (bodyVerbAt(text, at + name.length)) acting.add(name);
  for (const u of [...units]) if (acting.has(u.name) || vesselName(text, u)) units.delete(u);
  const places = new Map<string, PlaceKind>();
  for (const u of [...units].sort((a, b) => a.start - b.start)) {
    // A word for a kind of place with no name before it (郊区 of 东京郊区, 博物馆 of 博物馆人) names none.
    if (kindWordOnly(u.name)) continue;
    const host = hosts.get(u.name);
    if (host && !places.has(host.name)) places.set(host.name, host.kind);
    if (!places.has(u.name)) places.set(u.name, u.kind);
  }
  // Short forms stand for places the page names in full: 长宁 for 长宁区 (or for a 长宁县).
  const aliases = new Map<string, string>();
  for (const s of shorts) {
    if (places.has(s.name)) continue;
    const full = [s.fullName, ...SUFFIXES.map((x) => s.name + x)].find((n) => places.has(n));
    if (full) aliases.set(s.name, full);
  }
  // A neighbourhood's own name of three characters or more stands for it (新泾八村 for 新泾八村居民区);
  // a shorter one is a word too often (新华).
  for (const [name, kind] of places) {
    if (kind !== 'neighbourhood') continue;
    const stem = name.replace(NEIGHBOURHOOD_END, '');
    if (stem.length >= 3 && stem !== name && !places.has(stem) && !aliases.has(stem)) aliases.set(stem, name);
  }
  for (const a of at) if (!places.has(a.key)) places.set(a.key, 'other');
  return {
    places: [...places].map(([name, kind]) => ({ name, kind })),
    at,
    aliases,
    hosts: new Map([...hosts].filter(([b]) => places.has(b)).map(([b, h]) => [b, h.name])),
  };
}

/**
 * Whether a place's name is all of a quoted name before 号 (“青岛”号 the destroyer, “和平”号 the space
 * station): ships and craft are named so after places, and the quotes mark a name, not the place.
 */
function vesselName(text: string, u: Unit): boolean {
  return text[u.start - 1] === '“' && text.startsWith('”号', u.end);
}

/**
 * The mentions of the units named inside their buildings' mentions (凌云街道 in 凌云街道社区事务受理
 * 服务中心), each nested at the start of its building's span: the unit is highlighted there too.
 */
export function hostSpans<S extends { kind: string; key: string; start: number; end: number }>(
  text: string,
  spans: readonly S[],
  hosts: ReadonlyMap<string, string>,
): Array<S & { key: string }> {
  const out: Array<S & { key: string }> = [];
  for (const s of spans) {
    const host = s.kind === 'place' ? hosts.get(s.key) : undefined;
    if (host && text.startsWith(host, s.start) && host.length < s.end - s.start)
      out.push({ ...s, key: host, end: s.start + host.length });
  }
  return out;
}

/**
 * Places named in the text, in first-mention order, each counted by its mentions: its own and those
 * of its short forms, not those inside a longer place (长宁区 in 长宁区图书馆). A place only ever
 * mentioned inside a longer one is not listed.
 */
export function recognizePlaces(text: string): Place[] {
  const reading = readPlaces(text);
  const spans = mentionSpans(text, [placeMentions(reading)]);
  return countPlaces(reading.places, [...spans, ...hostSpans(text, spans, reading.hosts)]);
}

/**
 * The places of a reading as a group for `mentionSpans`: by their names and short forms, but a
 * one-character place (美) only where the tagger read it, never by its string (赞美).
 */
export function placeMentions(reading: PlaceReading) {
  return {
    kind: 'place' as const,
    keys: reading.places.map((p) => p.name).filter((n) => n.length > 1),
    aliases: reading.aliases,
    at: reading.at,
  };
}

export function countPlaces(
  places: PlaceReading['places'],
  spans: ReadonlyArray<{ kind: string; key: string; start: number }>,
): Place[] {
  return countMentioned(places, 'place', spans).map(({ name, kind, mentions }) => ({ name, kind, mentions }));
}
