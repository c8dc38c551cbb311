import learned from '../../assets/ner-learned.json';
import orgWords from '../../assets/org-words.json';
import words from '../../assets/place-words.json';
import type { Organization, OrganizationKind } from '../card';
import { isHan } from '../model/han';
import { Automaton } from '../text/automaton';
import { POST_NOTE_END } from '../text/post-notes';
import { countMentioned } from './mentions';
import { wordGoesOn } from './word-goes-on';
import { alternation, clauseIn, edgeMayBe, endsWithAny, pairsOf, startsWithAny } from './words';

/** An organisation read from the text, before its mentions are counted. */
export interface OrgReading {
  name: string;
  kind: OrganizationKind;
}

interface Suffixes {
  automaton: Automaton;
  kinds: OrganizationKind[];
  /** Whether the suffix names a body by itself (居委会, 国务院), without a place or name before it. */
  whole: boolean[];
  /** Whether a name with this suffix must begin with a place or a body (国务院振兴东北办). */
  anchored: boolean[];
  /** Whether the word is a whole name read as printed, with nothing before it (国务院, 联合国). */
  fixed: boolean[];
  /** Whether the suffix was learned from labelled names only (国防部, 派出所), in no general list. */
  learned: boolean[];
}

let suffixes: Suffixes | null = null;

/** A level word standing for the place the page speaks for (区民政局, 市委组织部). */
const LEVEL_ANCHOR = /^[省市区县镇乡]$/;
/** The Party committee of an administrative level: 省委, 市委, 区委, 县委, 州委. */
const LEVEL_COMMITTEE = /^[省市区县州]委$/;

function build(): Suffixes {
  const list = new Map<
    string,
    { kind: OrganizationKind; whole: boolean; anchored?: boolean; fixed?: boolean; learned?: boolean }
  >();
  for (const s of learned.orgSuffixes)
    list.set(s.suffix, { kind: s.kind as OrganizationKind, whole: false, learned: true });
  for (const s of orgWords.other) list.set(s, { kind: 'other', whole: s.length >= 3 });
  // A level word and 委 (市委, 区委, 县委) is the Party committee of that level where the page is:
  // one body, as 市政府 is.
  for (const s of orgWords.party)
    list.set(s, { kind: 'party', whole: s.length >= 3 || LEVEL_COMMITTEE.test(s) });
  for (const s of orgWords.wholeNames)
    list.set(s, { kind: PARTY_NAME.test(s) ? 'party' : 'government', whole: true, fixed: true });
  for (const s of orgWords.international) list.set(s, { kind: 'other', whole: true, fixed: true });
  // A team is named by its place (上海队): the place before 队 is the team's name, not a place.
  for (const s of orgWords.teams) list.set(s, { kind: 'other', whole: false, anchored: true });
  // Suffixes of state bodies (办, 部, 委) end a name only where it begins with a place or a body
  // (国务院振兴东北办, 区委办): alone they are words too often.
  for (const s of orgWords.government)
    if (!list.has(s)) list.set(s, { kind: 'government', whole: false, anchored: true });
  const keys = [...list.keys()];
  return {
    automaton: new Automaton(keys),
    kinds: keys.map((k) => list.get(k)!.kind),
    whole: keys.map((k) => list.get(k)!.whole),
    anchored: keys.map((k) => list.get(k)!.anchored === true),
    fixed: keys.map((k) => list.get(k)!.fixed === true),
    learned: keys.map((k) => list.get(k)!.learned === true),
  };
}

