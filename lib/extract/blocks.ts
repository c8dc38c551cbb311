import { BATCH, runAtOnce, type Steps } from '../slices';
import { BLOCK_TAGS, FURNITURE_TAGS, FURNITURE_WORDS, SKIP_TAGS } from './patterns';

/** A run of a block's text that comes from one DOM text node. */
export interface Piece {
  node: Text;
  /** Range in `node.data`. Longer than `end - start` where white space was collapsed to one space. */
  nodeStart: number;
  nodeEnd: number;
  /** Range in the block's text. */
  start: number;
  end: number;
}

/**
 * One line of the page as a reader sees it: the text between two block boundaries (or `<br>`s),
 * white space collapsed, with the pieces that map each character back to its text node.
 */
export interface Block {
  index: number;
  text: string;
  pieces: Piece[];
  /** The innermost block-level element that holds the line. */
  element: Element;
  /** 1–6 inside `<h1>`–`<h6>`, else 0. */
  heading: number;
  /** Characters inside links. */
  linkChars: number;
  /** Characters inside `<b>`/`<strong>`. */
  strongChars: number;
  /** Inside `<figcaption>` or an element whose class says caption. */
  caption: boolean;
  /**
   * Page furniture: inside `<nav>`, `<footer>`, `<aside>` or a navigation/contentinfo role, or inside an
   * element whose class/id says furniture (share, toolbar, header, form …) that does not hold a body of
   * prose itself (CMSs wrap whole articles in `div.post_header` or `<form id="vsb_content">`).
   */
  furniture: boolean;
  /**
   * A cell of a data table (a 公示表, a 行政处罚信息公开表 exported from Word): its short unpunctuated
   * lines are the article's content, not labels of the page.
   */
  cell: boolean;
}

export interface BlockOptions {
  /** Elements carrying this attribute (the extension's own UI) are not page text. */
  ignoreAttribute?: string;
}

const ELEMENT = 1;
const TEXT = 3;

function isCollapsible(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

const EMOJI_BEFORE = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

/** A zero-width joiner inside an emoji sequence (👨‍👩‍👧): part of one picture, kept with it. */
function joinsEmoji(data: string, i: number): boolean {
  return (
    data.charCodeAt(i) === 0x200d &&
    EMOJI_BEFORE.test(data.slice(Math.max(0, i - 2), i)) &&
    EMOJI_AFTER.test(data.slice(i + 1, i + 3))
  );
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style === null) return false;
  if (/display\s*:\s*none/i.test(style)) return true;
  // Pages hide their article with visibility:hidden until their script has laid it out (WeChat's
  // #js_content); a saved page, or the CLI, never runs that script. Prose so hidden is the article.
  return /visibility\s*:\s*hidden/i.test(style) && !holdsProse(el);
}

/** Prose that a page only hides until its script shows it: this many characters and sentence marks. */
const REVEALED_PROSE = { chars: 150, marks: 5 };

function holdsProse(el: Element): boolean {
  const text = el.textContent ?? '';
  if (text.length < REVEALED_PROSE.chars) return false;
  let marks = 0;
  for (const c of text) if (PROSE_MARKS.has(c) && ++marks >= REVEALED_PROSE.marks) return true;
  return false;
}
const PROSE_MARKS = new Set('，。；！？');

const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|pic-?title|pictitle|img-?title|img-?desc|photo-?desc|tpms|picinfo|pic-?info)(?:$|[\s_-])/i;

/** 2: furniture by its tag or role, whatever it holds; 1: by its class/id, unless it holds prose; 0: not. */
function furnitureLevel(el: Element, tag: string): 0 | 1 | 2 {
  if (FURNITURE_TAGS.has(tag)) return 2;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'contentinfo' || role === 'search') return 2;
  if (tag === 'FORM' || role === 'banner') return 1;
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (words.length < 2) return 0;
  for (const w of words.toLowerCase().split(/[\s_-]+/)) if (FURNITURE_WORDS.has(w)) return 1;
  return 0;
}

/** Prose that makes a class-named container content after all: this many characters, half of its text. */
const PROSE_IN_FURNITURE = { chars: 150, share: 0.5 };
const PROSE_MARK = /[，。；！？]/;

