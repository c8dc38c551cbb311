import words from '../../assets/official-words.json';
import type { Clause } from '../text/segments';
import { type NameContext, nameAt } from './names';
import { CONCURRENT, postEndingAt, pureTitle, titleEndingAt } from './titles';
import { startsWithAny } from './words';

/**
 * Appointments: how 任免 notices and news of appointments name a person and the post given or taken
 * (assets/official-words.json appointVerbs, appointJoins, appointedAs, appointEnds):
 * 任命王某为区教育局局长, 免去李某同志的区民政局局长职务, 提名赵某为副区长候选人 (a verb, the name,
 * then the title), 陈某同志任区司法局局长 (a clause that opens with the name).
 */

const verbAt = startsWithAny(words.appointVerbs);
const joinAt = startsWithAny(words.appointJoins);
const asAt = startsWithAny(words.appointedAs);
const endAt = startsWithAny(words.appointEnds);
const END_WORD = new RegExp(`(?:${[...words.appointEnds].sort((a, b) => b.length - a.length).join('|')})$`);
/** The longest title read after a name; longer stretches are clauses. */
const MAX_TITLE = 30;

export interface Appointment {
  name: string;
  titles: string[];
  /** Where the name starts in the text. */
  at: number;
}

/**
 * The title from `from` of a clause on: the whole stretch up to a post that the clause's end, a word
 * that closes an appointment (职务, 候选人) or a bracketed note ends; null where words of the clause
 * stand in it (a break word cuts it) or no post ends it.
 */
function titleFrom(clause: string, from: number): string | null {
  for (let e = from + 2; e <= Math.min(clause.length, from + MAX_TITLE); e++) {
    if (!postEndingAt(clause, e)) continue;
    const note = CONCURRENT.exec(clause.slice(e))?.[0] ?? '';
    const after = e + note.length;
    if (after < clause.length && !endAt(clause, after)) continue;
    const title = titleEndingAt(clause.slice(from), e - from);
    return title && title.length === e - from ? title + note : null;
  }
  return null;
}

/** A name at `at` of the text, not taking on a character that begins the words after it (王伟|为). */
function appointedName(ctx: NameContext, at: number, afterVerb: boolean): string | null {
  const name = nameAt(ctx, at, afterVerb);
  if (!name) return null;
  const last = at + name.length - 1;
  if (name.length === 3 && (joinAt(ctx.text, last) || asAt(ctx.text, last))) return name.slice(0, 2);
  return name;
}

/**
 * The appointments in `clauses[i]`, each with the titles of the pure-title clauses joined to it by 、
 * (任命王某为区教育局局长、党组书记).
 */
export function readAppointments(ctx: NameContext, clauses: readonly Clause[], i: number): Appointment[] {
  const c = clauses[i]!;
  const out: Appointment[] = [];
  const withListed = (name: string, title: string, at: number) => {
    const titles = [title];
    for (let j = i; j + 1 < clauses.length && clauses[j]!.mark === '、'; j++) {
      const t = pureTitle(clauses[j + 1]!.text.replace(END_WORD, ''));
      if (!t?.whole) break;
      titles.push(t.title);
    }
    out.push({ name, titles, at });
  };
  // A clause that opens with a name the tagger read or the page names elsewhere (not 曾|担任…):
  // 陈某同志任区司法局局长, 王某当选为区长.
  const first = ctx.tagged.has(c.start) ? appointedName(ctx, c.start, false) : null;
  const as = first ? asAt(c.text, first.length) : null;
  const opening = first && as ? titleFrom(c.text, first.length + as.length) : null;
  if (first && opening) withListed(first, opening, c.start);
  // A verb, the name, then the title: 任命王某为…, 免去李某同志的…职务.
  for (let p = 0; p < c.text.length; p++) {
    const verb = verbAt(c.text, p);
    if (!verb) continue;
    const q = p + verb.length;
    const name = appointedName(ctx, c.start + q, true);
    if (!name) continue;
    const r = q + name.length;
    const join = joinAt(c.text, r) ?? asAt(c.text, r);
    const title = titleFrom(c.text, r + (join?.length ?? 0));
    if (title) withListed(name, title, c.start + q);
    p = r - 1;
  }
  return out;
}
