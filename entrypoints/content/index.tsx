import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '../../assets/sites';
import { StatusBadge } from '../../components/StatusBadge';
import { analyzeDocument } from '../../lib/analyze';
import type { Card } from '../../lib/card';
import type { Message } from '../../utils/messages';
import { remoteServices } from '../../utils/remote-services';
import './style.css';

/** Our own UI carries this attribute, so the engine never reads it as page text. */
const UI_ATTRIBUTE = 'data-govlens';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    let card: Card | null = null;
    let error: string | null = null;
    try {
      const analysis = await analyzeDocument(document, {
        url: location.href,
        ignoreAttribute: UI_ATTRIBUTE,
        services: remoteServices,
      });
      card = analysis.card;
      await browser.runtime.sendMessage({ type: 'govlens:card', card: analysis.card } satisfies Message);
    } catch (e) {
      // Never throw into the page: report in our own UI and stay quiet otherwise.
      error = e instanceof Error ? e.message : String(e);
    }
    const ui = await createShadowRootUi(ctx, {
      name: 'govlens-badge',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      onMount(container, _shadow, host) {
        host.setAttribute(UI_ATTRIBUTE, '');
        const close = () => ui.remove();
        render(<StatusBadge card={card} error={error} onClose={close} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
