import type { Official } from '../card';
import { type Clause, clausesOf } from '../text/segments';
import { count, nameAt } from './names';

/**
 * Posts that end a title, longest first. A title is an organisation and one of these: 市委 + 副书记,
 * 市人大常委会 + 主任, 市民政局 + 局长; or the post alone (副市长, 区长).
 */
export const POSTS = [
  '党工委副书记',
  '党工委书记',
  '党总支书记',
  '党支部书记',
  '党组副书记',
  '党组书记',
  '党委副书记',
  '党委书记',
  '执行秘书长',
  '副秘书长',
  '秘书长',
  '总书记',
  '副书记',
  '书记',
  '常委',
  '委员',
  '副总理',
  '总理',
  '委员长',
  '副省长',
  '省长',
  '副市长',
  '市长',
  '副区长',
  '区长',
  '副县长',
  '县长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副主任',
  '主任',
  '副主席',
  '主席',
  '副部长',
  '部长',
  '副局长',
  '局长',
  '副厅长',
  '厅长',
  '副处长',
  '处长',
  '副理事长',
  '理事长',
  '副会长',
  '会长',
  '副院长',
  '院长',
  '副检察长',
  '检察长',
  '副校长',
  '校长',
  '政委',
  '副组长',
  '组长',
  '副所长',
  '所长',
  '副主委',
  '主委',
  '巡视员',
  '总经济师',
  '总工程师',
  '党组成员',
].sort((a, b) => b.length - a.length);

/** Collective labels before a list of leaders: 区领导鲍炳章、钟晓咏、刘琪. */
const LEADER_LABEL = /(?:中央|省|市|区|县|镇|乡|街道)(?:委|政府|四套班子)?领导$/;

/** What may follow a name in a list of leaders. */
const LIST_END = /^(?:$|[、，,；;。]|等|参加|出席|陪同|一起|分别|同志)/;

/** Words before an organisation that are not part of the title ("参加启动仪式的还有市总工会…"). */
const TITLE_BREAK =
  /^.*(?:的|还有|以及|包括|其中|由|在|向|对|为|与|和|及|是|等|同|陪同|出席|参加|会见|看望|慰问|邀请|率|带领)/;

/** The most characters a title may have: longer stretches are sentences that happen to end in a post. */
const MAX_TITLE = 18;

interface Found {
  name: string;
  titles: string[];
  at: number;
}

function postEndingAt(text: string, end: number): string | null {
  for (const p of POSTS) if (end >= p.length && text.startsWith(p, end - p.length)) return p;
  return null;
}

/** The title that ends at `end` in a clause (its organisation cut at break words), or null. */
function titleEndingAt(clause: string, end: number): string | null {
  const post = postEndingAt(clause, end);
  if (!post) return null;
  let title = clause.slice(0, end).replace(TITLE_BREAK, '');
  if (title.length > MAX_TITLE) return null;
  if (!title.endsWith(post)) return null;
  title = title.trim();
  return title || null;
}

/** "(兼)" after a post: the post is held concurrently; it belongs to the title. */
const CONCURRENT = /^[（(]兼[)）]/;

/**
 * A clause that is a title and nothing else ("市委副书记", "市总工会副主席(兼)"), or that ends in one
 * after a break word ("参加启动仪式的还有市总工会党组书记"): the title, and whether the chain may go on
 * before it.
 */
function pureTitle(clause: string): { title: string; whole: boolean } | null {
  const concurrent = /[（(]兼[)）]$/.exec(clause)?.[0] ?? '';
  const text = clause.slice(0, clause.length - concurrent.length);
  const title = titleEndingAt(text, text.length);
  return title ? { title: title + concurrent, whole: title.length === text.length } : null;
}

/**
 * Officials: names printed after a chain of titles ("市委副书记、市长应勇", "市人大常委会副主任、党组副书记，
 * 市总工会主席方国强"), after a leader label ("区领导鲍炳章、钟晓咏、刘琪"), or before 总书记.
 * Later mentions by name alone are counted; a person's titles from every chain are merged.
 */
export function recognizeOfficials(text: string): Official[] {
  const clauses = clausesOf(text);
  const found: Found[] = [];
  const known = new Set<string>();

  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    // Title + name inside the clause: try each post end, the last first.
    let read = false;
    for (let end = c.text.length - 1; end >= 2 && !read; end--) {
      let title = titleEndingAt(c.text, end);
      if (!title) continue;
      const concurrent = CONCURRENT.exec(c.text.slice(end))?.[0] ?? '';
      title += concurrent;
      const name = nameAt(text, c.start + end + concurrent.length, known);
      if (!name) continue;
      const titles = [title];
      // Pure-title clauses before it, joined by 、 or a comma, belong to the same person.
      for (let j = i - 1; j >= 0; j--) {
        const prev = clauses[j]!;
        if (!/^[、，,]$/.test(prev.mark)) break;
        const t = pureTitle(prev.text);
        if (!t) break;
        titles.unshift(t.title);
        if (!t.whole) break;
      }
      found.push({ name, titles, at: c.start + end });
      known.add(name);
      read = true;
    }
    if (read) continue;
    // A leader label and the names listed after it.
    const label = LEADER_LABEL.exec(leaderPrefix(c.text));
    if (label) {
      const labelText = leaderPrefix(c.text);
      let at = c.start + labelText.length;
      for (let j = i; j < clauses.length; j++) {
        const name = nameAt(text, at, known);
        // A listed name stands alone: the clause ends after it, or 等/参加/出席/陪同 follows.
        if (!name || !LIST_END.test(text.slice(at + name.length, clauses[j]!.end + 1))) break;
        found.push({ name, titles: [labelText.replace(TITLE_BREAK, '')], at });
        known.add(name);
        if (clauses[j]!.mark !== '、' || j + 1 >= clauses.length) break;
        at = clauses[j + 1]!.start;
      }
      continue;
    }
    // A name before 总书记 ("习近平总书记"), at the start of a clause or after a break word.
    const m = /总书记/.exec(c.text);
    if (m && m.index >= 2) {
      for (const len of [3, 2]) {
        const at = c.start + m.index - len;
        const name = nameAt(text, at, known);
        if (name && at + name.length === c.start + m.index) {
          found.push({ name, titles: ['总书记'], at });
          known.add(name);
          break;
        }
      }
    }
  }
  return merge(text, found);
}

/** The part of a clause up to a leader label: "区领导鲍炳章" → "区领导". */
function leaderPrefix(clause: string): string {
  const m = /^.*?领导/.exec(clause);
  return m ? m[0] : '';
}

function merge(text: string, found: Found[]): Official[] {
  const byName = new Map<string, { titles: string[]; first: number }>();
  for (const f of found) {
    const o = byName.get(f.name) ?? { titles: [], first: text.indexOf(f.name) };
    for (const t of f.titles) if (!o.titles.includes(t)) o.titles.push(t);
    byName.set(f.name, o);
  }
  return [...byName]
    .sort((a, b) => a[1].first - b[1].first)
    .map(([name, o]) => ({ name, titles: o.titles, mentions: count(text, name) }));
}

export type { Clause };
