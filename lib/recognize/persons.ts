import type { Person } from '../card';
import { count, followerAt, nameAt } from './names';

/** Roles specific enough that a name right after them is a person: 顺丰快递员闻金华, 困难劳模程流风. */
const ROLE =
  /(?:快递员|送餐员|外卖员|骑手|司机|志愿者|村民|学生|教师|医生|护士|民警|工匠|社工|网格员|楼组长|环卫工|小哥|户主|业主|劳动模范|劳模)$/;
/** Roles that need a qualifier before them: 困难党员刘兆明, 困难居民张永珍 (but not 市民展现出, 群众冷暖). */
const QUALIFIED_ROLE =
  /(?:困难|老|退休|普通|社区|基层|一线|环卫|低保|独居|残疾|高龄)(?:党员|居民|群众|职工|市民|老人|员工|家庭)$/;
/** Words for family and address right after a name: 陈万祥家庭, 张剑明一家, 刘兆明夫妇, 闻金华同志. */
const AFTER =
  /^(?:家庭|一家|夫妇|母子|父子|母女|父女|家中|家里|老人|同志|阿姨|师傅|先生|女士|老师|大爷|大妈)/;
/** What may stand right before a name that a family word follows. */
const BEFORE = /(?:^|[，,、。；;：:“”（(\s]|看望了?|了|的|向|和|与|为|给|同|是|到)$/;

const roleBefore = (text: string, at: number) => {
  const before = text.slice(Math.max(0, at - 8), at);
  return ROLE.test(before) || QUALIFIED_ROLE.test(before);
};

/** A name ends at a mark, another listed name, a follower word or a family word. */
const endsWell = (text: string, end: number) =>
  end >= text.length ||
  /[，,、。；;：:”）)\s]/.test(text[end]!) ||
  followerAt(text, end) ||
  AFTER.test(text.slice(end, end + 2));

/**
 * People named in the text who hold no office: residents, workers, model workers. A name counts when
 * a specific role stands right before it or a family word right after it; officials and authors are
 * left out, and a name found inside a longer one is not a name of its own.
 */
export function recognizePersons(text: string, exclude: ReadonlySet<string>): Person[] {
  const found = new Map<string, number>();
  const add = (name: string, at: number) => {
    if (!found.has(name)) found.set(name, at);
  };
  for (let at = 1; at < text.length; at++) {
    const name = nameAt(text, at);
    if (!name) continue;
    const end = at + name.length;
    if (roleBefore(text, at) && endsWell(text, end)) {
      add(name, at);
      // Names listed after the first: 困难居民张永珍、刘轶斌母子.
      for (let next = end; text[next] === '、'; ) {
        const more = nameAt(text, next + 1);
        if (!more || !endsWell(text, next + 1 + more.length)) break;
        add(more, next + 1);
        next += 1 + more.length;
      }
    } else if (AFTER.test(text.slice(end, end + 2)) && BEFORE.test(text.slice(Math.max(0, at - 3), at))) {
      add(name, at);
    }
  }
  const names = [...found.keys()];
  return [...found]
    .filter(
      ([name]) => !exclude.has(name) && ![...exclude, ...names].some((x) => x !== name && x.includes(name)),
    )
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => ({ name, mentions: count(text, name) }));
}
