import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { i18n } from '#i18n';
import { type Folds, type PopupState, PopupView, type RelatedArticle } from '../../components/CardView';
import { ExportBar, type ExportFormat, type ExportStatus } from '../../components/ExportBar';
import { LibraryBar, type SaveState } from '../../components/LibraryBar';
import { libraryMessage } from '../../components/library-messages';
import { NotesList } from '../../components/NotesList';
import { PageControls } from '../../components/PageControls';
import type { Annotation } from '../../lib/annotate/annotation';
import type { Card } from '../../lib/card';
import { toJSON, toMarkdown, toText } from '../../lib/export/index';
import { exportNotes, type NotedArticle } from '../../lib/export/notes';
import { Library } from '../../lib/store/library';
import { copyText } from '../../utils/clipboard';
import { type PageAction, type PageState, type StoredCard, sendMessage } from '../../utils/messages';
import { useStoredTemplate } from '../../utils/notes-template';
import { restrictionOf } from '../../utils/page-access';
import './style.css';

/** Which folding sections of the card the reader left open; the rest stay folded. */
const foldsItem = storage.defineItem<Folds>('local:popup:sections', { fallback: {} });

import { errorMessage } from '../../utils/error-message';

/**
 * The page the popup is for: the active tab, or, when the popup is opened as a page (tests, the
 * library's links), the tab named by `?tab=` or the page named by `?url=`.
 */
async function target(): Promise<{ tabId?: number; url?: string; byUrl: boolean }> {
  const params = new URLSearchParams(location.search);
  const url = params.get('url');
  if (url) {
    // Compared as text: Firefox's match patterns take no port.
    const tab = (await browser.tabs.query({})).find((t) => t.url === url);
    return { tabId: tab?.id, url, byUrl: true };
  }
  const tabParam = params.get('tab');
  if (tabParam) {
    const tab = await browser.tabs.get(Number(tabParam)).catch(() => undefined);
    return { tabId: Number(tabParam), url: tab?.url, byUrl: false };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id, url: active?.url, byUrl: false };
}

/** The card the background keeps for the page: by address when the popup was named one, else by tab. */
async function storedCard(t: { tabId?: number; url?: string; byUrl?: boolean }): Promise<StoredCard | null> {
  return sendMessage('govlens:get', t.byUrl ? { url: t.url } : { tabId: t.tabId });
}

/** How often the popup looks again while the page is being analysed. */
const ANALYSING_POLL_MS = 300;

/**
 * The card once the background has made it, when the page is being analysed now (a long page, or one
 * waiting behind it): `onWaiting` is told meanwhile. Null when no analysis of the page is under way.
 */
async function cardWhenAnalysed(
  t: { tabId?: number; url?: string; byUrl?: boolean },
  onWaiting: () => void,
): Promise<StoredCard | null> {
  const which = t.byUrl ? { url: t.url } : { tabId: t.tabId };
  while (await sendMessage('govlens:underway', which)) {
    onWaiting();
    await new Promise((r) => setTimeout(r, ANALYSING_POLL_MS));
    const stored = await storedCard(t);
    if (stored) return stored;
  }
  // Finished (or dropped) between two looks: the card is kept before the job is let go.
  return storedCard(t);
}

const control = (tabId: number, action: PageAction): Promise<PageState> =>
  sendMessage('govlens:control', action, tabId);

/**
 * A page whose own script is still reading it (a long DOM walk) has no job in the background yet: its
 * script answers once that reading, analysis included, is done. Null when the tab runs no script.
 */
async function cardAfterReading(
  t: { tabId?: number; url?: string; byUrl?: boolean },
  onWaiting: () => void,
): Promise<StoredCard | null> {
  if (t.tabId === undefined) return null;
  try {
    await control(t.tabId, { state: true });
  } catch {
    return null;
  }
  return (await storedCard(t)) ?? cardWhenAnalysed(t, onWaiting);
}

