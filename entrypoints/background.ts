import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { buildCard } from '../lib/build-card';
import { mappedTextData } from '../lib/model/mapped-text';
import { localServices } from '../lib/normalize/local-services';
import type { AnalyzeReply, Message, StoredCard } from '../utils/messages';

// Cards live in storage.session: they survive the worker being stopped, never leave the browser,
// and are gone when the browser closes.
const key = (tabId: number) => `card:${tabId}`;

async function find(message: Extract<Message, { type: 'govlens:get' }>): Promise<StoredCard | null> {
  if (message.tabId !== undefined) {
    const got = await browser.storage.session.get(key(message.tabId));
    return (got[key(message.tabId)] as StoredCard | undefined) ?? null;
  }
  if (message.url) {
    const all = await browser.storage.session.get(null);
    const matches = Object.values(all as Record<string, StoredCard>).filter((s) => s.url === message.url);
    return matches.sort((a, b) => b.at - a.at)[0] ?? null;
  }
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
    await browser.storage.session.set({ [key(tab.id)]: stored });
  }
  return { card, normalized: mappedTextData(normalized.text), spans };
}

export default defineBackground(() => {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(key(tabId));
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as Message;
    if (message.type === 'govlens:analyze') return analyze(message, sender.tab);
    if (message.type === 'govlens:get') return find(message);
    if (message.type === 'govlens:convert') return localServices.convert(message.texts, message.to);
    return undefined;
  });
});