/** Decides `furniture` for each line once the whole page is read. */
function* settleFurniture(blocks: Block[], weak: Array<Element | null>, strong: boolean[]): Steps<void> {
  const prose = new Map<Element, number>();
  const total = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const el = weak[i];
    if (!el) continue;
    const b = blocks[i]!;
    const n = b.text.length - b.linkChars;
    total.set(el, (total.get(el) ?? 0) + b.text.length);
    if (n > 20 && PROSE_MARK.test(b.text)) prose.set(el, (prose.get(el) ?? 0) + n);
  }
  // A form that holds most of the page's prose wraps the page (ASP.NET's <form id="form1">); a
  // comments box may hold most of it too, and stays furniture.
  let pageProse = 0;
  for (const b of blocks) {
    const n = b.text.length - b.linkChars;
    if (n > 20 && PROSE_MARK.test(b.text)) pageProse += n;
  }
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const el = weak[i];
    let furniture = strong[i]!;
    if (!furniture && el) {
      const p = prose.get(el) ?? 0;
      furniture = !(
        p >= PROSE_IN_FURNITURE.chars &&
        (p >= total.get(el)! * PROSE_IN_FURNITURE.share ||
          (el.tagName.toUpperCase() === 'FORM' && p >= pageProse * PROSE_IN_FURNITURE.share))
      );
    }
    blocks[i]!.furniture = furniture;
  }
}

interface Leave {
  leave: Element;
  tag: string;
  link: boolean;
  block: boolean;
  heading: boolean;
  caption: boolean;
  furniture: 0 | 1 | 2;
}

/** Walks the document once, in order, and returns its lines of visible text. Never modifies the page. */
export function collectBlocks(root: Element, options: BlockOptions = {}): Block[] {
  return runAtOnce(blockSteps(root, options));
}

/**
 * The same walk, pausing every few nodes (lib/slices.ts). Between two slices the page may change;
 * what was read stays as read, and the content script reads again when the article changes.
 */
export function* blockSteps(root: Element, options: BlockOptions = {}): Steps<Block[]> {
  const blocks: Block[] = [];
  const ignore = options.ignoreAttribute;

  // State of the line being built.
  let parts: string[] = [];
  let pieces: Piece[] = [];
  let len = 0;
  let pending: { node: Text; start: number; end: number } | null = null;
  let linkChars = 0;
  let strongChars = 0;
  let lineElement: Element = root;
  let lineHeading = 0;
  let lineCaption = false;
  let lineWeak: Element | null = null;
  let lineStrong = false;
  let lineCell: Element | null = null;
  const cellOf: Array<Element | null> = [];
  const weakOf: Array<Element | null> = [];
  const strongOf: boolean[] = [];

  // Context of the walk.
  const blockStack: Element[] = [root];
  let linkDepth = 0;
  let strongDepth = 0;
  let captionDepth = 0;
  let fixedFurnitureDepth = 0;
  const weakStack: Element[] = [];
  const headingStack: number[] = [];
  const cellStack: Element[] = [];

  const flush = () => {
    if (len > 0) {
      blocks.push({
        index: blocks.length,
        text: parts.join(''),
        pieces,
        element: lineElement,
        heading: lineHeading,
        linkChars,
        strongChars,
        caption: lineCaption,
        furniture: false,
        cell: false,
      });
      cellOf.push(lineCell);
      weakOf.push(lineWeak);
      strongOf.push(lineStrong);
    }
    parts = [];
    pieces = [];
    len = 0;
    pending = null;
    linkChars = 0;
    strongChars = 0;
  };

  const addText = (node: Text) => {
    const data = node.data;
    let runStart = -1;
    const closeRun = (i: number) => {
      if (runStart < 0) return;
      pieces.push({ node, nodeStart: runStart, nodeEnd: i, start: len, end: len + i - runStart });
      parts.push(data.slice(runStart, i));
      const n = i - runStart;
      len += n;
      if (linkDepth > 0) linkChars += n;
      if (strongDepth > 0) strongChars += n;
      runStart = -1;
    };
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isCollapsible(c)) {
        closeRun(i);
        if (len === 0) continue;
        if (pending === null) pending = { node, start: i, end: i + 1 };
        else if (pending.node === node && pending.end === i) pending.end = i + 1;
      } else if (isInvisible(c) && !joinsEmoji(data, i)) {
        closeRun(i);
      } else if (runStart < 0) {
        if (len === 0) {
          lineElement = blockStack[blockStack.length - 1]!;
          lineHeading = headingStack.length ? headingStack[headingStack.length - 1]! : 0;
          lineCaption = captionDepth > 0;
          lineWeak = weakStack.length ? weakStack[weakStack.length - 1]! : null;
          lineStrong = fixedFurnitureDepth > 0;
          lineCell = cellStack.length ? cellStack[cellStack.length - 1]! : null;
        }
        if (pending !== null) {
          pieces.push({
            node: pending.node,
            nodeStart: pending.start,
            nodeEnd: pending.end,
            start: len,
            end: len + 1,
          });
          parts.push(' ');
          len += 1;
          pending = null;
        }
        runStart = i;
      }
    }
    closeRun(data.length);
  };

  // Iterative walk: a node is visited on entry; an element is pushed again to be left.
  const stack: Array<Node | Leave> = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  let visited = 0;
  while (stack.length) {
    if (++visited % BATCH === 0) yield;
    const item = stack.pop()!;
    if ('leave' in item) {
      if (item.block) {
        flush();
        blockStack.pop();
      }
      if (item.link) linkDepth--;
      else if (item.tag === 'B' || item.tag === 'STRONG') strongDepth--;
      else if (item.heading) headingStack.pop();
      if (item.caption) captionDepth--;
      if (item.tag === 'TD' || item.tag === 'TH') cellStack.pop();
      if (item.furniture === 2) fixedFurnitureDepth--;
      else if (item.furniture === 1) weakStack.pop();
      continue;
    }
    const node = item;
    if (node.nodeType === TEXT) {
      addText(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el) || (ignore && el.hasAttribute(ignore))) continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      blockStack.push(el);
    }
    const heading = tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6';
    const caption = tag === 'FIGCAPTION' || CAPTION_CLASS.test(el.getAttribute('class') ?? '');
    const furniture = furnitureLevel(el, tag);
    // An <a> without href is a placeholder, not a link (HTML Living Standard, "The a element"): a
    // stray `<a>` typed for `</a>` leaves one open that the parser carries over the rest of the page.
    const link = tag === 'A' && el.hasAttribute('href');
    if (link) linkDepth++;
    else if (tag === 'B' || tag === 'STRONG') strongDepth++;
    else if (heading) headingStack.push(Number(tag[1]));
    if (caption) captionDepth++;
    if (tag === 'TD' || tag === 'TH') cellStack.push(el);
    if (furniture === 2) fixedFurnitureDepth++;
    else if (furniture === 1) weakStack.push(el);
    stack.push({ leave: el, tag, link, block, heading, caption, furniture });
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush();
  yield* settleFurniture(blocks, weakOf, strongOf);
  yield* settleCells(blocks, cellOf);
  return blocks;
}

