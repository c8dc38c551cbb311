import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCard } from '../lib/build-card';
import { mappedTextData } from '../lib/model/mapped-text';
import { localServices } from '../lib/normalize/local-services';
import { errorMessage } from '../utils/error-message';
import type { WorkerAnswer, WorkerRequest } from '../utils/messages';

/**
 * The analysis thread: a dedicated Web Worker started by the background (Firefox) or the offscreen
 * document (Chromium), one job at a time. Built as a classic script: WXT's unlisted scripts are IIFEs,
 * which every browser runs as a worker.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
    postMessage(answer: WorkerAnswer): void;
  };
  scope.onmessage = async (e) => {
    try {
      const { card, normalized, spans } = await buildCard(e.data.page, localServices);
      scope.postMessage({ ok: true, reply: { card, normalized: mappedTextData(normalized.text), spans } });
    } catch (err) {
      scope.postMessage({ ok: false, error: errorMessage(err) });
    }
  };
});
