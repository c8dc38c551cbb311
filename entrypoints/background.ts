import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { localServices } from '../lib/normalize/local-services';
import type { Message, StoredCard } from '../utils/messages';

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

export default defineBackground(() => {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(key(tabId));
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = raw as Message;
    if (message.type === 'govlens:card') {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const stored: StoredCard = {
        tabId,
        url: sender.tab?.url ?? message.card.url ?? '',
        card: message.card,
        at: Date.now(),
      };
      return browser.storage.session.set({ [key(tabId)]: stored }).then(() => true);
    }
    if (message.type === 'govlens:get') return find(message);
    if (message.type === 'govlens:readings') return localServices.readings(message.chars);
    if (message.type === 'govlens:convert') return localServices.convert(message.texts, message.to);
    return undefined;
  });
});
