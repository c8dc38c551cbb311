import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Annotation, Colour } from '../lib/annotate/annotation';
import type { Card } from '../lib/card';
import type { MappedTextData } from '../lib/model/mapped-text';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { Script } from '../lib/normalize/services';
import type { PageText } from '../lib/page-text';
import type { EntityKind, EntitySpan } from '../lib/recognize/index';

/**
 * Every message between the extension's contexts, with what it carries and what it is answered:
 * the content script, the background, the popup, the offscreen document (Chromium) and the analysis
 * workers. One map, so a sender and its receiver cannot disagree on a shape.
 */
export interface ProtocolMap {
  /** Content script → background: build the card for this page (and keep it for the popup). Null when
   *  the job was cancelled: the page asked again, moved on or was closed. */
  'govlens:analyze'(page: PageText): AnalyzeReply | null;
  /** Content script → background: this page is going away (reload, navigation): drop its analysis. */
  'govlens:leave'(): void;
  /** Popup → background: the card kept for a tab, or for a page address. */
  'govlens:get'(which: { tabId?: number; url?: string }): StoredCard | null;
  /** Popup → background: whether a tab's page (or a page address) is being analysed now, or waits to be. */
  'govlens:underway'(which: { tabId?: number; url?: string }): boolean;
  /** Content script → background: texts in the other script, for the in-page script switch. */
  'govlens:convert'(request: { texts: string[]; to: Script }): string[];
  /** Popup → content script: change the page (or just report how it is shown). */
  'govlens:control'(action: PageAction): PageState;
  /** Background → offscreen document (Chromium): run an analysis job for a tab's frame. */
  'govlens:job'(job: AnalysisJob): AnalyzeReply | null;
  /** Background → offscreen document (Chromium): cancel a tab's jobs (one frame's, when named). */
  'govlens:cancel'(which: { tabId: number; frameId?: number }): void;
  /** Background → offscreen document (Chromium): put this text on the clipboard. */
  'govlens:clipboard'(text: string): void;
  /** Popup, keyboard command or menu → background: copy a tab's card as Markdown. Answers what went
   *  wrong, or null when it is on the clipboard. */
  'govlens:copy-card'(tabId: number): string | null;
  // The reader's own highlights (issue 14): the library is in the extension's IndexedDB, which a
  // content script (in the page's origin) cannot open, so it asks the background.
  /** Content script → background: the reader's highlights of an article (its address without #fragment). */
  'govlens:notes:list'(url: string): NotesReply;
  /** Content script → background: keeps a highlight; saves the tab's article first if the library lacks it. */
  'govlens:notes:put'(annotation: Annotation): NotesReply;
  /** Content script → background: removes one of an article's highlights. */
  'govlens:notes:remove'(which: { url: string; id: string }): NotesReply;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** A page to analyse for a tab's frame: a newer job for the same frame replaces it. */
export interface AnalysisJob {
  tabId: number;
  frameId: number;
  page: PageText;
}

/** Background or offscreen document → analysis worker: the page to build a card for. */
export interface WorkerRequest {
  page: PageText;
}

/** Analysis worker → its host: the card, or why it could not be built. */
export type WorkerAnswer = { ok: true; reply: AnalyzeReply } | { ok: false; error: string };

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

// The reader's own highlights and notes (issue 14).

/** The background's answer to a `govlens:notes:*` message: the article's highlights after it, or what went wrong. */
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
