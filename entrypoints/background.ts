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

/**
 * Keeps a tab's card for the popup. storage.session holds 10 MB and a 2 MB page's card takes half:
 * when it is full, other tabs' cards go, oldest first. A card that cannot be kept still reaches its
 * page (the popup then offers to read the page again).
 */
async function keep(stored: StoredCard): Promise<void> {
  for (;;) {
    try {
      return await browser.storage.session.set({ [key(stored.tabId)]: stored });
    } catch {
      const all = (await browser.storage.session.get(null)) as Record<string, StoredCard>;
      const oldest = Object.entries(all)
        .filter(([k]) => k.startsWith('card:') && k !== key(stored.tabId))
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!oldest) return;
      await browser.storage.session.remove(oldest[0]);
    }
  }
}

/** Builds the card here, away from the page's main thread, with the dictionaries this context holds. */
async function analyze(
  message: Extract<Message, { type: 'govlens:analyze' }>,
  tab: { id?: number; url?: string } | undefined,
): Promise<AnalyzeReply> {
  const { card, normalized, spans } = await buildCard(message.page, localServices);
  if (tab?.id !== undefined) {
    await keep({ tabId: tab.id, url: tab.url ?? card.url ?? '', card, at: Date.now() });
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
