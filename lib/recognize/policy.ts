import glossary from '../../assets/policy-glossary.json';
import words from '../../assets/policy-words.json';
import type { PolicyPhrase } from '../card';
import { isHan } from '../model/han';
import { alternation } from './words';

interface Term {
  term: string;
  explanation: string;
}

/** Every printed form (term or alias) → its glossary entry, looked up by first character. */
let index: Map<string, Array<{ form: string; entry: Term }>> | null = null;
let firstCodes: Set<number> | null = null;
const OPEN_QUOTE = 0x201c;

function build() {
  const byFirst = new Map<string, Array<{ form: string; entry: Term }>>();
  for (const e of glossary.entries) {
    for (const form of [e.term, ...e.aliases]) {
      const list = byFirst.get(form[0]!) ?? [];
      list.push({ form, entry: e });
      byFirst.set(form[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
  return byFirst;
}

/** A quotation and the programme noun after it, if any: “六个常有”, “532”发展战略. */
const QUOTED = new RegExp(`“([^“”，。！？,]{2,14})”(${alternation(words.nouns)})?`, 'g');
/**
 * The shape of a numbered formula: a numeral and a classifier (两个维护, 四个全面, 五位一体), or
 * numerals repeated (两查两表两挂钩, 一岗双责), or a numeral and one word (十法, 两室; not 五一). Quotation marks alone mark speech, titles and nicknames
 * far more often than slogans; only this shape or a programme noun after them makes one.
 */
const NUMBERED = new RegExp(
  `^(?:[二三四五六七八九十两双百千]+(?:${alternation(words.classifiers)})|[一二三四五六七八九十两双].*[一二三四五六七八九十两双])[\u4e00-\u9fff]|^[二三四五六七八九十两双百千](?![一二三四五六七八九十两双百千])[\u4e00-\u9fff]$`,
);
/** A programme the quotation names among others: “常工暖新”等五大行动. */
const AMONG = new RegExp(`^等[一二三四五六七八九十两多]*[大项个]?(?:${alternation(words.nouns)})`);
/** Two short quotations set side by side as concepts: “有形覆盖”与“有效覆盖”. */
const PAIRED = new RegExp(`^(?:${alternation(words.pairJoiners)})“([^“”，。！？,]{2,8})”`);
const PAIRED_BEFORE = new RegExp(`“([^“”，。！？,]{2,8})”(?:${alternation(words.pairJoiners)})$`);
/**
 * Whether two quoted concepts mirror each other as a formula's pair does: of one length, with a
 * character shared in place (线上办理/线下服务, 需求目录/服务目录); 原创/草根 are two words quoted, no pair.
 */
function mirrored(a: string, b: string | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && isHan(a[i])) return true;
  return false;
}
/** Parallel short clauses of one length (实谋划、强推进、严评估): a formula. */
function parallel(inner: string): boolean {
  const parts = inner.split('、');
  return (
    parts.length >= 2 && parts.every((p) => /^[\u4e00-\u9fff]{2,4}$/.test(p) && p.length === parts[0]!.length)
  );
}
/** Quotations that are speech or titles of things, not slogans. */
const NOT_SLOGAN = /[说道][:：]?$|^(?:对不起|谢谢)/;

export interface PolicyMatch {
  text: string;
  start: number;
  end: number;
}

/**
 * Policy phrases: terms of the curated glossary (assets/policy-glossary.json), longest first, and
 * slogans the text puts in quotation marks. Counted by mentions, in first-mention order, with the
 * glossary's one-line explanation where there is one.
 */
/**
 * The length of `form` printed at `at`, reading past quotation marks the page puts around part of it
 * (“面对面”联系服务群众), or 0.
 */
function printedLength(text: string, at: number, form: string): number {
  let i = at;
  for (const c of form) {
    while (isQuoteMark(text.charCodeAt(i)) && text[i] !== c) i++;
    if (text[i] !== c) return 0;
    i++;
  }
  if (isQuoteMark(text.charCodeAt(at - 1)) && text[i] === '”') i++;
  return i - at;
}
/** “ or ”, by code unit: this runs at every glossary candidate. */
const isQuoteMark = (c: number) => c === 0x201c || c === 0x201d;

/** Places and names the phrases must not be read inside (社区事务受理服务中心 in a building's name). */
export function recognizePolicyPhrases(
  text: string,
  taken: ReadonlyArray<{ start: number; end: number }> = [],
): { phrases: PolicyPhrase[]; matches: PolicyMatch[] } {
  index ??= build();
  firstCodes ??= new Set([...index.keys()].map((k) => k.charCodeAt(0)));
  const blocked = new Uint8Array(text.length);
  for (const t of taken) blocked.fill(1, t.start, t.end);
  const found = new Map<string, { printed: string; explanation?: string; first: number; mentions: number }>();
  const matches: PolicyMatch[] = [];
  const note = (key: string, printed: string, at: number, len: number, explanation?: string) => {
    const p = found.get(key) ?? { printed, explanation, first: at, mentions: 0 };
    p.mentions++;
    found.set(key, p);
    matches.push({ text: printed, start: at, end: at + len });
  };
  const raw: Array<{ entry: Term; at: number; len: number }> = [];
  for (let i = 0; i < text.length; ) {
    const start = text.charCodeAt(i) === OPEN_QUOTE ? i + 1 : i;
    // Most characters start no form: skip them without building a string.
    if (!firstCodes!.has(text.charCodeAt(start))) {
      i++;
      continue;
    }
    let hit: { entry: Term; len: number } | null = null;
    for (const c of index.get(text[start] ?? '') ?? []) {
      const len = printedLength(text, start, c.form);
      if (len) {
        hit = { entry: c.entry, len: len + (start - i) };
        break;
      }
    }
    if (!hit || blocked.subarray(i, i + hit.len).includes(1)) {
      i++;
      continue;
    }
    raw.push({ entry: hit.entry, at: i, len: hit.len });
    i += hit.len;
  }
  // Parallel phrases printed as one enumeration ("需求导向、问题导向、效果导向", "暖民心、解民忧") are one phrase.
  for (let k = 0; k < raw.length; k++) {
    let end = k;
    while (
      end + 1 < raw.length &&
      raw[end + 1]!.at === raw[end]!.at + raw[end]!.len + 1 &&
      text[raw[end]!.at + raw[end]!.len] === '、'
    )
      end++;
    // A third item that the glossary lacks but shares the others' last character completes it ("效果导向").
    let stop = raw[end]!.at + raw[end]!.len;
    const tail = /^、([\u4e00-\u9fff]{2,6})/.exec(text.slice(stop));
    if (end > k && tail && tail[1]!.slice(-2) === text.slice(stop - 2, stop)) stop += tail[0].length;
    // Only a closed enumeration: "对加装电梯、美丽家园改造" lists other things.
    if (end > k && /^[\u4e00-\u9fff]/.test(text[stop] ?? '') && text[stop] !== '的') end = k;
    if (end > k) {
      const printed = text.slice(raw[k]!.at, stop);
      note(`list:${printed}`, printed, raw[k]!.at, printed.length);
      k = end;
      continue;
    }
    const r = raw[k]!;
    // A quotation mark left open at either end belongs to a longer quotation (“党建引领、多方参与”):
    // neither the phrase nor its highlight takes it.
    let { at, len } = r;
    const open = text.slice(at, at + len);
    if (open.startsWith('“') && !open.includes('”')) {
      at += 1;
      len -= 1;
    } else if (open.endsWith('”') && !open.includes('“')) len -= 1;
    // “一网通办” is reported as 一网通办; quotation marks inside a phrase stay (“532”发展战略).
    const printed = text.slice(at, at + len).replace(/^“([^“”]+)”$/, '$1');
    note(r.entry.term, printed, at, len, r.entry.explanation);
  }
  const glossed = new Uint8Array(text.length);
  for (const x of matches) glossed.fill(1, x.start, x.end);
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    const before = text.slice(Math.max(0, m.index! - 3), m.index!);
    // A quotation with 的 in it describes (一生中最痛苦的一个决定, 高尚的谎言); slogans name.
    if (NOT_SLOGAN.test(before) || NOT_SLOGAN.test(inner) || inner.includes('的')) continue;
    const end = m.index! + m[0].length;
    const after = text.slice(end, end + 14);
    const shaped =
      NUMBERED.test(inner) ||
      parallel(inner) ||
      AMONG.test(after) ||
      (inner.length <= 8 &&
        (mirrored(inner, PAIRED.exec(after)?.[1]) ||
          mirrored(inner, PAIRED_BEFORE.exec(text.slice(Math.max(0, m.index! - 16), m.index!))?.[1])));
    if (!m[2] && !shaped) continue;
    // A quotation inside a glossary phrase, or around one, is already counted.
    if (glossed.subarray(m.index!, m.index! + m[0].length).includes(1)) continue;
    const printed = m[2] ? `“${inner}”${m[2]}` : inner;
    note(`quote:${printed}`, printed, m.index!, m[0].length);
  }
  const phrases = [...found.values()]
    .sort((a, b) => a.first - b.first)
    .map((p) => ({
      text: p.printed,
      mentions: p.mentions,
      ...(p.explanation ? { explanation: p.explanation } : {}),
    }));
  return { phrases, matches: matches.sort((a, b) => a.start - b.start) };
}
