import type { Annotation, Colour } from '../lib/annotate/annotation';
import type { Card } from '../lib/card';
import type { MappedTextData } from '../lib/model/mapped-text';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { Script } from '../lib/normalize/services';
import type { PageText } from '../lib/page-text';
import type { EntityKind, EntitySpan } from '../lib/recognize/index';

/** Messages between the content script, the background and the popup. */
export type Message =
  /** Content script → background: build the card for this page (and keep it for the popup). */
  | { type: 'govlens:analyze'; page: PageText }
  /** Popup → background: the card kept for a tab, or for a page address. */
  | { type: 'govlens:get'; tabId?: number; url?: string }
  /** Content script → background: texts in the other script, for the in-page script switch. */
  | { type: 'govlens:convert'; texts: string[]; to: Script }
  /** Popup → content script: change the page (or just report how it is shown). */
  | { type: 'govlens:control'; action: PageAction };

export type PageAction =
  | { toggle: EntityKind }
  | { clear: true }
  | { script: ScriptMode }
  | { state: true }
  /** Scroll to an entity's first mention and flash it. */
  | { reveal: { kind: EntityKind; key: string } }
  /** Read the page again (重新分析). */
  | { reanalyze: true }
  /** The reader's highlights: report them (answered with NotesState), or change them. */
  | { notes: true }
  | NotesAction
  /** Hide every kind of highlight, or show them all again (a keyboard command). */
  | { toggleAll: true };

/** How the page is shown: the content script's answer to `govlens:control`. */
export interface PageState {
  script: ScriptMode | null;
  highlights: Array<{ kind: EntityKind; count: number; on: boolean }> | null;
  /** The reader's own highlights on the page. */
  notes?: NotesState;
}

/** The background's answer to `govlens:analyze`. */
export interface AnalyzeReply {
  card: Card;
  /** The main article's normalized text and its map to the article's raw text. */
  normalized: MappedTextData;
  /** Mentions of officials, places, organisations and policy phrases in card.body.text. */
  spans: EntitySpan[];
}

export interface StoredCard {
  tabId: number;
  url: string;
  card: Card;
  at: number;
}

// The reader's own highlights and notes (issue 14). Kept apart from the messages above so changes to
// those merge without touching these.

/** Content script → background: the reader's highlights in the library (IndexedDB of the extension). */
export type NotesMessage =
  | { type: 'govlens:notes:list'; url: string }
  /** Keeps a highlight; saves the tab's article first if the library does not have it. */
  | { type: 'govlens:notes:put'; annotation: Annotation }
  | { type: 'govlens:notes:remove'; url: string; id: string };

/** The background's answer to a NotesMessage: the article's highlights after it, or what went wrong. */
export type NotesReply = { ok: true; annotations: Annotation[] } | { ok: false; error: string };

/** What the popup and the background ask the content script about the reader's highlights. */
export type NotesAction =
  /** Highlight the page's selection in a colour; `note` opens the note field on it first. */
  | { highlightSelection: Colour | 'note' }
  | { revealNote: string }
  | { editNote: { id: string; note: string } }
  | { removeNote: string }
  /** Puts back a highlight just removed (the popup's undo). */
  | { restoreNote: Annotation };

/** A highlight as the page holds it: where it landed today, or that it was not found (未能定位). */
export interface NoteState {
  annotation: Annotation;
  /** Its place in today's normalized text: page order; null when orphaned. */
  at: number | null;
  via: 'position' | 'quote' | 'fuzzy' | null;
}

/** The content script's answer to a NotesAction or to `{ notes: true }` (see PageAction). */
export interface NotesState {
  notes: NoteState[];
  error: string | null;
}

export const isNotesMessage = (m: { type?: unknown }): m is NotesMessage =>
  typeof m.type === 'string' && m.type.startsWith('govlens:notes:');
