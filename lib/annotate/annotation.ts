import { readSelectors, type Selectors } from './selectors';

/** The reader's highlight colours; each is painted in its own style (lib/highlight/note-painter.ts). */
export const COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type Colour = (typeof COLOURS)[number];

/** One highlight of the reader's, with its note, kept in the library with its article. */
export interface Annotation {
  id: string;
  /** The article's address without its #fragment (the library's key). */
  url: string;
  colour: Colour;
  /** The reader's note; empty for a plain highlight. */
  note: string;
  /** The characters as the page printed them, for quoting and for a link to the passage. */
  text: string;
  /** Over the article's normalized text. */
  selectors: Selectors;
  created: number;
  updated: number;
}

const isColour = (v: unknown): v is Colour => (COLOURS as readonly unknown[]).includes(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** An annotation read back from storage or a file: the right shape, or null. */
export function readAnnotation(v: unknown): Annotation | null {
  const a = v as Partial<Annotation> | null;
  if (!a || typeof a.id !== 'string' || !a.id || typeof a.url !== 'string') return null;
  const selectors = readSelectors(a.selectors);
  if (!selectors || typeof a.note !== 'string' || typeof a.text !== 'string') return null;
  if (!isTime(a.created) || !isTime(a.updated)) return null;
  return {
    id: a.id,
    url: a.url,
    colour: isColour(a.colour) ? a.colour : 'yellow',
    note: a.note,
    text: a.text,
    selectors,
    created: a.created,
    updated: a.updated,
  };
}

/** A new id: random, so two devices' highlights never collide when a library is imported. */
export function newAnnotationId(random: () => string = () => crypto.randomUUID()): string {
  return random();
}
