import followers from '../../assets/name-followers.json';
import learned from '../../assets/ner-learned.json';
import officialWords from '../../assets/official-words.json';
import personWords from '../../assets/person-words.json';
import surnames from '../../assets/surnames.json';
import { isHan } from '../model/han';
import { givenNameGrade, STRONG_GRADE } from './given-names';
import { isCommonWord } from './lexicon-words';

/** Single surnames and the first characters of compound ones, by UTF-16 code (no string per lookup). */
const SINGLE = new Set(Array.from(surnames.single, (c) => c.charCodeAt(0)));
const COMPOUND = new Set(surnames.compound);
const COMPOUND_FIRST = new Set(surnames.compound.map((s) => s.charCodeAt(0)));
/** The same two sets as bits per UTF-16 unit (1 single, 2 a compound's first): read at every position. */
const SURNAME_BITS = new Uint8Array(0x10000);
for (const c of SINGLE) SURNAME_BITS[c]! |= 1;
for (const c of COMPOUND_FIRST) SURNAME_BITS[c]! |= 2;
/**
 * Surnames that are far more often ordinary words (商, 习, 高): a name only where the tagger says so,
 * or right after a title or a role; those that almost never start a name (由, 和) not even there.
 */
const WEAK = new Set(Array.from(learned.weakSurnames));
const WORD = new Set(Array.from(learned.wordSurnames));
/** Strings the training text writes often and rarely as a name (辛勤, 高度): never a name. */
const NOT_NAMES = new Set(learned.notNames);

/**
 * Words that follow a name and are never part of it: the general ones (assets/name-followers.json)
 * and those learned from the NER training text (assets/ner-learned.json). A name ends where one of
 * these begins ("李强一行", "王华指出", "李峰宣布").
 */
const FOLLOWER_FIRST = new Map<string, string[]>();
// A post or a family word follows a name too: 李鹏委员长, 科尔总理, 孙明母子.
const ALL = [...followers.general, ...learned.followers, ...officialWords.posts, ...personWords.familyAfter];
for (const w of new Set(ALL)) {
  const list = FOLLOWER_FIRST.get(w[0]!) ?? [];
  list.push(w);
  FOLLOWER_FIRST.set(w[0]!, list);
}

/**
 * Whether a follower word starts at `at`. One-character followers (到, 和, 为 …) count only where
 * `single` is set: as a name's second character they are common (刘和平, 王为民).
 */
export function followerAt(text: string, at: number, single = true): boolean {
  const list = FOLLOWER_FIRST.get(text[at] ?? '');
  return !!list?.some((w) => (single || w.length > 1) && text.startsWith(w, at));
}

/** The surname at `at`, if any: two characters for a compound surname (诸葛), else one. */
export function surnameAt(text: string, at: number): number {
  const bits = SURNAME_BITS[text.charCodeAt(at)] ?? 0;
  if (bits & 2 && COMPOUND.has(text.slice(at, at + 2))) return 2;
  return bits & 1;
}

/** Two or three UTF-16 code units as one exact number (below 2^48); longer strings as themselves. */
const gramKey = (text: string, at: number, n: number): number | string => {
  if (n > 3) return text.slice(at, at + n);
  let k = 0;
  for (let j = 0; j < n; j++) k = k * 65536 + text.charCodeAt(at + j);
  return k;
};

/**
 * What a reader of names knows about one text: the persons the tagger found (start → end), the names
 * already read, and how often short strings occur (counted once per text, so reading stays linear).
 */
export class NameContext {
  readonly text: string;
  readonly tagged: ReadonlyMap<number, number>;
  /** Positions inside a tagged person's name, not at its start. */
  private readonly inside: Uint8Array;
  readonly known = new Set<string>();
  private grams = new Map<number, Map<number | string, number>>();

  constructor(text: string, persons: ReadonlyArray<{ start: number; end: number }> = []) {
    this.text = text;
    const tagged = new Map<number, number>();
    this.inside = new Uint8Array(text.length);
    for (const p of persons) {
      tagged.set(p.start, p.end);
      this.inside.fill(1, p.start + 1, p.end);
    }
    this.tagged = tagged;
  }

