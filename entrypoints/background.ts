import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { i18n } from '#i18n';
import { localServices } from '../lib/normalize/local-services';
import type { PageText } from '../lib/page-text';
import { type AnalysisEngine, localEngine } from '../utils/analysis-engine';
import { backgroundCopy, copyCard } from '../utils/copy-card';
import { type AnalyzeReply, onMessage, type StoredCard } from '../utils/messages';
import { notesReply, readTab, wireNoteCommands } from '../utils/notes-background';
import { offscreenEngine } from '../utils/offscreen-engine';
import { SessionCards } from '../utils/session-cards';
import { wireToolbarBadge } from '../utils/toolbar-badge';
import { WORKER_SCRIPT } from '../utils/worker-runner';

// Each tab's card for the popup: in memory, and in storage.session so it survives the worker being
// stopped; it never leaves the browser and is gone when the browser closes. A full session area never
// fails a card (utils/session-cards.ts). Made in main(): WXT runs this module's top level at build time.
let cards: SessionCards;
/** Builds cards in Web Workers: here in Firefox's background page, in an offscreen document in Chromium. */
let engine: AnalysisEngine;

/** The page's address without its fragment: a jump to an anchor is the same page. */
const pageOf = (url: string | undefined) => url?.replace(/#.*$/, '') ?? '';

/** The jobs under way, by tab and frame, with their page's address: a tab that moves elsewhere drops them. */
const underway = new Map<string, { tabId: number; frameId: number; url: string }>();

/** Builds a frame's card in the engine's queue, and keeps the top frame's for the popup; null if cancelled. */
async function analyze(
  page: PageText,
  sender: { tab?: { id?: number; url?: string }; frameId?: number; url?: string },
): Promise<AnalyzeReply | null> {
  const tabId = sender.tab?.id ?? -1;
  const frameId = sender.frameId ?? 0;
  const key = `${tabId}:${frameId}`;
  const job = { tabId, frameId, url: page.url ?? sender.url ?? '' };
  underway.set(key, job);
  try {
    const reply = await engine.run({ tabId, frameId, page });
    if (!reply) return null;
    if (tabId >= 0 && frameId === 0) {
      const url = sender.tab?.url ?? reply.card.url ?? '';
      await cards.put({ tabId, url, card: reply.card, at: Date.now() } satisfies StoredCard);
    }
    return reply;
  } finally {
    if (underway.get(key) === job) underway.delete(key);
  }
}

export default defineBackground(() => {
  cards = new SessionCards(browser.storage.session);
  engine =
    typeof Worker === 'function' ? localEngine(browser.runtime.getURL(WORKER_SCRIPT)) : offscreenEngine();
  browser.tabs.onRemoved.addListener((tabId) => {
    engine.cancel(tabId);
    void cards.remove(tabId);
  });
  // A tab gone to another page (a link, an address typed, a single-page app's pushState): its old
  // page's analysis is of no use any more.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    for (const job of underway.values())
      if (job.tabId === tabId && pageOf(job.url) !== pageOf(change.url)) engine.cancel(tabId, job.frameId);
  });
  onMessage('govlens:analyze', ({ data, sender }) => analyze(data, sender));
  // The page is going away (reload, navigation): the content script says so as it leaves.
  onMessage('govlens:leave', ({ sender }) => {
    if (sender.tab?.id !== undefined) engine.cancel(sender.tab.id, sender.frameId ?? 0);
  });
  onMessage('govlens:get', ({ data }) =>
    data.tabId !== undefined ? cards.byTab(data.tabId) : data.url ? cards.byUrl(data.url) : null,
  );
  onMessage('govlens:underway', ({ data }) =>
    [...underway.values()].some((job) =>
      data.tabId !== undefined ? job.tabId === data.tabId : pageOf(job.url) === pageOf(data.url),
    ),
  );
  onMessage('govlens:convert', ({ data }) => localServices.convert(data.texts, data.to));
  // The reader's own highlights (issue 14): answered here only, where the library can be opened.
  const cardOf = (tabId: number) => cards.byTab(tabId);
  onMessage('govlens:notes:list', ({ data }) => notesReply({ list: data }, undefined, cardOf));
  onMessage('govlens:notes:put', ({ data, sender }) => notesReply({ put: data }, sender.tab, cardOf));
  onMessage('govlens:notes:remove', ({ data }) => notesReply({ remove: data }, undefined, cardOf));
  // 复制为 Markdown from the keyboard command, the page menu or the popup.
  const copy = (tabId: number) =>
    copyCard(tabId, { cardOf, readTab, copy: backgroundCopy, noCard: i18n.t('notes.copyNoCard') });
  onMessage('govlens:copy-card', ({ data }) => copy(data));
  wireNoteCommands(copy);
  wireToolbarBadge();
});
