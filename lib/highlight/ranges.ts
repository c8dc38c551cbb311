import { fromMappedTextData, type MappedTextData } from '../model/mapped-text';
import type { DomSpan, TextModel } from '../model/text-model';
import type { EntityKind, EntitySpan } from '../recognize/index';
import { BATCH, runAtOnce, type Steps } from '../slices';

export interface EntityRanges {
  kind: EntityKind;
  key: string;
  /** Where the mention starts in the article's raw text: its place in reading order. */
  at: number;
  /** The page characters of one mention: one span per text node it crosses. */
  parts: DomSpan[];
}

/**
 * Mentions found in the normalized text, put back on the page's own characters: normalized →
 * raw article text (the normalization map) → text nodes (the text model). A mention across a
 * paragraph broken mid-word, or a name split by <span>s, gets every piece.
 */
export function entityRanges(
  spans: readonly EntitySpan[],
  normalized: MappedTextData,
  model: TextModel,
): EntityRanges[] {
  return runAtOnce(entityRangeSteps(spans, normalized, model));
}

/** entityRanges, pausing every few mentions (lib/slices.ts). */
export function* entityRangeSteps(
  spans: readonly EntitySpan[],
  normalized: MappedTextData,
  model: TextModel,
): Steps<EntityRanges[]> {
  const map = fromMappedTextData(normalized);
  yield;
  const out: EntityRanges[] = [];
  for (const [i, s] of spans.entries()) {
    if (i % BATCH === BATCH - 1) yield;
    const raw = map.toSource(s.start, s.end);
    const parts = model.domSpans(raw.start, raw.end);
    if (parts.length) out.push({ kind: s.kind, key: s.key, at: raw.start, parts });
  }
  return out;
}

/** The mention of an entity that comes first in the article's reading order. */
export function firstMention(
  entities: readonly EntityRanges[],
  kind: EntityKind,
  key: string,
): EntityRanges | null {
  let first: EntityRanges | null = null;
  for (const e of entities) if (e.kind === kind && e.key === key && (!first || e.at < first.at)) first = e;
  return first;
}
