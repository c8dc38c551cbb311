import { BATCH, runAtOnce, type Steps } from '../slices';
import type { Block } from './blocks';
import { bareNames } from './byline';
import { parseDate } from './date';
import { type Features, measure } from './features';
import {
  BREADCRUMB,
  BYLINE_LINE,
  COLUMN_LABEL,
  CREDIT_LINE,
  DATELINE,
  DISCLAIMER_LABEL,
  DOC_NUMBER,
  LEADING_COLUMN_LABEL,
  ORIGINAL_TITLE,
  OUTLET_DATELINE,
  PAREN_BYLINE,
  PAREN_NAMES,
  ROLE_BYLINE,
  SEARCH_COUNT,
  SECTION_LABEL,
  SECTION_LABEL_NOISE,
  SENTENCE_END,
  SOURCE_LABEL,
  TRAILING_BYLINE,
} from './patterns';
import { threadStart } from './thread';

/**
 * Body detection: one scoring mechanism, no per-site rules.
 *
 * Every line is worth its prose characters (punctuated, not links, not chrome) and costs its link,
 * chrome and furniture characters. Each line adds its worth to all its ancestors, and the element
 * with the highest total is the article container: the smallest subtree that holds most of the
 * prose and little of the navigation around it (a maximum-weight subtree, in the spirit of
 * Readability's score propagation and GNE's text and punctuation density).
 */
const WEIGHT = {
  /** Prose characters count fully; punctuation-rich prose a little more (Chinese sentences are dense in ，。、). */
  prose: 1,
  punctBonus: 0.5,
  /** Each link character costs this much: navigation and related-news lists. */
  link: 1,
  /** Chrome lines (share bars, footers, toolbars) cost their length. */
  chrome: 1,
  /** Short unpunctuated lines (menus without links, labels) cost a little. */
  bare: 0.3,
  /** Lines inside nav/footer/aside or furniture-classed containers. */
  furniture: 0.6,
};

export type LineKind = 'text' | 'heading' | 'chrome' | 'caption' | 'meta' | 'byline';

export interface Line {
  block: Block;
  features: Features;
  kind: LineKind;
}

export interface ArticleRegion {
  /** Heading lines that open the article (title, subtitle), possibly none. */
  headings: Line[];
  /** Bylines and metadata lines inside the article (authors, dates, sources are read from them). */
  metaLines: Line[];
  /** Captions and photo credits printed in the article. */
  captions: Line[];
  /** Body lines, and where each starts and ends inside its block (datelines cut off). */
  body: Array<{ line: Line; start: number; end: number }>;
  /** Bylines cut from the start of the first paragraph: "(记者 汪晓 施 昱辰)". */
  inlineBylines: string[];
  /** Bylines that close the article: "（总台记者张倩）", "（袁源）", "（姚峰 上海报道）". */
  closingBylines: string[];
  /** A source printed in parentheses at the end of the body: "(上海发布)". */
  trailingSource: string | null;
  /** The outlet of the first paragraph's dateline: 唐尧网讯 → 唐尧网, 据新华社拉萨电 → 新华社. */
  leadSource: string | null;
  /** Number of body characters. */
  chars: number;
  /** A page section that is not an article (related news): its lines are skipped. */
  closed?: boolean;
  /** It opens with the summary under a linked headline that starts a run of teasers (a list's first item). */
  teaser?: boolean;
}

export interface BodyResult {
  container: Element;
  lines: Line[];
  articles: ArticleRegion[];
  main: number;
  /** Characters of prose in the container. */
  proseChars: number;
  /** Characters of prose on the whole page. */
  pageProseChars: number;
}

/** What a line adds to its containers: prose worth, and the cost of its links, chrome and furniture. */
function worth(b: Block, f: Features): { gain: number; cost: number } {
  let gain = 0;
  let cost = 0;
  if (f.prose && !b.furniture)
    gain += f.chars * (WEIGHT.prose + Math.min(1, (f.punct / f.chars) * 10) * WEIGHT.punctBonus);
  else if (isCell(b, f)) gain += f.chars * WEIGHT.prose;
  cost += b.linkChars * WEIGHT.link;
  if (f.chrome) cost += f.chars * WEIGHT.chrome;
  else if (!f.prose && !b.cell && b.heading === 0 && b.linkChars === 0) cost += f.chars * WEIGHT.bare;
  if (b.furniture) cost += f.chars * WEIGHT.furniture;
  return { gain, cost };
}

