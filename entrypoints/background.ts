import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCard } from '../lib/build-card';
import { mappedTextData } from '../lib/model/mapped-text';
import { localServices } from '../lib/normalize/local-services';
import type { AnalyzeReply, Message, StoredCard } from '../utils/messages';
import { isNotesMessage } from '../utils/messages';
import { notesReply, wireNoteCommands } from '../utils/notes-background';
import { SessionCards } from '../utils/session-cards';
import { wireToolbarBadge } from '../utils/toolbar-badge';

// Each tab's card for the popup: in memory, and in storage.session so it survives the worker being
// stopped; it never leaves the browser and is gone when the browser closes. A full session area never
// fails a card (utils/session-cards.ts). Made in main(): WXT runs this module's top level at build time.
let cards: SessionCards;

async function find(message: Extract<Message, { type: 'govlens:get' }>): Promise<StoredCard | null> {
  if (message.tabId !== undefined) return cards.byTab(message.tabId);
  if (message.url) return cards.byUrl(message.url);
  return null;
}

/** Builds the card here, away from the page's main thread, with the dictionaries this context holds. */
async function analyze(
  message: Extract<Message, { type: 'govlens:analyze' }>,
  tab: { id?: number; url?: string } | undefined,
): Promise<AnalyzeReply> {
  const { card, normalized, spans } = await buildCard(message.page, localServices);
  if (tab?.id !== undefined) {
    const stored: StoredCard = { tabId: tab.id, url: tab.url ?? card.url ?? '', card, at: Date.now() };
    await cards.put(stored);
  }
  return { card, normalized: mappedTextData(normalized.text), spans };
}

export default defineBackground(() => {
  cards = new SessionCards(browser.storage.session);
  browser.tabs.onRemoved.addListener((tabId) => {
    void cards.remove(tabId);
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as Message;
    if (message.type === 'govlens:analyze') return analyze(message, sender.tab);
    if (message.type === 'govlens:get') return find(message);
    if (message.type === 'govlens:convert') return localServices.convert(message.texts, message.to);
    if (isNotesMessage(message)) return notesReply(message, sender.tab, (id) => cards.byTab(id));
    return undefined;
  });
  wireNoteCommands();
  wireToolbarBadge();
});