/** Characters that stand inside organisation names (learned): how far a name reaches back. */
const ORG_CHARS = new Set(Array.from(learned.orgChars));
const leftStopBefore = endsWithAny(words.leftStops);
/** Ordinary words that end in a level word's character (农村, 郊区, 城区). */
const LEVEL_WORDS = new Set(words.levelWords);
/** Character pairs no name begins or ends between (部|署 of 市委部署). */
const JOINED = pairsOf(learned.joinedPairs);
/** How a state body's name begins when no place does: 国务院, 中央, 市, 区 … */
const ANCHOR = new RegExp(`^(?:${alternation([...orgWords.wholeNames, ...orgWords.anchors])})`);
/** Words that join two names into a list. */
const JOINING = new Set(orgWords.joining);
/** The longest organisation name read; longer stretches are clauses. */
const MAX_ORG = 16;
/**
 * How far back before a legal form a company's name may begin at a place (临江 of 临江康颐餐饮管理有限公司):
 * 15 covers 96 % of the names ending in a legal form that CLUENER2020's training part labels (10 covered 82 %).
 */
const COMPANY_REACH = 15;
/** A company's legal form (有限公司): the registered name before it is whole, trade name included. */
const LEGAL_FORM_END = new RegExp(`(?:${alternation(orgWords.legalForms)})$`);

/**
 * Party bodies by their names, whatever their suffix: 中共…, a Party word at the end (街道党工委), 党
 * anywhere, or a Party committee of a place before a department (市委组织部, 市委办, 团市委).
 */
const PARTY_NAME = new RegExp(
  `^中共|党|[省市区县州镇乡]委(?!员会)|(?:${[...orgWords.party].sort((a, b) => b.length - a.length).join('|')})$`,
);
/** The last words of a body named in a title (外经贸部 of 外经贸部副部长, 市慈善总会 of 市慈善总会会长). */
const BODY_SUFFIX = new RegExp(
  `(?:${alternation([...orgWords.government, ...orgWords.party, ...orgWords.other, ...learned.orgSuffixes.map((s) => s.suffix)])})$`,
);

/**
 * The tagger's organisations with a verb after a complete body cut off (春晖居委会|组织志愿者): the
 * verb begins the clause. A body named as a whole (欧佩克组织) keeps its word.
 */
export function trimBodyVerbs<T extends { start: number; end: number }>(
  text: string,
  tagged: readonly T[],
): T[] {
  return tagged.map((t) => {
    for (const v of orgWords.bodyVerbs) {
      const end = t.end - v.length;
      if (end - t.start < 2 || !text.startsWith(v, end)) continue;
      const body = text.slice(t.start, end);
      if (BODY_SUFFIX.test(body) && !FIXED_END.test(body)) return { ...t, end };
    }
    return t;
  });
}
const FIXED_END = new RegExp(`(?:${alternation([...orgWords.international, ...orgWords.wholeNames])})$`);

/** Mass organisations and associations by their last word (市总工会, 市妇联, 居委会). */
const OTHER_NAME = new RegExp(`(?:${[...orgWords.other].sort((a, b) => b.length - a.length).join('|')})$`);

/** A place's own bodies by their last word: mass organisations (市妇联) and teams (上海队). */
const OWN_BODY = new RegExp(`(?:${alternation([...orgWords.other, ...orgWords.teams])})$`);

/** Words that name bodies in general: a name made only of them names no one body. */
const GENERIC = new Set([
  ...orgWords.government,
  ...orgWords.party,
  ...orgWords.other,
  ...orgWords.genericParts,
]);
/** Words for bodies in general that are no kind of body of their own (政府, 党政, 机关, 警方). */
const GENERAL_PARTS = new Set(orgWords.genericParts);
const WHOLE_WORDS = new Set([...orgWords.other, ...orgWords.party].filter((w) => w.length >= 3));
/** General words that make even a place's body general: 市各有关部门. */
const VAGUE = /各|有关|相关|部门/;
const GENERIC_MAX = Math.max(...[...GENERIC].map((w) => w.length));