/** A data-table cell that carries content: a value of a 公示表, not a link or a notice. */
function isCell(b: Block, f: Features): boolean {
  return b.cell && !b.furniture && !f.chrome && f.linkRatio < 0.5;
}

/** A line that is article text although it may lack punctuation: prose, or a data-table cell. */
function isContent(l: Line): boolean {
  return l.features.prose || isCell(l.block, l.features);
}

const META_LINE_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** An outlet credited at the end of the text: "(上海发布)", "（德清县发改局）": a short name, not a remark. */
const TRAILING_SOURCE = /\s*[（(]([^()（）\d]{2,10})[)）]\s*$/;
const NOT_SOURCE =
  /(?:记者|記者|摄|攝|通讯员|通訊員|编辑|編輯|图|圖|完|待续|待續|下同|略|的|以|为|為|请|請|将|將|了|是|时|時)/;
/** Parentheses closing a paragraph, whose content may be a byline of bare names (checked by bareNames). */
const CLOSING_NAMES = /\s*[（(]\s*([^()（）]{2,30}?)\s*[)）]\s*$/;
const KEY_VALUE = /^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S/;
const NAME_TOKENS = /^[\u4e00-\u9fff·]{1,4}(?:\s+[\u4e00-\u9fff·]{1,4}){0,3}$/;

function classify(b: Block, f: Features): LineKind {
  const text = b.text;
  if (f.chrome || (b.furniture && !f.prose)) return 'chrome';
  if (b.linkChars > 0 && f.chars <= 80 && BREADCRUMB.test(text)) return 'chrome';
  if (f.caption) return 'caption';
  if (f.linkRatio > 0.5) return 'chrome';
  if (isCell(b, f)) return 'text';
  if (COLUMN_LABEL.test(text)) return 'chrome';
  if (DOC_NUMBER.test(text)) return 'meta';
  if (b.heading > 0 && f.chars <= 80 && !SENTENCE_END.test(text)) return 'heading';
  if (ORIGINAL_TITLE.test(text) && f.chars <= 120) return 'meta';
  if (CREDIT_LINE.test(text) && f.chars <= 60) return 'meta';
  if (f.chars <= 90 && META_LINE_DATE.test(text) && !/[。！？]/.test(text)) return 'meta';
  // A date printed in words ("Saturday, September 10th, 2005 10:56 am") is metadata too.
  if (f.chars <= 60 && !/[。！？]/.test(text) && parseDate(text)) return 'meta';
  if (f.chars <= 60 && SOURCE_LABEL.test(text) && !/[。！？]/.test(text)) return 'meta';
  if (BYLINE_LINE.test(text) || ROLE_BYLINE.test(text)) return 'byline';
  return 'text';
}

/** Picks the article container by the weight of the prose it holds, less its links, chrome and furniture. */
function* pickContainer(root: Element, blocks: Block[], feats: Features[]): Steps<Element> {
  const gain = new Map<Element, number>();
  const cost = new Map<Element, number>();
  const paragraphs = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const w = worth(blocks[i]!, feats[i]!);
    if (w.gain === 0 && w.cost === 0) continue;
    for (let el: Element | null = blocks[i]!.element; el; el = el.parentElement) {
      gain.set(el, (gain.get(el) ?? 0) + w.gain);
      cost.set(el, (cost.get(el) ?? 0) + w.cost);
      if (w.gain > 0) paragraphs.set(el, (paragraphs.get(el) ?? 0) + 1);
      if (el === root) break;
    }
  }
  let best: Element = root;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [el, g] of gain) {
    const score = g - cost.get(el)!;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // A table-layout column holds the article beside its link lists: its links can outweigh all but one
  // paragraph. Where that one paragraph won and an ancestor holds much more prose and still more prose than cost, the article is
  // the ancestor's (Readability likewise joins a top candidate's siblings of similar worth); the
  // lines around the article in it are sorted out by the segmenter.
  if ((paragraphs.get(best) ?? 0) > 1) return best;
  // Its sibling paragraphs join it whatever their box costs (Readability's sibling merge); further up,
  // only while prose outweighs cost.
  const parent = best.parentElement;
  if (parent && best !== root && (gain.get(parent) ?? 0) >= (gain.get(best) ?? 0) * CLIMB.gain) best = parent;
  for (let up = best.parentElement; up && best !== root && up !== root.parentElement; up = up.parentElement) {
    const g = gain.get(up) ?? 0;
    if (g < (gain.get(best) ?? 0) * CLIMB.gain || g - (cost.get(up) ?? 0) <= 0) break;
    best = up;
  }
  return best;
}