/**
 * What makes a table a data table rather than a layout grid: rows of two or more leaf cells (no
 * table inside), Han text in most cells, few links. Layout tables of old CMSs nest tables and hold
 * menus; calendars hold digits.
 */
const DATA_TABLE = { minRows: 2, minCells: 2, hanShare: 0.5, maxLinkShare: 0.2, linesPerCell: 3 };
const HAN = /[\u4e00-\u9fff]/;

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of Array.from(table.children)) {
    const t = c.tagName.toUpperCase();
    if (t === 'TR') rows.push(c);
    else if (t === 'TBODY' || t === 'THEAD' || t === 'TFOOT')
      for (const r of Array.from(c.children)) if (r.tagName.toUpperCase() === 'TR') rows.push(r);
  }
  return rows;
}

function isDataTable(table: Element, lines: Block[], cells: number): boolean {
  // A layout cell holds a whole column of lines; a data cell a value or two.
  if (lines.length > cells * DATA_TABLE.linesPerCell || table.querySelector('table')) return false;
  const rows = rowsOf(table).filter((r) => r.children.length >= DATA_TABLE.minCells);
  if (rows.length < DATA_TABLE.minRows) return false;
  let chars = 0;
  let links = 0;
  let han = 0;
  for (const b of lines) {
    chars += b.text.length;
    links += b.linkChars;
    if (HAN.test(b.text)) han++;
  }
  return links <= chars * DATA_TABLE.maxLinkShare && han >= lines.length * DATA_TABLE.hanShare;
}

function* settleCells(blocks: Block[], cellOf: Array<Element | null>): Steps<void> {
  const byTable = new Map<Element, { lines: Block[]; cells: Set<Element> }>();
  for (let i = 0; i < blocks.length; i++) {
    if (i % BATCH === BATCH - 1) yield;
    const cell = cellOf[i];
    const table = cell?.closest('table');
    if (!cell || !table) continue;
    let t = byTable.get(table);
    if (!t) {
      t = { lines: [], cells: new Set() };
      byTable.set(table, t);
    }
    t.lines.push(blocks[i]!);
    t.cells.add(cell);
  }
  for (const [table, t] of byTable) {
    yield;
    if (isDataTable(table, t.lines, t.cells.size)) for (const b of t.lines) if (!b.furniture) b.cell = true;
  }
}