  /** How often `word` (2–4 characters, starting with a surname) occurs in the text. */
  count(word: string): number {
    const n = word.length;
    let m = this.grams.get(n);
    if (!m) {
      // Every string of this length that starts at a surname, counted in one pass, each by a number
      // made of its code units (no string per position).
      m = new Map();
      for (let i = 0; i + n <= this.text.length; i++) {
        if (!surnameAt(this.text, i)) continue;
        const g = gramKey(this.text, i, n);
        m.set(g, (m.get(g) ?? 0) + 1);
      }
      this.grams.set(n, m);
    }
    return m.get(gramKey(word, 0, n)) ?? 0;
  }

  isInsideTagged(at: number): boolean {
    return this.inside[at] === 1;
  }
}

/**
 * Whether a surname and one given-name character at `at` (a two-character name the tagger read) go
 * on into a third character: one the training corpora print mostly inside given names, or too rarely
 * to tell (芬 of 赵东芬, 庚 of 陈嘉庚; assets/given-name-chars.json), that is no follower and starts no
 * word with the next character, followed by what ends names (a mark, a follower, a common word: 赵东芬
 * 是, 陈嘉庚故乡), where the page does not write the two characters more often on their own.
 */
function givenNameGoesOn(ctx: NameContext, at: number): boolean {
  const { text } = ctx;
  const c = at + 2;
  const grade = givenNameGrade(text[c]);
  if (!isHan(text[c]) || /[一二三四五六七八九十百千万]/.test(text[c]!)) return false;
  if ((grade !== undefined && grade < STRONG_GRADE) || followerAt(text, c)) return false;
  if (isCommonWord(text.slice(c, c + 2))) return false;
  if (isHan(text[c + 1]) && !followerAt(text, c + 1) && !isCommonWord(text.slice(c + 1, c + 3))) return false;
  const long = text.slice(at, c + 1);
  if (NOT_NAMES.has(long)) return false;
  const n = ctx.count(text.slice(at, c));
  return !(n >= 2 && n > ctx.count(long));
}

/**
 * Whether the character at `at`, right after a two-character name, is one the training corpora never
 * print in a given name (assets/given-name-chars.json grade 0) and begins a common word with the next
 * (通 of 通报, 表 of 表示): the word's, not the name's, where the tagger read no name there. On the
 * training parts 4 of 2,025 three-character names end so (郭建设|立即); cutting the tagger's names so
 * lost two of them and mended none, so its names are left whole.
 */
const wordAfterName = (text: string, at: number) =>
  givenNameGrade(text[at]) === 0 && isCommonWord(text.slice(at, at + 2));

/**
 * A tagged person's name: Han characters, or a transliteration whose parts a middle dot or the bullet
 * some sites print for it joins (约翰·史密斯, 杰夫•莫雷尔), of two to eight characters, or a name in
 * Latin letters (Wilson, John Smith). Not a hyphen: the tagger reads names so joined cut or too long
 * as often as right (measured, assets/README.md).
 */