/** How much more prose an ancestor must hold for the article to be its. */
const CLIMB = { gain: 1.5 };

function contains(container: Element, el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (e === container) return true;
  return false;
}

/** A heading group opens a new article when it looks like one: title+subtitle, a section label, a dateline, or a top-level heading. */
function opensArticle(group: Line[], following: Line[], topLevel: number): boolean {
  if (group.length >= 2) return true;
  const h = group[0]!;
  if (isSectionLabel(h.block.text)) return true;
  if (h.block.heading <= topLevel) return true;
  const next = following[0];
  if (next && (next.kind === 'byline' || DATELINE.test(next.block.text))) return true;
  // A teaser: a heading, a summary and its own date line ("2019-09-09 21:38:04").
  return following.slice(0, 3).some((l) => l.kind === 'meta' && META_LINE_DATE.test(l.block.text));
}

/** A count of results found ("共找到 128 条结果", "共找到 13,046 个相关新闻"): it heads results, not text. */
export function isResultCount(b: Block): boolean {
  return b.text.length <= 60 && b.linkChars === 0 && SEARCH_COUNT.test(b.text);
}

export function isSectionLabel(text: string): boolean {
  return text.length <= 16 && SECTION_LABEL.test(text.replace(SECTION_LABEL_NOISE, ''));
}

/**
 * Whether running text follows a section label before the next heading: then the label introduced an
 * inline list ("相关新闻：" and two links inside the article) and the article goes on after it.
 */
function proseFollows(lines: Line[], at: number): boolean {
  let prose = 0;
  for (let i = at + 1; i < lines.length && lines[i]!.kind !== 'heading'; i++) {
    if (lines[i]!.kind === 'text' && lines[i]!.features.prose) prose++;
    if (prose >= 2) return true;
  }
  return false;
}

/** Characters of an article's body, recounted after lines are cut from it. */
export function recount(region: ArticleRegion): void {
  region.chars = region.body.reduce((n, b) => n + b.end - b.start, 0);
}

function emptyRegion(headings: Line[]): ArticleRegion {
  return {
    headings,
    metaLines: [],
    captions: [],
    body: [],
    inlineBylines: [],
    closingBylines: [],
    trailingSource: null,
    leadSource: null,
    chars: 0,
  };
}

/**
 * Reads a dateline (本报讯, 唐尧网讯, 据新华社拉萨电) and a parenthesised byline at the start of a
 * paragraph: the outlet and the names, for the card's source and authors. A dateline that names its
 * outlet or agency stays in the body with its byline, as printed: the hand-made bodies of
 * ../shared/bench-b keep them, and it names the article's place and agency (新华社莫斯科4月28日电). A
 * bare 本报讯/本网讯 names nothing and is cut with its byline (the seeds' gold bodies start after it).
 * `start` is where the body begins; `lead` where the dateline and byline end (a paragraph that is
 * nothing else, "（记者 胡晓蓉）", is no body text).
 */