const EXPORTERS: Record<ExportFormat, (card: Card) => string> = {
  markdown: (card) => toMarkdown(card),
  text: (card) => toText(card),
  json: (card) => toJSON(card),
};

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [copied, setCopied] = useState<ExportStatus | null>(null);
  const [library, setLibrary] = useState<Library | null>(null);
  const [save, setSave] = useState<SaveState | null>(null);
  const [related, setRelated] = useState<RelatedArticle[] | null>(null);
  const [folds, setFolds] = useState<Folds | null>(null);
  useEffect(() => {
    void foldsItem.getValue().then(setFolds);
  }, []);
  const fold = (id: string, open: boolean) => {
    if ((folds?.[id] ?? false) === open) return;
    const next = { ...folds, [id]: open };
    setFolds(next);
    void foldsItem.setValue(next);
  };
  /** The highlight just deleted, for 撤销. */
  const [removed, setRemoved] = useState<Annotation | null>(null);
  const [notesCopied, setNotesCopied] = useState<ExportStatus | null>(null);
  const template = useStoredTemplate();

  /** Shows a card, then what the page and the library have to say about it. */
  const show = async (stored: StoredCard) => {
    setState({ kind: 'card', card: stored.card });
    setTabId(stored.tabId);
    setPageUrl(stored.url);
    if (!stored.card.isArticle) return;
    // The page may have been closed or reloaded since: then there is nothing to control.
    setPage(await control(stored.tabId, { state: true }).catch(() => null));
    try {
      const lib = await Library.open();
      setLibrary(lib);
      setSave((await lib.has(stored.url)) ? { kind: 'saved', justNow: false } : { kind: 'unsaved' });
      setRelated(await lib.related(stored.card, stored.url));
    } catch (e) {
      setSave({ kind: 'failed', message: libraryMessage(e) });
    }
  };

  useEffect(() => {
    (async () => {
      const t = await target();
      const waiting = () => setState({ kind: 'loading', analysing: true });
      const stored =
        (await storedCard(t)) ?? (await cardWhenAnalysed(t, waiting)) ?? (await cardAfterReading(t, waiting));
      if (stored) return show(stored);
      const why = restrictionOf(t.url);
      if (why) return setState({ kind: 'restricted', why });
      setState({
        kind: 'unavailable',
        onRead: t.tabId === undefined ? undefined : () => void readPage(t.tabId!),
      });
    })().catch((e: unknown) => setState({ kind: 'error', message: errorMessage(e) }));
  }, []);

  /** Reads a page outside the site list on the reader's request (activeTab), then shows its card. */
  const readPage = async (tabId: number) => {
    setState({ kind: 'loading' });
    try {
      // Marks the reading as asked for: the page's note shows its answer even when it holds no article.
      await browser.scripting.executeScript({
        target: { tabId },
        func: () => {
          (globalThis as { __govlensAsked?: boolean }).__govlensAsked = true;
        },
      });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      for (let i = 0; i < 50; i++) {
        const stored = await storedCard({ tabId });
        if (stored) return await show(stored);
        await new Promise((r) => setTimeout(r, 200));
      }
      setState({ kind: 'error', message: i18n.t('state.readTimeout') });
    } catch (e) {
      setState({
        kind: 'error',
        message: i18n.t('state.cannotRead', [errorMessage(e)]),
      });
    }
  };

  // The page moved to another article (a single-page app) or was read again while the popup is open:
  // show the card the background now keeps for the tab.
  useEffect(() => {
    if (tabId === null) return;
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      const next = changes[`card:${tabId}`]?.newValue as StoredCard | undefined;
      if (next) void show(next);
    };
    browser.storage.session.onChanged.addListener(listener);
    return () => browser.storage.session.onChanged.removeListener(listener);
  }, [tabId]);

  /** 重新分析: the page is read again, and its new card shown. */
  const reanalyze = async () => {
    if (tabId === null) return;
    setState({ kind: 'loading' });
    try {
      await control(tabId, { reanalyze: true });
      const stored = await storedCard({ tabId });
      if (stored) return await show(stored);
      setState({ kind: 'error', message: i18n.t('state.readTimeout') });
    } catch (e) {
      setState({ kind: 'error', message: i18n.t('state.cannotRead', [errorMessage(e)]) });
    }
  };

  const act = (action: PageAction) => {
    if (tabId === null) return;
    control(tabId, action)
      .then(setPage)
      .catch(() => setPage(null));
  };

  const copy = (format: ExportFormat) => {
    if (state.kind !== 'card') return;
    copyText(EXPORTERS[format](state.card))
      .then(() => setCopied({ ok: true, format }))
      .catch((e: unknown) => setCopied({ ok: false, format, error: errorMessage(e) }));
  };

  const removeNote = (id: string) => {
    const gone = page?.notes?.notes.find((n) => n.annotation.id === id)?.annotation ?? null;
    setRemoved(gone);
    act({ removeNote: id });
  };

  const copyNotes = (format: ExportFormat) => {
    if (state.kind !== 'card' || !page?.notes) return;
    const article: NotedArticle = {
      title: state.card.title,
      url: pageUrl ?? state.card.url ?? '',
      date: state.card.date,
      source: state.card.source,
    };
    const notes = page.notes.notes.map((n) => ({ annotation: n.annotation, orphaned: n.at === null }));
    copyText(exportNotes(format, [{ article, notes }], template))
      .then(() => setNotesCopied({ ok: true, format }))
      .catch((e: unknown) => setNotesCopied({ ok: false, format, error: errorMessage(e) }));
  };

  const saveCard = async () => {
    if (state.kind !== 'card' || !library || !pageUrl) return;
    setSave({ kind: 'saving' });
    try {
      await library.save(state.card, pageUrl);
      setSave({ kind: 'saved', justNow: true });
    } catch (e) {
      setSave({ kind: 'failed', message: libraryMessage(e) });
    }
  };

  const openLibrary = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  };

  const isArticle = state.kind === 'card' && state.card.isArticle;
  return (
    <>
      <LibraryBar
        save={isArticle ? save : null}
        onSave={isArticle ? () => void saveCard() : undefined}
        onOpenLibrary={openLibrary}
        onReanalyze={state.kind === 'card' && tabId !== null ? () => void reanalyze() : undefined}
      />
      {isArticle && page?.notes && (
        <NotesList
          state={page.notes}
          onReveal={(id) => act({ revealNote: id })}
          onSaveNote={(id, note) => act({ editNote: { id, note } })}
          onRemove={removeNote}
          onUndo={
            removed
              ? () => {
                  act({ restoreNote: removed });
                  setRemoved(null);
                }
              : null
          }
          copied={notesCopied}
          onCopy={copyNotes}
        />
      )}
      <PopupView
        state={state}
        related={related}
        onReveal={page ? (name) => act({ reveal: { kind: 'official', key: name } }) : undefined}
        folds={folds ?? undefined}
        onFold={folds ? fold : undefined}
      />
      {page && <PageControls state={page} card={state.kind === 'card' ? state.card : null} onAction={act} />}
      {isArticle && <ExportBar status={copied} onCopy={copy} />}
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
