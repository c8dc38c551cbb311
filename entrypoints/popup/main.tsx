import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PopupState, PopupView } from '../../components/CardView';
import type { Message, StoredCard } from '../../utils/messages';
import './style.css';

/** Which tab the card is for: the active tab, or one named in the address (tests open the popup as a page). */
async function target(): Promise<Extract<Message, { type: 'govlens:get' }>> {
  const params = new URLSearchParams(location.search);
  const url = params.get('url');
  if (url) return { type: 'govlens:get', url };
  const tab = params.get('tab');
  if (tab) return { type: 'govlens:get', tabId: Number(tab) };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { type: 'govlens:get', tabId: active?.id };
}

function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  useEffect(() => {
    (async () => {
      const stored = (await browser.runtime.sendMessage(await target())) as StoredCard | null;
      setState(stored ? { kind: 'card', card: stored.card } : { kind: 'unavailable' });
    })().catch((e: unknown) =>
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  return <PopupView state={state} />;
}

render(<Popup />, document.getElementById('app')!);