function readLead(
  text: string,
  first: boolean,
): { start: number; lead: number; bylines: string[]; outlet: string | null } {
  // A column label opens only the article's first paragraph.
  let start = first ? (LEADING_COLUMN_LABEL.exec(text)?.[0].length ?? 0) : 0;
  // Paragraphs indent with white space (　　本报讯…): the dateline stands after it.
  const from = start + /^\s*/.exec(text.slice(start))![0].length;
  let outlet: string | null = null;
  const bylines: string[] = [];
  const rest = text.slice(from);
  const d = DATELINE.exec(rest);
  const o = d ? null : OUTLET_DATELINE.exec(rest);
  // A bare 本报讯 names nothing: cut, with its byline. A dateline naming its outlet or agency stays.
  const bare = d !== null;
  let lead = from;
  if (d) lead += d[0].length;
  else if (o && (o[1] || o[3] || PAREN_BYLINE.test(rest.slice(o[0].length)))) {
    lead += o[0].length;
    outlet = o[1] ?? o[2] ?? null;
  }
  const p = PAREN_BYLINE.exec(text.slice(lead));
  // An agency's dateline may name its reporters bare: 新华社北京5月19日电（刘艺、杨吉）.
  const n = !p && lead > from ? PAREN_NAMES.exec(text.slice(lead)) : null;
  const names = n ? bareNames(n[1]!) : null;
  if (p) {
    bylines.push(p[1]!);
    lead += p[0].length;
  } else if (n && names) {
    bylines.push(names.join(' '));
    lead += n[0].length;
  }
  if (bare) start = lead;
  return { start, lead, bylines, outlet };
}

/** The byline part of "总台记者张倩": from its role word on (the outlet before it is not a name). */
function fromRole(byline: string): string {
  const at = byline.search(/记者|記者|通讯员|通訊員|实习生|實習生/);
  return at > 0 ? byline.slice(at) : byline;
}

/**
 * A teaser list: linked headlines, each followed by its short summary ("你可能还想看", next-article
 * feeds). A teaser is a linked headline-length line, not the next item of a link list, followed within
 * two lines by a summary of at most two prose lines; three teasers in a row, each within ten lines of
 * the next, make a list (an advertisement link inside an article is followed by whole paragraphs).
 */
const TEASER = { minChars: 8, reach: 2, summaryLines: 2, summaryLinks: 0.2, nextWithin: 10, inList: 3 };

const isSummary = (l: Line | undefined) =>
  !!l && l.kind === 'text' && l.features.prose && l.features.linkRatio <= TEASER.summaryLinks;

/** The smallest element holding both a and b. */
function commonBox(a: Element, b: Element): Element | null {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  return el;
}

function teasers(lines: Line[]): boolean[] {
  let lastProse = -1;
  const isTeaser = lines.map((l, i) => {
    const before = lastProse;
    if (l.features.prose) lastProse = i;
    if (l.features.linkRatio <= 0.5 || l.features.chars < TEASER.minChars || BREADCRUMB.test(l.block.text))
      return false;
    // Items of a plain link list follow each other; a teaser follows the summary before it.
    if (i > 0 && lines[i - 1]!.features.linkRatio > 0.5) return false;
    let j = i + 1;
    while (j <= i + TEASER.reach && j < lines.length && !isSummary(lines[j])) j++;
    let n = 0;
    while (isSummary(lines[j + n])) n++;
    if (n === 0 || n > TEASER.summaryLines) return false;
    // A teaser is a box of its own: a link inside running text shares its box with the text before it.
    const box = commonBox(l.block.element, lines[j]!.block.element);
    return !box || before < 0 || !box.contains(lines[before]!.block.element);
  });
  const starts = isTeaser.map(() => false);
  const chain = isTeaser.map(() => 0);
  let next = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isTeaser[i]) continue;
    chain[i] = 1 + (next >= 0 && next - i <= TEASER.nextWithin ? chain[next]! : 0);
    starts[i] = chain[i]! >= TEASER.inList;
    next = i;
  }
  return starts;
}

