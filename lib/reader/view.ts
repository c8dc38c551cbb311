import { type Anchoring, anchor } from '../annotate/anchor';
import type { Annotation, Colour } from '../annotate/annotation';
import type { Card, DocumentInfo } from '../card';
import type { MentionKind } from '../recognize/mentions';
import type { ArticleMeta } from '../store/schema';
import { entityMarks, type Mark } from './marks';

/** A stretch of text with the same marks: what the reader view prints as one text node. */
export interface Run {
  text: string;
  /** The entity mentioned here, if any (mentions never overlap). */
  entity?: { kind: MentionKind; key: string };
  /** The reader's highlights covering it, oldest first; the newest is drawn on top. */
  highlights?: Array<{ id: string; colour: Colour }>;
  /** Set on the run where a highlight starts: the place its note is linked from. */
  starts?: string[];
}

/** A highlight of the reader's as the reader view lists it: where it stands, or 未能定位. */
export interface ReaderNote {
  annotation: Annotation;
  /** Offsets in the normalized text; null when its text is no longer found (未能定位). */
  at: { start: number; end: number } | null;
  via: (Anchoring & { status: 'anchored' })['via'] | null;
}

export interface ReaderModel {
  url: string;
  title: string | null;
  subtitle: string | null;
  date: string | null;
  source: string | null;
  authors: string[];
  savedAt: number;
  document: DocumentInfo | null;
  paragraphs: Run[][];
  /** Highlights in text order, those not found last (oldest first). */
  notes: ReaderNote[];
  /** Mentions marked per kind. */
  counts: Partial<Record<MentionKind, number>>;
  tags: string[];
  note: string;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Cuts `text` into paragraphs (at "\n") of runs at every mark's edge: linear in the text plus the
 * marks (edges are sorted once).
 */
export function runs(
  text: string,
  marks: readonly Mark[],
  highlights: ReadonlyArray<Span & { id: string; colour: Colour }>,
): Run[][] {
  const edges = new Set<number>([0, text.length]);
  for (const m of [...marks, ...highlights]) {
    edges.add(m.start);
    edges.add(m.end);
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    edges.add(i);
    edges.add(i + 1);
  }
  const cuts = [...edges].filter((e) => e >= 0 && e <= text.length).sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const paragraphs: Run[][] = [[]];
  let mi = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    const piece = text.slice(from, to);
    if (piece === '\n') {
      paragraphs.push([]);
      continue;
    }
    while (mi < byStart.length && byStart[mi]!.end <= from) mi++;
    const m = byStart[mi];
    const run: Run = { text: piece };
    if (m && m.start <= from && to <= m.end) run.entity = { kind: m.kind, key: m.key };
    // Highlights are few (a reader's own): each checked at each cut.
    const over = highlights.filter((h) => h.start <= from && to <= h.end);
    if (over.length) run.highlights = over.map(({ id, colour }) => ({ id, colour }));
    const starts = highlights.filter((h) => h.start === from).map((h) => h.id);
    if (starts.length) run.starts = starts;
    paragraphs[paragraphs.length - 1]!.push(run);
  }
  return paragraphs.filter((p) => p.length > 0);
}

/**
 * What the reader view shows of a saved article: its fields, its normalized text with the entities
 * marked and the reader's highlights put back on it (by the same selectors the page uses), and the
 * highlights listed, those whose text is gone as 未能定位.
 */
export function readerModel(
  saved: { url: string; savedAt: number; card: Card },
  annotations: readonly Annotation[],
  meta: ArticleMeta | null,
): ReaderModel {
  const { card } = saved;
  const text = card.body.text;
  const notes: ReaderNote[] = annotations.map((annotation) => {
    const found = anchor(text, annotation.selectors);
    return found.status === 'anchored'
      ? { annotation, at: { start: found.start, end: found.end }, via: found.via }
      : { annotation, at: null, via: null };
  });
  notes.sort(
    (a, b) =>
      (a.at?.start ?? Number.POSITIVE_INFINITY) - (b.at?.start ?? Number.POSITIVE_INFINITY) ||
      a.annotation.created - b.annotation.created,
  );
  const placed = notes.flatMap((n) =>
    n.at
      ? [{ ...n.at, id: n.annotation.id, colour: n.annotation.colour, created: n.annotation.created }]
      : [],
  );
  placed.sort((a, b) => a.created - b.created);
  const marks = entityMarks(card);
  const counts: ReaderModel['counts'] = {};
  for (const m of marks) counts[m.kind] = (counts[m.kind] ?? 0) + 1;
  return {
    url: saved.url,
    title: card.title,
    subtitle: card.subtitle,
    date: card.date,
    source: card.source,
    authors: card.authors,
    savedAt: saved.savedAt,
    document: card.document,
    paragraphs: runs(text, marks, placed),
    notes,
    counts,
    tags: meta?.tags ?? [],
    note: meta?.note ?? '',
  };
}
