import surnames from '../../assets/surnames.json';
import { isHan } from '../model/han';
import { occurrences } from '../text/segments';

const SINGLE = new Set(Array.from(surnames.single));
const COMPOUND = new Set(surnames.compound);

/**
 * Words that follow a name in government news and are never part of it: verbs of speech and visit,
 * adverbs, particles, group words. A name ends where one of these begins ("李强一行", "钟晓咏带队",
 * "李谦首先来到", "刘琪参加").
 */
const FOLLOWERS = [
  '一行',
  '带队',
  '率队',
  '首先',
  '随后',
  '先后',
  '分别',
  '还',
  '也',
  '又',
  '就',
  '都',
  '再',
  '则',
  '即',
  '便',
  '说',
  '表示',
  '指出',
  '强调',
  '要求',
  '提出',
  '希望',
  '叮嘱',
  '嘱咐',
  '鼓励',
  '勉励',
  '认为',
  '介绍',
  '告诉',
  '回答',
  '主持',
  '出席',
  '参加',
  '讲话',
  '致辞',
  '宣布',
  '作',
  '做',
  '发言',
  '陪同',
  '会见',
  '会谈',
  '接见',
  '看望',
  '慰问',
  '走访',
  '来到',
  '前往',
  '赴',
  '到',
  '在',
  '向',
  '对',
  '为',
  '与',
  '和',
  '同',
  '及',
  '跟',
  '给',
  '从',
  '以',
  '将',
  '把',
  '被',
  '的',
  '等',
  '同志',
  '代表',
  '点头',
  '关切',
  '登门',
  '驻足',
  '耐心',
  '详细',
  '仔细',
  '亲切',
  '认真',
  '实地',
  '充分',
  '察看',
  '查看',
  '调研',
  '考察',
  '视察',
  '听取',
  '了解',
  '询问',
  '一起',
  '共同',
  '是',
  '有',
  '请',
  '送',
  '夫妇',
  '家庭',
  '一家',
  '母子',
  '父子',
  '母女',
  '父女',
  '家中',
  '老人',
  '阿姨',
  '师傅',
  '先生',
  '女士',
  '同学',
  '书记',
  '主任',
  '主席',
  '市长',
  '区长',
  '部长',
  '局长',
  '年',
  '月',
  '日',
  '上午',
  '下午',
  '今天',
  '近日',
  '表达',
  '感谢',
  '称',
  '透露',
  '坦言',
  '笑着',
  '激动',
  '显得',
  '连声',
  '树立',
  '深入',
  '专程',
  '特别',
  '再次',
  '亲自',
];
const FOLLOWER_FIRST = new Map<string, string[]>();
for (const w of FOLLOWERS) {
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
  if (COMPOUND.has(text.slice(at, at + 2))) return 2;
  return SINGLE.has(text[at] ?? '') ? 1 : 0;
}

/**
 * Reads a personal name starting at `at`: a surname and a given name of one or two characters. The
 * given name stops before a follower word or a non-Han character; between two and three characters,
 * `known` (names already read on the page) and the text itself decide: a two-character name is
 * written again and again with different continuations ("李强说", "李强叮嘱"), a three-character one
 * always whole.
 */
export function nameAt(text: string, at: number, known: ReadonlySet<string> = new Set()): string | null {
  const s = surnameAt(text, at);
  if (!s) return null;
  const g1 = at + s;
  if (!isHan(text[g1]) || followerAt(text, g1, false)) return null;
  const short = text.slice(at, g1 + 1);
  const long = text.slice(at, g1 + 2);
  if (known.has(long) && isHan(text[g1 + 1])) return long;
  if (known.has(short)) return short;
  if (!isHan(text[g1 + 1]) || followerAt(text, g1 + 1)) return short;
  // Written more often than its three-character extension, with other continuations: a two-character name.
  if (count(text, short) >= 2 && count(text, short) > count(text, long)) return short;
  return long;
}

export function count(text: string, word: string): number {
  let n = 0;
  for (const _ of occurrences(text, word)) n++;
  return n;
}