function* segment(lines: Line[]): Steps<ArticleRegion[]> {
  const articles: ArticleRegion[] = [];
  let current: ArticleRegion | null = null;
  let topLevel = 0;
  const teaserList = teasers(lines);
  yield;
  for (let i = 0; i < lines.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const line = lines[i]!;
    if (teaserList[i] && current && !current.closed && current.body.length > 0) {
      // Teasers of other pages after the article: nothing belongs to it until the next heading.
      current = { ...emptyRegion([]), closed: true };
      articles.push(current);
      continue;
    }
    if (line.kind === 'heading') {
      const group: Line[] = [line];
      while (i + 1 < lines.length && lines[i + 1]!.kind === 'heading') group.push(lines[++i]!);
      const following = lines.slice(i + 1, i + 4);
      if (isSectionLabel(group[0]!.block.text)) {
        current = { ...emptyRegion([]), closed: true };
        articles.push(current);
      } else if (
        !current ||
        current.closed ||
        (current.body.length > 0 &&
          // A data table before the headline (a 信息公开 block) is not the start of its article.
          (opensArticle(group, following, topLevel) || current.body.every((b) => b.line.block.cell)))
      ) {
        if (!current && group[0]) topLevel = group[0].block.heading;
        current = emptyRegion(group);
        articles.push(current);
      } else if (current.body.length === 0 && current.headings.length === 0) {
        current.headings.push(...group);
      } else {
        // An in-article subhead is body text.
        for (const h of group) current.body.push({ line: h, start: 0, end: h.block.text.length });
      }
      continue;
    }
    if (
      (line.kind === 'text' || line.kind === 'chrome') &&
      ((isSectionLabel(line.block.text) && !proseFollows(lines, i)) || isResultCount(line.block))
    ) {
      // "相关新闻", "延伸 · 推荐": what follows belongs to no article until the next heading.
      current = { ...emptyRegion([]), closed: true };
      articles.push(current);
      continue;
    }
    if (!current) {
      current = emptyRegion([]);
      articles.push(current);
    }
    if (current.closed) continue;
    if (line.kind === 'meta') current.metaLines.push(line);
    else if (line.kind === 'byline') current.metaLines.push(line);
    else if (line.kind === 'caption') current.captions.push(line);
    else if (line.kind === 'text') {
      const text = line.block.text;
      // A bare line of names between the headings and the first paragraph is a byline: "徐迅".
      // So is one right under a byline line, the rest of its names: "本报实习生 刘国栋 周炜" / "王燕平 方云凤".
      const above = current.metaLines[current.metaLines.length - 1];
      const goesOn = above?.kind === 'byline' && above.block === lines[i - 1]?.block;
      if ((current.body.length === 0 || goesOn) && !isContent(line) && NAME_TOKENS.test(text)) {
        current.metaLines.push({ ...line, kind: 'byline' });
        continue;
      }
      const { start, lead, bylines, outlet } = readLead(text, current.body.length === 0);
      current.inlineBylines.push(...bylines);
      if (outlet && current.body.length === 0) current.leadSource = outlet;
      // The summary under the first of a run of teasers: the region is an item of a list page.
      if (current.body.length === 0 && teaserList.slice(Math.max(0, i - TEASER.reach), i).some(Boolean))
        current.teaser = true;
      if (lead < text.length) current.body.push({ line, start, end: text.length });
    }
  }
  for (const a of articles) {
    trimEnds(a);
    const last = a.body[a.body.length - 1];
    if (last) {
      const byline = TRAILING_BYLINE.exec(last.line.block.text.slice(0, last.end));
      if (byline && byline.index > last.start) {
        a.closingBylines.unshift(fromRole(byline[1]!));
        last.end = byline.index;
      }
      // "…共赢。（钟才文）", "…（姚峰 上海报道）": names in parentheses close the article as its byline.
      const closing = CLOSING_NAMES.exec(last.line.block.text.slice(0, last.end));
      const names = closing && bareNames(closing[1]!);
      if (closing && names && closing.index > last.start) {
        a.closingBylines.unshift(names.join(' '));
        last.end = closing.index;
      }
      const text = last.line.block.text.slice(0, last.end);
      const m = TRAILING_SOURCE.exec(text);
      if (m && !NOT_SOURCE.test(m[1]!) && m.index > last.start) {
        a.trailingSource = m[1]!.trim();
        last.end = m.index;
      }
    }
    recount(a);
  }
  return articles.filter((a) => !a.closed && (a.chars > 0 || a.headings.length > 0));
}

