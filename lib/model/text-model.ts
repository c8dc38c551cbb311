import type { Block } from '../extract/blocks';

/** A part of a block's text: [start, end) in `block.text`. */
export interface BlockSlice {
  block: Block;
  start: number;
  end: number;
}

/** Characters of one DOM text node: [start, end) in `node.data`. */
export interface DomSpan {
  node: Text;
  start: number;
  end: number;
}

interface ModelPiece {
  node: Text;
  nodeStart: number;
  nodeEnd: number;
  start: number;
  end: number;
}

/**
 * The article as the page prints it: block slices joined by "\n", with every character mapped back to
 * the text node it came from. Later stages speak in spans of this text (through their own maps), and
 * `domSpans` turns any span into the exact page characters it covers.
 */
export class TextModel {
  readonly text: string;
  /** One range of `text` per slice, in order. */
  readonly lines: ReadonlyArray<{ start: number; end: number }>;
  private readonly pieces: ModelPiece[];

  private constructor(text: string, lines: Array<{ start: number; end: number }>, pieces: ModelPiece[]) {
    this.text = text;
    this.lines = lines;
    this.pieces = pieces;
  }

  static fromSlices(slices: readonly BlockSlice[]): TextModel {
    const parts: string[] = [];
    const lines: Array<{ start: number; end: number }> = [];
    const pieces: ModelPiece[] = [];
    let offset = 0;
    for (const { block, start, end } of slices) {
      if (end <= start) continue;
      if (parts.length) {
        parts.push('\n');
        offset += 1;
      }
      parts.push(block.text.slice(start, end));
      lines.push({ start: offset, end: offset + end - start });
      for (const p of block.pieces) {
        if (p.end <= start || p.start >= end) continue;
        const s = Math.max(p.start, start);
        const e = Math.min(p.end, end);
        const oneToOne = p.end - p.start === p.nodeEnd - p.nodeStart;
        pieces.push({
          node: p.node,
          nodeStart: oneToOne ? p.nodeStart + (s - p.start) : p.nodeStart,
          nodeEnd: oneToOne ? p.nodeStart + (e - p.start) : p.nodeEnd,
          start: offset + s - start,
          end: offset + e - start,
        });
      }
      offset += end - start;
    }
    return new TextModel(parts.join(''), lines, pieces);
  }

  /** The text nodes the model reads from, each once, in document order. */
  nodes(): Text[] {
    const seen = new Set<Text>();
    for (const p of this.pieces) seen.add(p.node);
    return [...seen];
  }

  /** The page characters behind [start, end) of `text`, one span per text node, in document order. */
  domSpans(start: number, end: number): DomSpan[] {
    const out: DomSpan[] = [];
    if (end <= start) return out;
    const ps = this.pieces;
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ps.length && ps[i]!.start < end; i++) {
      const p = ps[i]!;
      const s = Math.max(p.start, start);
      const e = Math.min(p.end, end);
      const oneToOne = p.end - p.start === p.nodeEnd - p.nodeStart;
      const nodeStart = oneToOne ? p.nodeStart + (s - p.start) : p.nodeStart;
      const nodeEnd = oneToOne ? p.nodeStart + (e - p.start) : p.nodeEnd;
      const last = out[out.length - 1];
      if (last && last.node === p.node && last.end === nodeStart) last.end = nodeEnd;
      else out.push({ node: p.node, start: nodeStart, end: nodeEnd });
    }
    return out;
  }

  /**
   * Where a point of the page (a selection's boundary: offset `offset` of text node `node`) falls in
   * `text`: for a start, the first character at or after it; for an end, just after the last one
   * before it. Null when the node is not part of the article or the point covers none of its text.
   */
  offsetAt(node: Node, offset: number, edge: 'start' | 'end'): number | null {
    let found: number | null = null;
    for (const p of this.pieces) {
      if (p.node !== node) continue;
      const oneToOne = p.end - p.start === p.nodeEnd - p.nodeStart;
      if (edge === 'start' && offset < p.nodeEnd)
        return oneToOne ? p.start + Math.max(0, offset - p.nodeStart) : p.start;
      if (edge === 'end' && offset > p.nodeStart)
        found = oneToOne ? p.start + Math.min(offset, p.nodeEnd) - p.nodeStart : p.end;
    }
    return found;
  }
}
