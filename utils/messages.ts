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
  | { reanalyze: true };

/** How the page is shown: the content script's answer to `govlens:control`. */
export interface PageState {
  script: ScriptMode | null;
  highlights: Array<{ kind: EntityKind; count: number; on: boolean }> | null;
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
