import type { EntityRanges } from './ranges';

/** Finds the mention under a point of the page (text node and offset from the caret at that point). */
export class MentionIndex {
  private byNode = new Map<Text, Array<{ start: number; end: number; entity: EntityRanges }>>();

  constructor(entities: readonly EntityRanges[]) {
    for (const e of entities) {
      for (const p of e.parts) {
        const list = this.byNode.get(p.node) ?? [];
        list.push({ start: p.start, end: p.end, entity: e });
        this.byNode.set(p.node, list);
      }
    }
  }

  /** The mention under the point; where one is nested in another (凌云街道 in its building), the inner one. */
  at(node: Node, offset: number): EntityRanges | null {
    let best: { start: number; end: number; entity: EntityRanges } | null = null;
    for (const x of this.byNode.get(node as Text) ?? [])
      if (offset >= x.start && offset < x.end && (!best || x.end - x.start < best.end - best.start)) best = x;
    return best?.entity ?? null;
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const contains = (r: Box, p: Point) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/** The box of one character of a text node (a surrogate pair's two units together). */
function charBox(doc: Document, node: Text, i: number): DOMRect {
  const range = doc.createRange();
  const code = node.data.charCodeAt(i);
  const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < node.data.length;
  range.setStart(node, i);
  range.setEnd(node, i + (pair ? 2 : 1));
  return range.getBoundingClientRect();
}

/**
 * The text node and offset of the character under a viewport point, or null where the point is over
 * no character (beside a line's end, between lines). The browsers give the caret position nearest to
 * the point: over the right half of a character that is the boundary after it, so the character is
 * the one on whichever side of the caret holds the point.
 */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  const range = pos ? null : d.caretRangeFromPoint?.(x, y);
  const caret = pos
    ? { node: pos.offsetNode, offset: pos.offset }
    : range
      ? { node: range.startContainer, offset: range.startOffset }
      : null;
  if (caret?.node.nodeType !== 3) return caret;
  const text = caret.node as Text;
  for (const i of [caret.offset, caret.offset - 1]) {
    if (i >= 0 && i < text.data.length && contains(charBox(doc, text, i), { x, y }))
      return { node: text, offset: i };
  }
  return null;
}

/**
 * The box of a mention on the line the reader points at: a name wrapped over two lines has a piece on
 * each, and the card belongs by the piece under the pointer (without a point, the first piece).
 */
export function mentionBox(doc: Document, entity: EntityRanges, at?: Point): Box | null {
  const rects: DOMRect[] = [];
  for (const p of entity.parts) {
    const range = doc.createRange();
    range.setStart(p.node, p.start);
    range.setEnd(p.node, p.end);
    for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.height > 0) rects.push(r);
  }
  if (!rects.length) return null;
  const distance = (r: DOMRect) => (at ? Math.max(0, r.top - at.y, at.y - r.bottom) : 0);
  const line = at
    ? (rects.find((r) => contains(r, at)) ?? rects.reduce((a, b) => (distance(b) < distance(a) ? b : a)))
    : rects[0]!;
  // The pieces on that line (a name split by inline markup has several): one box.
  const same = rects.filter((r) => r.top < line.bottom && r.bottom > line.top);
  return {
    left: Math.min(...same.map((r) => r.left)),
    right: Math.max(...same.map((r) => r.right)),
    top: Math.min(...same.map((r) => r.top)),
    bottom: Math.max(...same.map((r) => r.bottom)),
  };
}
