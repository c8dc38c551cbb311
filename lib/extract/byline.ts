import surnames from '../../assets/surnames.json';
import { AUTHOR_ROLES, NOT_NAME, OUTLET_NAME, REPORTER_ROLES, ROLE_BYLINE, SOURCE_LABEL } from './patterns';

/** Role words of two or more characters, wherever they stand; one-character roles (文, 图, 摄) only apart. */
const ROLE = new RegExp(
  `${AUTHOR_ROLES.filter((r) => r.length > 1)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )}|(?<=^|[\\s/|｜丨（(【[])(?:${AUTHOR_ROLES.filter((r) => r.length === 1).join('|')})(?=[\\s/:：|｜丨）)】\\]]|$)`,
  'g',
);
const REPORTER = new Set(REPORTER_ROLES);
/** What stands between names: spaces, bars, slashes, colons, 、 and brackets. */
const SEPARATOR = /[\s_|｜丨/:：，,、;；□■◎●○〇()（）[\]【】<>《》]/;
const COLON = /^\s*[:：]/;
const HAN_NAME = /^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}$/;
const HAN_CHAR = /^[\u4e00-\u9fff]$/;
/** "发自北京" and "上海报道" follow a name in a byline ("本报记者张三发自北京", "（李四 上海报道）"). */
const DATELINE_TAIL = /(?:发自|發自)[\u4e00-\u9fff]{1,8}$|[\u4e00-\u9fff]{0,6}(?:报道|報道)$/;
/** A photographer's credit glued to the name: "新华社发（刘满仓摄）". */
const PHOTO_TAIL = /(?<=^[\u4e00-\u9fff]{2,3})(?:摄|攝)$/;

// Bylines are read before the page's script is normalized: traditional forms count too (陳正寶 攝).
const SINGLE = new Set(Array.from(surnames.single + surnames.traditional.single));
const COMPOUND = new Set([...surnames.compound, ...surnames.traditional.compound]);

/** Whether a string starts with a common surname (assets/surnames.json: the 百家姓 and MPS rankings). */
export function surnameLed(s: string): boolean {
  return COMPOUND.has(s.slice(0, 2)) || SINGLE.has(s[0] ?? '');
}

interface Token {
  text: string;
  /** The role word right before it: "spaced" after a separator (编辑：X), "glued" without one (记者X). */
  afterRole: 'spaced' | 'glued' | null;
  /** Reporter roles print a name glued on (记者叶婉); other roles glued make a word (作者简介). */
  reporter: boolean;
  /** A field label ("时间：", "访问统计："): followed by a colon, it names a field, not a person. */
  label: boolean;
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let role: { end: number; reporter: boolean } | null = null;
  let at = 0;
  const roles = [...text.matchAll(ROLE)];
  let r = 0;
  while (at < text.length) {
    while (roles[r] && roles[r]!.index < at) r++;
    const m = roles[r];
    if (m && m.index === at) {
      role = { end: at + m[0].length, reporter: REPORTER.has(m[0]) };
      at = role.end;
      r++;
      continue;
    }
    if (SEPARATOR.test(text[at]!)) {
      at++;
      continue;
    }
    let end = at;
    const stop = m ? m.index : text.length;
    while (end < stop && !SEPARATOR.test(text[end]!)) end++;
    tokens.push({
      text: text.slice(at, end),
      afterRole: role ? (role.end === at ? 'glued' : 'spaced') : null,
      reporter: role?.reporter ?? false,
      label: COLON.test(text.slice(end, end + 3)),
    });
    role = null;
    at = end;
  }
  return tokens;
}

/**
 * Whether a byline token reads as a person's name. A name is 2–4 Han characters and no field label,
 * UI word or outlet. One that starts with a common surname is a name anywhere in a byline; any other
 * string (a pen name: 茉莉, 芊草凡凡) only right after its role word and a separator ("作者：茉莉"),
 * where the page itself says a name follows.
 */
function isName(t: Token, joined: string): boolean {
  if (!HAN_NAME.test(joined) || NOT_NAME.test(joined) || t.label) return false;
  if (t.afterRole === 'glued' && !t.reporter) return false;
  if (surnameLed(joined)) return true;
  return t.afterRole === 'spaced' && !OUTLET_NAME.test(joined);
}

/**
 * Names in a byline or credit: "记者 汪晓 施 昱辰" → 汪晓, 施昱辰; "编辑:彭丽" → 彭丽; "陈正宝 摄" → 陈正宝;
 * "本报记者罗科苏盈发自北京" → 罗科苏盈. A one-character token is a surname split from its given name by
 * a space, so it joins the next token.
 */
export function namesIn(text: string): string[] {
  const tokens = tokensOf(text);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let s = t.text.replace(DATELINE_TAIL, '').replace(PHOTO_TAIL, '');
    const next = tokens[i + 1];
    if (HAN_CHAR.test(s) && next && !t.label && next.afterRole === null && HAN_NAME.test(s + next.text))
      s += tokens[++i]!.text;
    if (isName(t, s)) names.push(s);
  }
  return names;
}

/**
 * A byline of bare names in parentheses, with no role word: "（刘艺、杨吉）" after an agency's dateline,
 * "（袁源）" or "（姚峰 上海报道）" closing an article. Without a role, every name must start with a
 * surname; null where anything else stands in the parentheses (a place, an outlet, a remark).
 */
export function bareNames(inside: string): string[] | null {
  const tokens = inside
    .split(/[\s、，,]+/)
    .map((t) => t.replace(DATELINE_TAIL, ''))
    .filter(Boolean);
  if (tokens.length === 0) return null;
  for (const t of tokens)
    if (!HAN_NAME.test(t) || !surnameLed(t) || NOT_NAME.test(t) || OUTLET_NAME.test(t)) return null;
  return tokens;
}

const ROLE_LABEL =
  /(?:记者|記者|通讯员|通訊員|作者|撰稿|编辑|編輯|责编|責編|责任编辑|責任編輯|摄影|攝影)\s*[:：/]?\s*/;
/** A name in square brackets beside a date: "2004年7月16日08:19 [ 黄宇 ]". */
const BRACKETED_NAME = /[[【]\s*([\u4e00-\u9fff·]{2,4})\s*[\]】]/;
const HAS_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/**
 * Reads a metadata line such as "2018-02-14 08:53:41|来源:东方网|编辑:彭丽 |责编:刘征宇" part by part:
 * the names after role labels, and the source after its label. Portals that print the writer without a
 * label put it in brackets beside the date ("2004年7月16日08:19 [ 黄宇 ] 来源：…"): read when surname-led.
 */
export function readMetaLine(text: string): { names: string[]; source: string | null } {
  const names: string[] = [];
  let source: string | null = null;
  const dated = HAS_DATE.test(text);
  for (const part of text.split(/[|｜]|\s{2,}|　+/)) {
    let p = part.trim();
    const s = SOURCE_LABEL.exec(p);
    if (s) {
      const value = p
        .slice(s.index + s[0].length)
        .split(/[\s,，]/)[0]!
        .trim();
      if (value.length >= 2 && value.length <= 20) source ??= value;
      p = p.slice(0, s.index) + p.slice(s.index + s[0].length + value.length);
    }
    const role = ROLE_LABEL.exec(p);
    const bracketed = dated ? BRACKETED_NAME.exec(p) : null;
    if (role) names.push(...namesIn(p.slice(role.index)));
    else if (ROLE_BYLINE.test(p)) names.push(...namesIn(p));
    else if (bracketed && surnameLed(bracketed[1]!) && !NOT_NAME.test(bracketed[1]!))
      names.push(bracketed[1]!);
  }
  return { names, source };
}
