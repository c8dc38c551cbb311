import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { Annotation } from '../lib/annotate/annotation';
import { Library } from '../lib/store/library';
import { errorMessage } from './error-message';
import { type NotesReply, type PageAction, type StoredCard, sendMessage } from './messages';

/**
 * The background's side of the reader's highlights: the library lives in the extension's IndexedDB,
 * which a content script (in the page's origin) cannot open, so it asks here.
 */
let opened: Promise<Library> | null = null;
const library = () => {
  opened ??= Library.open().catch((e: unknown) => {
    opened = null;
    throw e;
  });
  return opened;
};

/** What a `govlens:notes:*` message asks of the library. */
export type NotesRequest =
  | { list: string }
  /** Keeps a highlight; saves the tab's article first if the library does not have it. */
  | { put: Annotation }
  | { remove: { url: string; id: string } };

export async function notesReply(
  request: NotesRequest,
  tab: { id?: number } | undefined,
  cardOf: (tabId: number) => Promise<StoredCard | null>,
): Promise<NotesReply> {
  try {
    const lib = await library();
    let url: string;
    if ('list' in request) url = request.list;
    else if ('put' in request) {
      url = request.put.url;
      const stored = tab?.id === undefined ? null : await cardOf(tab.id);
      await lib.putAnnotation(request.put, stored?.card);
    } else {
      const { url: of, id } = request.remove;
      const all = await lib.annotations(of);
      await lib.removeAnnotation(id);
      return { ok: true, annotations: all.filter((a) => a.id !== id) };
    }
    return { ok: true, annotations: await lib.annotations(url) };
  } catch (e) {
    return { ok: false, error: errorMessage(e) };
  }
}

/** Keyboard commands (manifest `commands`) and context-menu entries that act on the page's selection. */
export const NOTE_COMMANDS: Record<string, PageAction> = {
  'highlight-selection': { highlightSelection: 'yellow' },
  'note-selection': { highlightSelection: 'note' },
  'toggle-highlights': { toggleAll: true },
};

/** 分析此页: on any page, the context menu reads it. */
const ANALYZE_MENU = 'analyze-page';
/** 复制为 Markdown: the command and the page menu copy the card, as the popup's button does. */
const COPY_CARD = 'copy-card';

/** Reads a page the extension does not run on by itself (the command or menu click grants activeTab). */
export const readTab = async (tabId: number) => {
  // Asked for: the page's note shows its answer even when the page holds no article.
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => {
      (globalThis as { __govlensAsked?: boolean }).__govlensAsked = true;
    },
  });
  return browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
};

/**
 * Sends a command's action to the content script of a tab; on a page it does not run on by itself,
 * reads the page first (the script hears the action at once and answers once the page is read).
 */
export function sendToTab(tabId: number | undefined, action: PageAction): void {
  if (tabId === undefined) return;
  // No content script in the tab: no answer, and sendMessage rejects.
  const send = () => sendMessage('govlens:control', action, tabId);
  void send()
    .catch(() => readTab(tabId).then(send))
    .catch(() => undefined);
}

/**
 * Wires the commands and the context menus (分析此页, 复制为 Markdown; 高亮所选 / 添加批注 on a
 * selection). `copyCard` copies a tab's card.
 */
export function wireNoteCommands(copyCard: (tabId: number) => unknown): void {
  const activeTab = async (tab: { id?: number } | undefined) =>
    tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command === COPY_CARD) {
      const id = await activeTab(tab);
      if (id !== undefined) copyCard(id);
      return;
    }
    const action = NOTE_COMMANDS[command];
    if (action) sendToTab(await activeTab(tab), action);
  });
  const menus = browser.contextMenus;
  if (!menus) return;
  // Made once per install or update, each time from scratch (an id made twice is an error).
  browser.runtime.onInstalled.addListener(async () => {
    await menus.removeAll();
    menus.create({
      id: 'highlight-selection',
      title: i18n.t('notes.menuHighlight'),
      contexts: ['selection'],
    });
    menus.create({ id: ANALYZE_MENU, title: i18n.t('notes.menuAnalyze'), contexts: ['page'] });
    menus.create({ id: COPY_CARD, title: i18n.t('notes.menuCopyCard'), contexts: ['page'] });
    menus.create({
      id: 'note-selection',
      title: i18n.t('notes.menuNote'),
      contexts: ['selection'],
    });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANALYZE_MENU && tab?.id !== undefined) {
      // The menu click grants activeTab: the page is read as when the reader asks from the popup.
      void readTab(tab.id).catch(() => undefined);
      return;
    }
    if (info.menuItemId === COPY_CARD && tab?.id !== undefined) {
      copyCard(tab.id);
      return;
    }
    const action = NOTE_COMMANDS[String(info.menuItemId)];
    if (action) sendToTab(tab?.id, action);
  });
}
