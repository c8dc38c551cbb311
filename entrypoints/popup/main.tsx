import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PopupState, PopupView } from '../../components/CardView';
import { ExportBar, type ExportFormat } from '../../components/ExportBar';
import { PageControls } from '../../components/PageControls';
import { toJSON, toMarkdown, toText } from '../../lib/export/index';
import { copyText } from '../../utils/clipboard';
import type { Message, PageAction, PageState, StoredCard } from '../../utils/messages';
import './style.css';

/** Which tab the card is for: the active tab, or one named in the address (tests open the popup as a page). */
/** The tab a popup opened as a page stands for: by its address (tests), else the active tab. */
async function tabFor(url: string | null): Promise<number | undefined> {
  if (!url) return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // Compared as text: Firefox's match patterns take no port.
  return (await browser.tabs.query({})).find((t) => t.url === url)?.id;
}

async function target(): Promise<Extract<Message, { type: 'govlens:get' }>> {
  const params = new URLSearchParams(location.search);
  const url = params.get('url');
  if (url) return { type: 'govlens:get', url };
  const tab = params.get('tab');
  if (tab) return { type: 'govlens:get', tabId: Number(tab) };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { type: 'govlens:get', tabId: active?.id };
}

const control = (tabId: number, action: PageAction) =>
  browser.tabs.sendMessage(tabId, {
    type: 'govlens:control',
    action,
  } satisfies Message) as Promise<PageState>;

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const wanted = await target();
      const stored = (await browser.runtime.sendMessage(wanted)) as StoredCard | null;
      if (!stored) {
        const tabId = wanted.tabId ?? (await tabFor(wanted.url ?? null));
        setState({
          kind: 'unavailable',
          onRead: tabId === undefined ? undefined : () => void readPage(tabId),
        });
        return;
      }
      setState({ kind: 'card', card: stored.card });
      if (stored?.card.isArticle) {
        setTabId(stored.tabId);
        // The page may have been closed or reloaded since: then there is nothing to control.
        setPage(await control(stored.tabId, { state: true }).catch(() => null));
      }
    })().catch((e: unknown) =>
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  /** Reads a page outside the site list on the reader's request (activeTab), then shows its card. */
  const readPage = async (tabId: number) => {
    setState({ kind: 'loading' });
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      for (let i = 0; i < 50; i++) {
        const stored = (await browser.runtime.sendMessage({
          type: 'govlens:get',
          tabId,
        } satisfies Message)) as StoredCard | null;
        if (stored) {
          setState({ kind: 'card', card: stored.card });
          setTabId(tabId);
          setPage(await control(tabId, { state: true }).catch(() => null));
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      setState({ kind: 'error', message: '分析超时' });
    } catch (e) {
      setState({ kind: 'error', message: `无法读取此页：${e instanceof Error ? e.message : String(e)}` });
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
    const card = state.card;
    const text = format === 'markdown' ? toMarkdown(card) : format === 'text' ? toText(card) : toJSON(card);
    const label = { markdown: 'Markdown', text: '纯文本', json: 'JSON' }[format];
    copyText(text)
      .then(() => setCopied(`已复制 ${label}`))
      .catch((e: unknown) => setCopied(`复制失败：${e instanceof Error ? e.message : String(e)}`));
  };
  return (
    <>
      {page && <PageControls state={page} onAction={act} />}
      {state.kind === 'card' && state.card.isArticle && <ExportBar status={copied} onCopy={copy} />}
      <PopupView state={state} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
