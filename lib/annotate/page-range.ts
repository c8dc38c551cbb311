import type { MappedText } from '../model/mapped-text';
import type { DomSpan, TextModel } from '../model/text-model';

/** A span of the article's normalized text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The normalized characters standing for raw article characters [rawStart, rawEnd). */
export function fromSource(map: MappedText, rawStart: number, rawEnd: number): TextSpan | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < map.text.length; i++) {
    // Inserted characters (a joining space) stand for nothing: they neither open nor close a span.
    if (map.ends[i]! <= map.starts[i]!) continue;
    if (map.ends[i]! > rawStart && map.starts[i]! < rawEnd) {
      if (start < 0) start = i;
      end = i + 1;
    }
  }
  return start < 0 ? null : { start, end };
}

/**
 * The part of a page selection that lies in the article, as a span of its normalized text: the
 * selection's first and last article text nodes, at the selection's offsets where they hold its ends.
 */
export function selectionSpan(range: Range, model: TextModel, map: MappedText): TextSpan | null {
  if (range.collapsed) return null;
  let rawStart: number | null = null;
  let rawEnd: number | null = null;
  for (const node of model.nodes()) {
    if (!range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    const s = model.offsetAt(node, from, 'start');
    const e = model.offsetAt(node, to, 'end');
    if (s !== null && e !== null && s < e) {
      if (rawStart === null) rawStart = s;
      rawEnd = e;
    }
  }
  if (rawStart === null || rawEnd === null || rawEnd <= rawStart) return null;
  return fromSource(map, rawStart, rawEnd);
}

/** The page characters of a span of the normalized text, one span per text node. */
export function pageSpans(span: TextSpan, model: TextModel, map: MappedText): DomSpan[] {
  const raw = map.toSource(span.start, span.end);
  return model.domSpans(raw.start, raw.end);
}

/** The article's raw characters (as the page printed them when read) of a normalized span. */
export function printedText(span: TextSpan, model: TextModel, map: MappedText): string {
  const raw = map.toSource(span.start, span.end);
  return model.text.slice(raw.start, raw.end);
}