/** How many general words `s` splits into, or 0 if it does not split into them only. */
function genericWords(s: string, words: ReadonlySet<string> = GENERIC): number {
  const best: number[] = [0];
  for (let i = 1; i <= s.length; i++) {
    best[i] = 0;
    for (let n = 1; n <= Math.min(GENERIC_MAX, i); n++) {
      if ((i - n === 0 || best[i - n]! > 0) && words.has(s.slice(i - n, i))) {
        const k = (best[i - n] ?? 0) + 1;
        if (!best[i] || k < best[i]!) best[i] = k;
      }
    }
  }
  return best[s.length] ?? 0;
}

/**
 * Whether a name names no one body: general words only, two or more (党委政府, 部委办局) or one that
 * is no name of its own (居委; but 居委会, 政法委 are), or vague ones after a place (市各有关部门; but
 * 市政府, 市委组织部 name one).
 */
export function isGenericOrg(name: string): boolean {
  const anchor = ANCHOR.exec(name)?.[0] ?? '';
  const rest = name.slice(anchor.length);
  const words = genericWords(rest);
  if (words === 0) return false;
  if (anchor) return VAGUE.test(rest);
  return words >= 2 || !WHOLE_WORDS.has(name);
}

/**
 * The mentions of places that name an organisation with general words only (美国 in 美国政府, 印度 in
 * 印度当局, 哥伦比亚 in 哥伦比亚警方), each nested at the start of the organisation's span: the
 * organisation is that country's or city's own body, so the place is mentioned there too. A place in
 * a body's proper name (中国 in 中国青年志愿者协会, 长宁区 in 长宁区民政局) only says where it is.
 */
export function placeOfBodySpans<S extends { kind: string; key: string; start: number; end: number }>(
  spans: readonly S[],
  places: ReadonlySet<string>,
): Array<S & { kind: 'place' }> {
  const out: Array<S & { kind: 'place' }> = [];
  for (const s of spans) {
    if (s.kind !== 'organization') continue;
    for (let n = s.key.length - 1; n >= 2; n--) {
      const place = s.key.slice(0, n);
      if (!places.has(place) || !genericWords(s.key.slice(n), GENERAL_PARTS)) continue;
      out.push({ ...s, kind: 'place', key: place, end: s.start + n });
      break;
    }
  }
  return out;
}

function kindOf(name: string, suffixKind: OrganizationKind): OrganizationKind {
  if (PARTY_NAME.test(name)) return 'party';
  return OTHER_NAME.test(name) ? 'other' : suffixKind;
}

/**
 * Where a company's registered name before its legal form begins: at the places it opens with (临江
 * of 临江康颐餐饮管理有限公司, 北京市海淀区 of 北京市海淀区某某科技有限公司), whatever the characters of its
 * trade name and line of business; null where no place stands within reach.
 */
function companyStart(
  text: string,
  suffixStart: number,
  placeStarts: ReadonlyMap<number, number>,
  placeStartsAt: ReadonlySet<number>,
  /** Positions inside places: a stop word there (临 of 临江) is the place's. */
  inPlace: Uint8Array,
): number | null {
  for (let k = suffixStart - 1; k >= 0 && suffixStart - k <= COMPANY_REACH && isHan(text[k]); k--) {
    if (placeStartsAt.has(k)) {
      // Places in a row name one company (北京市 + 海淀区).
      let start = k;
      for (let p = placeStarts.get(start); p !== undefined; p = placeStarts.get(start)) start = p;
      return start;
    }
    if (!inPlace[k - 1] && leftStopBefore(text, k)) return null;
  }
  return null;
}

/**
 * Where a name ending at `suffixStart` begins: back over characters that stand inside organisation
 * names and over places (`placeStarts` by their end), to a mark or a word that stands before names.
 */
