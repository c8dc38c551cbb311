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

  at(node: Node, offset: number): EntityRanges | null {
    const list = this.byNode.get(node as Text);
    return list?.find((x) => offset >= x.start && offset < x.end)?.entity ?? null;
  }
}

/** The text node and offset under a viewport point, in either browser's API. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
