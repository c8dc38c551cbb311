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
let made: Promise<void> | null = null;
/**
 * Makes the offscreen document once (Chromium allows one per extension): home of the analysis
 * workers, and of the clipboard the service worker lacks (utils/background-clipboard.ts).
 */
export function offscreenReady(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome: { offscreen: Offscreen } }).chrome.offscreen;
  made ??= offscreen
    .createDocument({
      url: DOCUMENT,
      reasons: ['WORKERS', 'CLIPBOARD'],
      justification:
        'Analyses pages in Web Workers, away from the pages and the service worker; copies a card the reader asked for.',
    })
    // Already there: made by this worker before it was stopped and started again.
    .catch(() => undefined);
  return made;
}

/** Sends a message to the offscreen document, making it again once if the browser closed it. */
export async function toOffscreen<T>(send: () => Promise<T>): Promise<T> {
  await offscreenReady();
  try {
    return await send();
  } catch (e) {
    // The document is gone (the browser closed it): make it again, once. A failure there is passed on.
    if (!NO_RECEIVER.test(errorMessage(e))) throw e;
    made = null;
    await offscreenReady();
    return send();
  }
}

export function offscreenEngine(): AnalysisEngine {
  void offscreenReady();
  return {
    run: (job) => toOffscreen(() => sendMessage('govlens:job', job)),
    cancel: (tabId, frameId) => {
      void offscreenReady()
        .then(() => sendMessage('govlens:cancel', { tabId, frameId }))
        .catch(() => undefined);
    },
  };
}
