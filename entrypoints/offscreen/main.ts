import { browser } from 'wxt/browser';
import { localEngine } from '../../utils/analysis-engine';
import { copyByCommand } from '../../utils/clipboard';
import { onMessage } from '../../utils/messages';
import { WORKER_SCRIPT } from '../../utils/worker-runner';

// Chromium's offscreen document: holds the analysis workers for the background's service worker,
// which cannot start them itself (utils/offscreen-engine.ts asks here).
const engine = localEngine(browser.runtime.getURL(WORKER_SCRIPT));
onMessage('govlens:job', ({ data }) => engine.run(data));
onMessage('govlens:cancel', ({ data }) => engine.cancel(data.tabId, data.frameId));
// The clipboard for the service worker, which has no document: the copy command works without focus.
onMessage('govlens:clipboard', ({ data }) => copyByCommand(data));