function startOf(
  text: string,
  suffixStart: number,
  placeStarts: ReadonlyMap<number, number>,
  placeStartsAt: ReadonlySet<number>,
): number {
  let j = suffixStart;
  while (j > 0 && suffixStart - j < MAX_ORG) {
    // A one-character stop that makes a word with what follows (经|济 of 财政经济委员会, 对|外) stops nothing.
    if (leftStopBefore(text, j) && !wordGoesOn(text, j)) break;
    const place = placeStarts.get(j);
    if (place !== undefined) {
      j = place;
      continue;
    }
    const c = text[j - 1]!;
    if (!isHan(c) || !ORG_CHARS.has(c)) break;
    j--;
  }
  if (j === 0 || !isHan(text[j - 1]) || leftStopBefore(text, j) || placeStarts.has(j)) return j;
  // Stopped inside a word (残疾 of 区残疾人联合会): a place or a body's first word up to four
  // characters further back, where a word begins, starts the name.
  for (let k = j - 1; k >= 0 && j - k <= 4 && isHan(text[k]); k--) {
    const begins = k === 0 || !isHan(text[k - 1]) || leftStopBefore(text, k) || placeStarts.has(k);
    if (begins && (placeStartsAt.has(k) || ANCHOR.test(text.slice(k, k + 3)))) return k;
    if (leftStopBefore(text, k)) break;
  }
  return j;
}

/**
 * Organisations: government bodies, party organs, companies and associations, read back from a suffix
 * that ends such names (局, 委员会, 党工委, 有限公司: learned from the NER training text or from how
 * state bodies are named) over the characters such names are made of (区民政局, 市委组织部, 上海某某
 * 有限公司), and the bodies in officials' titles (外经贸部 in 外经贸部副部长).
 */
