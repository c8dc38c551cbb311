import words from '../../assets/person-words.json';
import type { Person } from '../card';
import { countAll } from '../text/automaton';
import { givenNameGrade } from './given-names';
import { isCommonWord } from './lexicon-words';
import { followerAt, NameContext, nameAt, surnameAt } from './names';
import { surnameRefAt } from './surname-refs';
import { alternation, endsWithAny, startsWithAny } from './words';

/** Words for family and address right after a name: 陈万祥家庭, 张剑明一家, 刘兆明夫妇, 闻金华同志. */
const AFTER = new RegExp(`^(?:${alternation(words.familyAfter)})`);
/** What may stand right before a name that a family word follows. */
const BEFORE = new RegExp(`(?:^|[，,、。；;：:“”（(\\s]|${alternation(words.before)})$`);

const roleEnds = endsWithAny(words.roles);
const qualifierEnds = endsWithAny(words.qualifiers);
const QUALIFIED = new Set(words.qualifiedRoles);
const QUALIFIED_LENGTHS = [...new Set(words.qualifiedRoles.map((w) => w.length))];
/** Whether a role ends at `at` (set lookups, no string per position but the candidates'). */
const roleBefore = (text: string, at: number) =>
  roleEnds(text, at) ||
  QUALIFIED_LENGTHS.some(
    (n) => n <= at && QUALIFIED.has(text.slice(at - n, at)) && qualifierEnds(text, at - n),
  );
/** Whether a family word may follow a name of two to four characters starting at `at`. */
const familyAt = startsWithAny(words.familyAfter);
const familyNear = (text: string, at: number) =>
  familyAt(text, at + 2) !== null || familyAt(text, at + 3) !== null || familyAt(text, at + 4) !== null;

/**
 * A name from `at` ends well at `end`: at a mark, another listed name, a follower word, a family word,
 * or a common word (孙海燕|扎根) after a given name of characters names may hold (not 向|他们: grade 0).
 */
const endsWell = (text: string, at: number, end: number) =>
  end >= text.length ||
  /[，,、。；;：:”）)\s]/.test(text[end]!) ||
  followerAt(text, end) ||
  AFTER.test(text.slice(end, end + 2)) ||
  (isCommonWord(text.slice(end, end + 2)) &&
    ![...text.slice(at + 1, end)].some((c) => givenNameGrade(c) === 0));

/**
 * People named in the text who hold no office: everyone the tagger finds (邓小平, 科尔, a resident
 * quoted by name, 约翰·丁加特) and, where the tagger finds no one, a name after a specific role or
 * before a family word (困难居民张永珍, 刘兆明夫妇). Officials and authors are left out, and a name
 * found inside a longer one is not a name of its own.
 */
export function recognizePersons(
  text: string,
  exclude: ReadonlySet<string>,
  ctx: NameContext = new NameContext(text),
): Person[] {
  const found = new Map<string, number>();
  const add = (name: string, at: number) => {
    if (!found.has(name)) found.set(name, at);
  };
  /**
   * A person the tagger reads with a word People's Daily calls people by after the surname (胡老说,
   * 陈先生): the surname alone, as a one-character tag is (below). Only where the tagger found a person:
   * CLUENER never labels a surname alone, and a listed character counts wherever the page writes it.
   */
  const refs: number[] = [];
  for (const [start, end] of ctx.tagged) {
    const ref = end - start >= 2 ? surnameRefAt(text, start) : 0;
    if (ref && end <= start + 1 + ref) {
      refs.push(start);
      continue;
    }
    const name = nameAt(ctx, start);
    if (name) add(name, start);
  }
  for (let at = 0; at < text.length; at++) {
    if (ctx.tagged.has(at) || !surnameAt(text, at)) continue;
    // Roles specific enough that a name right after them is a person (快递员闻金华, 困难劳模程流风),
    // or roles that need a qualifier (困难党员刘兆明, but not 市民展现出); else a family word after.
    const role = roleBefore(text, at);
    if (!role && !familyNear(text, at)) continue;
    const name = nameAt(ctx, at, true);
    if (!name) continue;
    const end = at + name.length;
    if (role && endsWell(text, at, end)) {
      add(name, at);
      // Names listed after the first: 困难居民张永珍、刘轶斌母子.
      for (let next = end; text[next] === '、'; ) {
        const more = nameAt(ctx, next + 1, true);
        if (!more || !endsWell(text, next + 1, next + 1 + more.length)) break;
        add(more, next + 1);
        next += 1 + more.length;
      }
    } else if (AFTER.test(text.slice(end, end + 2)) && BEFORE.test(text.slice(Math.max(0, at - 3), at))) {
      add(name, at);
    }
  }
  // A name inside a longer one (李强 in 李强华) or an official's is not a name of its own.
  const parts = new Set<string>();
  for (const n of [...exclude, ...found.keys()])
    for (let i = 0; i < n.length; i++)
      for (let j = i + 2; j <= n.length; j++) if (j - i < n.length) parts.add(n.slice(i, j));
  const names = [...found]
    .filter(([name]) => !exclude.has(name) && !parts.has(name))
    .sort((a, b) => a[1] - b[1]);
  const counts = countAll(
    text,
    names.map(([name]) => name),
  );
  const out = names.map(([name, at]) => ({ name, mentions: counts.get(name) ?? 0, at }));
  // A person the page calls by the surname alone, where the tagger reads it so (汤 of 汤局长, 胡 of
  // 胡老说): listed by that surname, counted where the tagger reads it, never by the character, which
  // stands in other words too (汤 of 鸡汤).
  const single = new Map<string, { mentions: number; at: number }>();
  const mention = (at: number) => {
    if (exclude.has(text[at]!)) return;
    const s = single.get(text[at]!) ?? { mentions: 0, at };
    s.mentions++;
    single.set(text[at]!, s);
  };
  for (const [start, end] of ctx.tagged)
    if (end - start === 1 && surnameAt(text, start) === 1) mention(start);
  for (const at of refs) mention(at);
  for (const [name, s] of single) out.push({ name, ...s });
  return out.sort((a, b) => a.at - b.at).map(({ name, mentions }) => ({ name, mentions }));
}
