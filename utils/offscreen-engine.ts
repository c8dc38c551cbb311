import type { AnalysisEngine } from './analysis-engine';
import { errorMessage } from './error-message';
import { sendMessage } from './messages';

/** What this code uses of Chromium's chrome.offscreen (109+), which the polyfill's types lack. */
interface Offscreen {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

const DOCUMENT = 'offscreen.html';
/** Chromium's words (and @webext-core/messaging's) when no context answers a message. */
const NO_RECEIVER =
  /Receiving end does not exist|Could not establish connection|message port closed|No response/;

/**
 * The analysis engine for Chromium, whose MV3 background is a service worker without Web Workers:
 * the queue and its workers live in an offscreen document (entrypoints/offscreen/), made once and
 * asked through messages.
 */
export function offscreenEngine(): AnalysisEngine {
  const offscreen = (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;
  let made: Promise<void> | null = null;
  const ready = () => {
    made ??= offscreen
      .createDocument({
        url: DOCUMENT,
        reasons: ['WORKERS'],
        justification: 'Analyses pages in Web Workers, away from the pages and the service worker.',
      })
      // Already there: made by this worker before it was stopped and started again.
      .catch(() => undefined);
    return made;
  };
  void ready();
  return {
    run: async (job) => {
      await ready();
      try {
        return await sendMessage('govlens:job', job);
      } catch (e) {
        // The document is gone (the browser closed it): make it again, once. A failed analysis is
        // passed on as it is.
        if (!NO_RECEIVER.test(errorMessage(e))) throw e;
        made = null;
        await ready();
        return sendMessage('govlens:job', job);
      }
    },
    cancel: (tabId, frameId) => {
      void ready()
        .then(() => sendMessage('govlens:cancel', { tabId, frameId }))
        .catch(() => undefined);
    },
  };
}