export function readOrganizations(
  text: string,
  placeSpans: ReadonlyArray<{ start: number; end: number }> = [],
  titles: readonly string[] = [],
  posts: readonly string[] = [],
  tagged: ReadonlyArray<{ start: number; end: number; orgKind?: OrganizationKind }> = [],
  /** The tagger's places: a body named by a place and general words only is the tagger's to read. */
  taggedPlaces: ReadonlyArray<{ start: number; end: number }> = [],
  /** The tagger's persons: a suffix that ends one right after a post (县长吴方军) is the name's. */
  taggedPersons: ReadonlyArray<{ start: number; end: number }> = [],
): OrgReading[] {
  suffixes ??= build();
  const postAt = startsWithAny(posts);
  const placeStarts = new Map<number, number>();
  for (const p of placeSpans) placeStarts.set(p.end, p.start);
  // The longest suffix ending at each position.
  const best = new Map<number, { start: number; word: number }>();
  suffixes.automaton.scan(text, (start, end, word) => {
    const b = best.get(end);
    if (!b || start < b.start) best.set(end, { start, word });
  });
  const postLengths = [...new Set(posts.map((p) => p.length))];
  const postSet = new Set(posts);
  /** Where a body ends that a post ending at `end` follows (县人武部 of 县人武部政委), or -1. */
  const bodyEndBeforePost = (text: string, end: number) => {
    for (const n of postLengths)
      if (n < end - 1 && postSet.has(text.slice(end - n, end)) && best.has(end - n)) return end - n;
    return -1;
  };
  // A tagged body that goes on into a post (市公安局|政委) is the body; the post is its official's.
  tagged = tagged.map((t) => {
    const body = bodyEndBeforePost(text, t.end);
    return body - t.start >= 2 ? { ...t, end: body } : t;
  });
  const found = new Map<string, OrganizationKind>();
  const placeStartsAt = new Set(placeSpans.map((p) => p.start));
  const placeEndAt = new Map(placeSpans.map((p) => [p.start, p.end]));
  const placeCover = new Uint8Array(text.length);
  for (const p of placeSpans) placeCover.fill(1, p.start, p.end);
  // Organisations the tagger found, with the kind it gives them (party by name). One that strings
  // two places together must end as organisations do (中国同德国 is none). Its end is the tagger's to
  // judge: the pairs that words rarely split (党的, 会发) end names as often as anything (共产党的).
  /** Per position, the tagged organisation over it (its index + 1): where the tagger read a name, its start holds. */
  const overIndex = new Int32Array(text.length);
  tagged.forEach((t, i) => {
    overIndex.fill(i + 1, t.start, t.end);
  });
  const taggedOver = (at: number) => (overIndex[at] ? tagged[overIndex[at]! - 1] : undefined);
  const taggedPlaceEnd = new Map(taggedPlaces.map((p) => [p.start, p.end]));
  for (const t of trimBodyVerbs(text, tagged)) {
    const end = t.end;
    const name = text.slice(t.start, end);
    if (!edgeMayBe(JOINED, text, t.start)) continue;
    let places = 0;
    for (let i = t.start; i < t.end; i++) if (placeStartsAt.has(i)) places++;
    if (places >= 2 && !best.has(t.end)) continue;
    // A place and an ordinary word for part of it (大连|农村, 北京|郊区) name no body.
    const placeEnd = placeEndAt.get(t.start);
    if (placeEnd !== undefined && LEVEL_WORDS.has(text.slice(placeEnd, end))) continue;
    // Two bodies joined by 和 (区民政局和市委组织部) are two names: the suffix reader reads them.
    let joined = false;
    for (let i = t.start + 2; i < t.end - 1 && !joined; i++) joined = JOINING.has(text[i]!) && best.has(i);
    if (joined) continue;
    // A bare suffix of the general lists (中心, 委员会) names no one body; one learned from labelled
    // names is one (国防部, 派出所, as the corpora label them alone).
    const own = best.get(end);
    if (own && own.start === t.start && !suffixes.whole[own.word] && !suffixes.learned[own.word]) continue;
    if (name.length >= 2 && !found.has(name)) found.set(name, kindOf(name, t.orgKind ?? 'other'));
  }
  const postBefore = endsWithAny(posts);
  const personEnd = new Set(taggedPersons.filter((p) => postBefore(text, p.start)).map((p) => p.end));
  let prevStart = Number.POSITIVE_INFINITY;
  // Right to left, so that 市委组织部 is read once from its last suffix, not again from 市委.
  for (const end of [...best.keys()].sort((a, b) => b - a)) {
    const m = best.get(end)!;

    // The suffix's last character begins a post (局 of 局长 in 市民政局局长): no name ends there; nor
    // where a person the tagger read right after a post ends (县长吴方军: 军 ends his name, no army's).
    if (postAt(text, end - 1) || !edgeMayBe(JOINED, text, end) || personEnd.has(end)) continue;
    // A post right after a body's suffix (县人武部|政委, 市委|常委) ends a title, not a body's name.
    if (bodyEndBeforePost(text, end) >= 0) continue;
    const registered = LEGAL_FORM_END.test(text.slice(Math.max(0, end - 6), end))
      ? companyStart(text, m.start, placeStarts, placeStartsAt, placeCover)
      : null;
    const company = registered !== null;
    // A body named without a place (国务院, 联合国) is read as printed.
    const start = suffixes.fixed[m.word]
      ? m.start
      : (registered ?? startOf(text, m.start, placeStarts, placeStartsAt));
    // A one-character state-body suffix that ends a word (签|署, 部|署) is no suffix there.
    if (suffixes.anchored[m.word] && end - m.start === 1 && !edgeMayBe(JOINED, text, m.start)) continue;
    if (end > prevStart) continue;
    const name = text.slice(start, end);
    if (start === m.start && !suffixes.whole[m.word]) continue;
    // Stopped inside a word (有关部门, 一家公司): no name of its own begins there.
    if (
      start > 0 &&
      isHan(text[start - 1]) &&
      !leftStopBefore(text, start) &&
      !placeStarts.has(start) &&
      !(company && placeStartsAt.has(start))
    )
      continue;
    // Two characters name a body only as a level's Party committee standing alone (市委, 县委).
    if (name.length < 3 && !(start === m.start && LEVEL_COMMITTEE.test(name))) continue;
    const anchored = placeStartsAt.has(start) || ANCHOR.test(name);
    if (suffixes.anchored[m.word] && !anchored) continue;
    // A one-character suffix (团, 局) after two characters is a word as often as a name (代表团).
    if (end - m.start === 1 && name.length < 4 && !anchored) continue;
    // Where the tagger read a name that begins later, its start holds (除了|绿城集团, 首先请出|张家口
    // 崇礼县政法委), but for a company's registered name the tagger cut short (康颐餐饮|管理有限公司).
    const over = taggedOver(end - 1);
    // A level word alone before it (区|市场监管局) is the body's own: the place the page speaks for.
    const levelBefore = over !== undefined && LEVEL_ANCHOR.test(text.slice(start, over.start));
    if (over && over.start > start && !company && placeStarts.get(over.start) !== start && !levelBefore)
      continue;
    // Where the tagger read nothing, a name needs a place or a body's first word before its suffix
    // (区民政局, 临江某某公司): a class of bodies (保险公司, 商业银行, 7家银行) names no one.
    if (!over && !anchored && !suffixes.fixed[m.word]) continue;
    // Where the tagger reads a place at the start and no body over it, the place and what follows
    // are no name (以色列政府, 印度当局, 山西交界处): the tagger saw the context. A mass organisation
    // or a Party body after a place (天津市妇联, 县委组织部) is that place's own, whatever the tagger
    // read, but for general words (河北省党政机关).
    const placeEnd = over ? undefined : taggedPlaceEnd.get(start);
    if (placeEnd !== undefined) {
      const own =
        (OWN_BODY.test(name) || PARTY_NAME.test(name)) &&
        !genericWords(text.slice(placeEnd, end), GENERAL_PARTS);
      if (!own) continue;
    }
    prevStart = start;
    if (!found.has(name)) found.set(name, kindOf(name, suffixes.kinds[m.word]!));
  }
  // Bodies in titles: what stands before the post (外经贸部 in 外经贸部副部长).
  const postEnd = new RegExp(`(?:${[...posts].sort((a, b) => b.length - a.length).join('|')})$`);
  for (const t of new Set(titles)) {
    if (!posts.length) break;
    const body = t.replace(POST_NOTE_END, '').replace(postEnd, '');
    const at = text.indexOf(body);
    // Where the tagger read the body otherwise (湖北省社科院 of 湖北省社科院长), its reading stands.
    const over = at >= 0 ? taggedOver(at + body.length - 1) : undefined;
    if (
      over &&
      (over.end > at + body.length || (over.start > at && clauseIn(leftStopBefore, text, at, over.start)))
    )
      continue;
    if (body.length >= 3 && body.length < t.length && BODY_SUFFIX.test(body) && at >= 0) {
      if (!found.has(body)) found.set(body, kindOf(body, OTHER_NAME.test(body) ? 'other' : 'government'));
    }
  }
  return [...found].filter(([name]) => !isGenericOrg(name)).map(([name, kind]) => ({ name, kind }));
}

/**
 * The tagger's bodies, each begun where a place begins that its start cuts (黔东南|州人力资源和社会保障局
 * read from 州): a body's name holds the place it is named by whole. `places` in text order.
 */
export function startAtPlaces<T extends { start: number; end: number }>(
  bodies: readonly T[],
  places: ReadonlyArray<{ start: number; end: number }>,
): T[] {
  let p = 0;
  return bodies.map((b) => {
    while (p < places.length && places[p]!.end <= b.start) p++;
    const place = places[p];
    return place && place.start < b.start && place.end > b.start && place.end < b.end
      ? { ...b, start: place.start }
      : b;
  });
}

/** Organisations with their mentions counted from spans, in first-mention order; unmentioned ones left out. */
export function countOrganizations(
  orgs: readonly OrgReading[],
  spans: ReadonlyArray<{ kind: string; key: string; start: number }>,
): Organization[] {
  return countMentioned(orgs, 'organization', spans).map(({ name, kind, mentions }) => ({
    name,
    kind,
    mentions,
  }));
}
