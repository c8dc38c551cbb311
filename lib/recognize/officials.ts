import words from '../../assets/official-words.json';
import orgWords from '../../assets/org-words.json';
import placeWords from '../../assets/place-words.json';
import type { Official } from '../card';
import { clausesOf } from '../text/segments';
import { readAppointments } from './appointments';
import { foreignNameAfterPost } from './foreign-names';
import { givenNameGrade } from './given-names';
import { endsWithBody } from './inner-join';
import { isCommonWord } from './lexicon-words';
import { countMentioned, mentionSpans } from './mentions';
import { NameContext, nameAt } from './names';
import {
  afterBreak,
  CONCURRENT,
  nameMayStart,
  POST_FIRST,
  postEndingAt,
  pureTitle,
  titleEndingAt,
} from './titles';
import { alternation, clauseIn, endsWithAny } from './words';

const leftStopBefore = endsWithAny(placeWords.leftStops);

/** Collective labels before a list of leaders: 区领导鲍炳章、钟晓咏、刘琪. */
const LEADER_LABEL = new RegExp(
  `(?:${alternation(words.leaderPlaces)})(?:${alternation(words.leaderBodies)})?领导$`,
);
/** What may follow a name in a list of leaders. */
const LIST_END = new RegExp(`^(?:$|[、，,；;。]|${alternation(words.listEnd)})`);
/** What a body's name begins with before a place (中共, 共青团, 国家): part of the title. */
const BODY_OPENING = new RegExp(
  `(?:${alternation([...orgWords.anchors, ...orgWords.wholeNames, ...orgWords.party])})$`,
);

interface Found {
  name: string;
  titles: string[];
  at: number;
}

/** Top posts news prints after a name anywhere in a clause ("贯彻落实习近平总书记…", "江泽民主席"). */
const AFTER_NAME = new Set(words.postsAfterName);

/**
 * Officials: every name printed after a chain of titles in a clause ("市委副书记、市长应勇",
 * "外经贸部副部长刘山在和乌干达部长阿耶勒会谈" gives both), after a leader label ("区领导鲍炳章、
 * 钟晓咏、刘琪"), or right before a post ("习近平总书记", "科尔总理"). A post after a quantifier
 * (几位副县长) names no one. Later mentions by name alone are counted; titles from every chain merge.
 * `persons` are the tagger's person spans: their boundaries win where they start a name.
 */