/** Unpunctuated lines at either end of an article are leftovers of the page, not its text. */
function trimEnds(a: ArticleRegion): void {
  // Unpunctuated lines at either end of an article are leftovers of the page, not its text.
  while (a.body.length && !isContent(a.body[0]!.line) && a.body[0]!.line.block.heading === 0) a.body.shift();
  // A closing box of label-and-value lines ("地址：…", "开放时间：…") is the article's own.
  const keeps = (l: Line) => isContent(l) || (KEY_VALUE.test(l.block.text) && l.features.chars >= 6);
  while (a.body.length && !keeps(a.body[a.body.length - 1]!.line)) {
    // A closing line of bare names in parentheses is the article's byline: "（袁源）".
    const closing = CLOSING_NAMES.exec(a.body.pop()!.line.block.text.trim());
    const names = closing && bareNames(closing[1]!);
    if (names) a.closingBylines.unshift(names.join(' '));
  }
}

/**
 * The article ends where a thread of dated posts starts (lib/extract/thread.ts): the replies, comments
 * or earlier posts after it, and their dates and bylines, are not its own.
 */
function endAtThread(a: ArticleRegion): void {
  const at = threadStart(a);
  if (at < 0) return;
  const before = (l: Line) => l.block.index < at;
  a.body = a.body.filter((b) => before(b.line));
  a.metaLines = a.metaLines.filter(before);
  a.captions = a.captions.filter(before);
  trimEnds(a);
  recount(a);
}

/** The most text a notice box may hold after its label ("版权与免责声明" and its numbered clauses). */
const NOTICE_BOX_CHARS = 800;
/** The longest label line that heads a notice box ("版权与免责声明", "雅虎中国著作权声明"). */
const NOTICE_LABEL_CHARS = 20;

/**
 * Lines under a notice label ("版权与免责声明", "免责声明：") in the label's own box are notice clauses
 * ("三、如因作品内容…请在三十日内…"), whether or not each says so itself.
 */
function* markNoticeBoxes(blocks: Block[], feats: Features[]): Steps<void> {
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const b = blocks[i]!;
    // Only a label standing alone heads a box of clauses; "免责声明：…" is a whole notice itself.
    if (b.linkChars > 0 || b.text.length > NOTICE_LABEL_CHARS || !DISCLAIMER_LABEL.test(b.text)) continue;
    const box = b.element.parentElement;
    if (!box) continue;
    let end = i + 1;
    let chars = 0;
    while (end < blocks.length && box.contains(blocks[end]!.element)) chars += blocks[end++]!.text.length;
    if (chars > NOTICE_BOX_CHARS) continue;
    for (let j = i; j < end; j++) feats[j] = { ...feats[j]!, chrome: true, prose: false };
  }
}

export function detectBody(root: Element, blocks: Block[]): BodyResult {
  return runAtOnce(bodySteps(root, blocks));
}

/** detectBody, pausing every few lines (lib/slices.ts). */
export function* bodySteps(root: Element, blocks: Block[]): Steps<BodyResult> {
  const feats: Features[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    feats.push(measure(blocks[i]!));
  }
  yield* markNoticeBoxes(blocks, feats);
  const container = yield* pickContainer(root, blocks, feats);
  const lines: Line[] = [];
  let proseChars = 0;
  let pageProseChars = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const b = blocks[i]!;
    const f = feats[i]!;
    if (f.prose && !b.furniture) pageProseChars += f.chars;
    if (!contains(container, b.element)) continue;
    if (f.prose) proseChars += f.chars;
    lines.push({ block: b, features: f, kind: classify(b, f) });
  }
  const articles = yield* segment(lines);
  const longest = articles.reduce((m, a) => Math.max(m, a.chars), 0);
  // The first substantial article, one with its own headline before one without (a run of sidebar
  // prose before the headline is not the article).
  const substantial = (a: ArticleRegion) => a.chars >= longest * 0.3 && a.chars > 0;
  let main = articles.findIndex((a) => substantial(a) && a.headings.length > 0);
  if (main < 0) main = articles.findIndex(substantial);
  if (main < 0) main = 0;
  const region = articles[main];
  if (region) endAtThread(region);
  return { container, lines, articles, main, proseChars, pageProseChars };
}