const PERSON_NAME =
  /^[\u4e00-\u9fff]{2,12}$|^[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)+$|^[A-Za-z][A-Za-z.' -]{1,30}[A-Za-z]$/;

/** How often a two-character name must stand in a page to outweigh a three-character reading. */
const REPEATED = 3;

/**
 * Reads a personal name starting at `at`. Where the tagger found a person starting there, its
 * boundaries (张万年, not 张万; 冀岩 in 冀岩上月). Otherwise a surname and a given name of one or two
 * characters that stops before a follower word or a non-Han character; between two and three
 * characters, names already read and the text decide: a two-character name is written again and
 * again with different continuations ("李强说", "李强叮嘱"), a three-character one always whole. A
 * surname that is mostly an ordinary word (商) starts no name the tagger did not find unless a title
 * or role stands right before it (`afterTitle`); one that almost never starts a name (由) not even then.
 */
export function nameAt(
  ctx: NameContext,
  at: number,
  afterTitle = false,
  /** Whether a name the page writes again counts after a title whatever its surname (应勇). */
  repeated = afterTitle,
): string | null {
  const { text, known } = ctx;
  const tagged = ctx.tagged.get(at);
  if (tagged !== undefined) {
    // A tagged name ends where a word that follows names begins inside it (刘琪参加, 李鹏委员长).
    let end = tagged;
    for (let k = at + 2; k < end; k++) if (followerAt(text, k, false)) end = k;
    // After a title, a two-character tag cut before a third character that no follower begins, where
    // one begins right after it, is the whole name's start (曹路 of 书记曹路宝到): the name takes it,
    // but not a character that begins a common word there (王刚|通报了).
    if (
      afterTitle &&
      end === tagged &&
      end - at === 2 &&
      isHan(text[end]) &&
      !/[一二三四五六七八九十百千万]/.test(text[end]!) &&
      !followerAt(text, end) &&
      !isCommonWord(text.slice(end, end + 2)) &&
      (!isHan(text[end + 1]) || followerAt(text, end + 1)) &&
      !NOT_NAMES.has(text.slice(at, end + 1))
    )
      end++;
    else if (end === tagged && end - at === 2 && surnameAt(text, at) === 1 && givenNameGoesOn(ctx, at)) end++;
    // A three-character tag whose first two characters the page prints far more often, with other
    // continuations, is a two-character name and a verb (汪勇想办法 where 汪勇 stands dozens of times).
    if (end === tagged && end - at === 3 && surnameAt(text, at) === 1) {
      const short = ctx.count(text.slice(at, at + 2));
      if (short >= REPEATED && short >= 2 * ctx.count(text.slice(at, end)) + 1) end--;
    }
    const name = text.slice(at, end);
    if (PERSON_NAME.test(name) && !NOT_NAMES.has(name)) return name;
    // A one-character name by its surname alone (汤局长, 金教授): no longer name starts here.
    if (tagged - at === 1) return null;
  }
  if (ctx.isInsideTagged(at)) return null;
  const s = surnameAt(text, at);
  if (!s) return null;
  // After a title, a surname that is mostly a word is a name where the page writes it again (应勇).
  if (
    s === 1 &&
    (afterTitle ? WORD : WEAK).has(text[at]!) &&
    !(repeated && ctx.count(text.slice(at, at + 2)) >= 2)
  )
    return null;
  const g1 = at + s;
  if (!isHan(text[g1]) || followerAt(text, g1, false)) return null;
  // 吕姓女士 is a woman surnamed 吕: a surname and 姓 name no one (neither corpus labels one).
  if (text[g1] === '姓') return null;
  const short = text.slice(at, g1 + 1);
  const long = text.slice(at, g1 + 2);
  if (NOT_NAMES.has(short)) return null;
  // A common word the dictionary lists (连忙 of 连忙起身) starts no longer name the tagger did not
  // find; alone before a word that follows names it may be one (陶然出席).
  if (isCommonWord(short) && isHan(text[g1 + 1]) && !followerAt(text, g1 + 1)) return null;
  // Two words against a name (时任|国家总理 read as 任国家): where the surname closes a common word with
  // the character before it and what would be the given name is a common word too, the words win.
  if (s === 1 && at > 0 && isCommonWord(text.slice(at - 1, at + 1)) && isCommonWord(text.slice(g1, g1 + 2)))
    return null;
  if (known.has(long) && isHan(text[g1 + 1])) return long;
  if (NOT_NAMES.has(long)) return short;
  if (known.has(short)) return short;
  if (!isHan(text[g1 + 1]) || followerAt(text, g1 + 1) || wordAfterName(text, g1 + 1)) return short;
  // Written more often than its three-character extension, with other continuations: a two-character name.
  const n = ctx.count(short);
  if (n >= 2 && n > ctx.count(long)) return short;
  return long;
}