export function recognizeOfficials(
  text: string,
  persons: ReadonlyArray<{ start: number; end: number }> = [],
  ctx: NameContext = new NameContext(text, persons),
  /** The tagger's names: a title's body begins where the tagger's does (首先请出|某县政法委书记). */
  tags: ReadonlyArray<{ start: number; end: number; type: string }> = [],
  /** Whether to count mentions here; a caller that counts every kind in one pass says no. */
  count = true,
): Official[] {
  const clauses = clausesOf(text);
  const orgStartOver = new Int32Array(text.length).fill(-1);
  /** Words before a tagged body that are a name of their own (a place, a body) stay in the title. */
  const named = new Uint8Array(text.length);
  /** Where a tagged name or place starts, its end: a foreign name after a post is often read as a place. */
  const tagEnd = new Map<number, number>();
  /** Where the tagger's places start: a title's body may begin there. */
  const placeStarts = new Set<number>();
  /** Where a tagged person's name ends: a post there is that person's (习近平总书记). */
  const personEnds = new Set<number>();
  /** Where a tagged body ends, its start: a name printed after it may hold its post (某局王某局长). */
  const orgBefore = new Map<number, number>();
  for (const t of tags) {
    if (t.type === 'ORG') {
      orgStartOver.fill(t.start, t.start, t.end);
      orgBefore.set(t.end, t.start);
    } else tagEnd.set(t.start, t.end);
    if (t.type === 'PER') personEnds.add(t.end);
    if (t.type === 'LOC') placeStarts.add(t.start);
    named.fill(1, t.start, t.end);
  }
  const bodyStart = (title: string, end: number, post: string): string => {
    const from = end - title.length;
    const at = end - post.length - 1;
    const s = at >= from ? orgStartOver[at]! : -1;
    const unnamed = (to: number) => !named.subarray(from, to).some((x) => x === 1);
    if (s > from)
      return clauseIn(leftStopBefore, text, from, s) && unnamed(s) ? title.slice(s - from) : title;
    // Where the tagger read no body, words before a place it read, no name of their own, are the
    // clause's (得到|以色列国防部长, 都会将|法国总统), but 驻 (中国驻|美国大使) and a body's first
    // words (中共|上海市委书记, 共青团|…) are the title's.
    const place = s === -1 ? placeStartIn(from + 1, at + 1) : -1;
    if (place < 0 || !unnamed(place)) return title;
    const before = text.slice(from, place);
    return /驻$/.test(before) || BODY_OPENING.test(before) ? title : title.slice(place - from);
  };
  /** The first place the tagger read that starts in [from, to), or -1. */
  const placeStartIn = (from: number, to: number): number => {
    for (let i = from; i < to; i++) if (placeStarts.has(i)) return i;
    return -1;
  };
  /** The body named right before `at` in the clause from `from` (tagged, or read by its last word), or ''. */
  const bodyBefore = (from: number, at: number): string => {
    const tagged = orgBefore.get(at);
    if (tagged !== undefined && tagged >= from) return text.slice(tagged, at);
    const body = afterBreak(text.slice(from, at));
    return body.length >= 3 && endsWithBody(body, body.length) ? body : '';
  };
  const found: Found[] = [];
  const add = (f: Found) => {
    found.push(f);
    ctx.known.add(f.name);
  };

  /**
   * Names listed from `at` in clause `first` on, each standing alone in its clause (the clause ends
   * after it, or 等/参加/出席/陪同 follows) and joined by 、, all holding `titles`.
   */
  const readList = (first: number, at: number, titles: string[]): void => {
    for (let j = first; j < clauses.length; j++) {
      const name = nameAt(ctx, at, true);
      if (!name || !LIST_END.test(text.slice(at + name.length, clauses[j]!.end + 1))) return;
      add({ name, titles, at });
      if (clauses[j]!.mark !== '、' || j + 1 >= clauses.length) return;
      at = clauses[j + 1]!.start;
    }
  };

  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    // A person given or relieved of a post (任命王某为区教育局局长, 陈某同志任区司法局局长).
    for (const a of readAppointments(ctx, clauses, i)) add(a);
    // Title + name, as often as the clause has them, left to right.
    let from = 0;
    for (let end = 2; end <= c.text.length; end++) {
      const post = postEndingAt(c.text, end);
      if (!post) continue;
      let title = titleEndingAt(c.text.slice(from), end - from);
      if (!title) continue;
      // A post printed after the name it belongs to (习近平总书记曾多次…) is followed by no other name.
      if (AFTER_NAME.has(post) && personEnds.has(c.start + end - post.length)) continue;
      title = bodyStart(title, c.start + end, post);
      const concurrent = CONCURRENT.exec(c.text.slice(end))?.[0] ?? '';
      title += concurrent;
      const at = c.start + end + concurrent.length;
      // A Chinese name, else a transliterated one (总理科尔, 外长哈洛宁).
      const name = nameAt(ctx, at, true) ?? foreignNameAfterPost(text, at, tagEnd.get(at));
      if (!name) continue;
      const titles = [title];
      // Pure-title clauses before a title that opens its clause, joined by 、 or a comma, belong to
      // the same person.
      const opens = from === 0 && !c.text.slice(0, end - title.length + concurrent.length).trim();
      for (let j = i - 1; j >= 0 && opens; j--) {
        const prev = clauses[j]!;
        if (!/^[、，,]$/.test(prev.mark)) break;
        const t = pureTitle(prev.text);
        if (!t) break;
        titles.unshift(t.title);
        if (!t.whole) break;
      }
      add({ name, titles, at });
      from = at - c.start + name.length;
      end = from;
      // A post shared by a list of names (副区长林秀芳、陈国栋出席): the names after 、 that stand
      // alone in their clauses hold it too.
      if (from === c.text.length && c.mark === '、' && i + 1 < clauses.length)
        readList(i + 1, clauses[i + 1]!.start, [title]);
    }
    if (from > 0) continue;
    // A leader label and the names listed after it.
    const labelText = leaderPrefix(c.text);
    if (labelText && LEADER_LABEL.test(labelText)) {
      readList(i, c.start + labelText.length, [afterBreak(labelText)]);
      continue;
    }
    // A name right before a post ("习近平总书记", "科尔总理"), where a name may begin; after a body
    // the tagger read, the post is that body's (区商务委员会王建华主任: 区商务委员会主任).
    for (let p = 2; p < c.text.length; p++) {
      const post = POST_FIRST.get(c.text.charCodeAt(p))?.find((x) => c.text.startsWith(x, p));
      if (!post) continue;
      for (const len of [4, 3, 2]) {
        const start = p - len;
        if (start < 0) continue;
        const at = c.start + start;
        const name = nameAt(ctx, at, true, false);
        // A common word the tagger did not read as a name is that word (重点高中校长, 部门经理), and
        // a surname before a character that stands in no given name is no name (政变方把总理…).
        const word =
          len === 2 &&
          ((!ctx.tagged.has(at) && isCommonWord(c.text.slice(start, p))) ||
            givenNameGrade(text[at + 1]) === 0);
        if (!name || name.length !== len || word) continue;
        // Read only for a name found: the body is looked for back to the clause's start.
        const bodyName = start > 0 ? bodyBefore(c.start, at) : '';
        if (!(AFTER_NAME.has(post) || bodyName || nameMayStart(c.text, start))) continue;
        add({ name, titles: [bodyName + post], at });
        break;
      }
      p += post.length - 1;
    }
  }
  return merge(text, found, count);
}

/** The part of a clause up to a leader label: "区领导鲍炳章" → "区领导". */
function leaderPrefix(clause: string): string {
  const m = /^.*?领导/.exec(clause);
  return m ? m[0] : '';
}

function merge(text: string, found: Found[], count: boolean): Official[] {
  const byName = new Map<string, { titles: string[] }>();
  for (const f of found) {
    const o = byName.get(f.name) ?? { titles: [] };
    for (const t of f.titles) if (!o.titles.includes(t)) o.titles.push(t);
    byName.set(f.name, o);
  }
  if (!count) return [...byName].map(([name, o]) => ({ name, titles: o.titles, mentions: 0 }));
  const spans = mentionSpans(text, [{ kind: 'official', keys: [...byName.keys()] }]);
  return countOfficials(
    [...byName].map(([name, o]) => ({ name, titles: o.titles })),
    spans,
  );
}

/** Officials with their mentions counted from spans, in first-mention order; unmentioned ones left out. */
export function countOfficials(
  officials: ReadonlyArray<{ name: string; titles: string[] }>,
  spans: ReadonlyArray<{ kind: string; key: string; start: number }>,
): Official[] {
  return countMentioned(officials, 'official', spans).map(({ name, titles, mentions }) => ({
    name,
    titles,
    mentions,
  }));
}
