import { toMarkdown } from '../lib/export/index';
import { copyText } from './clipboard';
import { errorMessage } from './error-message';
import { type StoredCard, sendMessage } from './messages';
import { toOffscreen } from './offscreen-engine';

/** Writes text to the clipboard from the background: its own page in Firefox, the offscreen document in Chromium. */
export function backgroundCopy(text: string): Promise<void> {
  if (typeof document !== 'undefined') return copyText(text);
  // A service worker has no document to copy from.
  return toOffscreen(() => sendMessage('govlens:clipboard', text));
}

/** How long a page the reader asked to copy may take to be read first. */
const READ_WAIT_MS = 20_000;
const POLL_MS = 200;

export interface CopyCardDeps {
  cardOf(tabId: number): Promise<StoredCard | null>;
  /** Reads a page the extension has not read (a command or menu click grants activeTab). */
  readTab(tabId: number): Promise<unknown>;
  copy(text: string): Promise<void>;
  /** The reader's words for a page without an article card. */
  noCard: string;
}

/**
 * Copies a tab's card as Markdown, as the popup's button does, for the keyboard command and the page
 * menu: reads the page first when it has no card yet. Null when copied, else what went wrong.
 */
export async function copyCard(tabId: number, deps: CopyCardDeps): Promise<string | null> {
  try {
    let stored = await deps.cardOf(tabId);
    if (!stored) {
      await deps.readTab(tabId).catch(() => undefined);
      for (const end = Date.now() + READ_WAIT_MS; !stored && Date.now() < end; ) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        stored = await deps.cardOf(tabId);
      }
    }
    if (!stored?.card.isArticle) return deps.noCard;
    await deps.copy(toMarkdown(stored.card));
    return null;
  } catch (e) {
    return errorMessage(e);
  }
}
