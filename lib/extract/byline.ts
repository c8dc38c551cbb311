import { AUTHOR_ROLES, ROLE_BYLINE, SOURCE_LABEL } from './patterns';

/** Role words of two or more characters are cut out wherever they stand. */
const ROLE_SPLIT = new RegExp(
  `(${AUTHOR_ROLES.filter((r) => r.length > 1)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
  'g',
);
/** One-character roles (文, 图, 摄) only where they stand apart: "文/张三", "图：李四", "张三 摄" — never inside 蒋文静. */
const SHORT_ROLE = new RegExp(
  `(^|[\\s/|｜丨（(])(?:${AUTHOR_ROLES.filter((r) => r.length === 1).join('|')})(?=[\\s/:：|｜丨）)]|$)`,
  'g',
);
const SEPARATORS = /[\s|｜丨/:：，,、;；□■◎●○〇()（）[\]【】<>《》]+/;
const HAN_NAME = /^[\u4e00-\u9fff][\u4e00-\u9fff·]{1,3}$/;
/** Words that stand where names do in bylines but are not names, and the share toolbar and UI labels printed beside them. */
const NOT_NAME =
  /^(?:报道|報道|整理|综合|綜合|编译|編譯|实习|實習|本报|本報|通讯|通訊|特约|特約|供图|供圖|摄影报道|攝影報道|来源|來源|新华社|新華社|图片|圖片|视频|視頻|联合|聯合|打印|关闭|關閉|微博|微信|分享|收藏|附件|文档附件|文檔附件|相关附件|相關附件|字号|字號|纠错|糾錯|朋友圈|扫码|掃碼|返回|顶部|頂部|浏览|瀏覽|评论|評論|点赞|點讚|推荐|推薦)$/;

/**
 * Names in a byline or credit: "记者 汪晓 施 昱辰" → 汪晓, 施昱辰; "编辑:彭丽" → 彭丽; "陈正宝 摄" → 陈正宝.
 * A one-character token is a surname split from its given name by a space, so it joins the next token.
 */
export function namesIn(text: string): string[] {
  const tokens = text
    .replace(ROLE_SPLIT, ' ')
    .replace(SHORT_ROLE, '$1 ')
    .split(SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t.length === 1 && i + 1 < tokens.length && t.length + tokens[i + 1]!.length <= 4) t += tokens[++i]!;
    if (HAN_NAME.test(t) && !NOT_NAME.test(t)) names.push(t);
  }
  return names;
}

const ROLE_LABEL =
  /(?:记者|記者|通讯员|通訊員|作者|撰稿|编辑|編輯|责编|責編|责任编辑|責任編輯|摄影|攝影)\s*[:：/]?\s*/;

/**
 * Reads a metadata line such as "2018-02-14 08:53:41|来源:东方网|编辑:彭丽 |责编:刘征宇" part by part:
 * the names after role labels, and the source after its label.
 */
export function readMetaLine(text: string): { names: string[]; source: string | null } {
  const names: string[] = [];
  let source: string | null = null;
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
    if (role) names.push(...namesIn(p.slice(role.index)));
    else if (ROLE_BYLINE.test(p)) names.push(...namesIn(p));
  }
  return { names, source };
}
