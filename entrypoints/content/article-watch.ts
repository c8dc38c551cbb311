import {
  isMaterial,
  measureChanges,
  type TextChange,
  VISIBILITY_ATTRIBUTES,
} from '../../lib/extract/changes';
import type { Lifetime } from './lifetime';

/**
 * How long the page must be quiet after a material change before it is read again, and the longest a
 * stream of changes (a live blog, an animation) may put that off. Unrelated changes (a clock ticking
 * every 100 ms) are not material and put nothing off.
 */
const WATCH = { quietMs: 500, maxWaitMs: 2000, maxIdleMs: 16000 };

/**
 * Pages that load, grow or show their article after document_idle (single-page apps, live blogs,
 * WeChat's hidden #js_content, an article framed in a same-origin iframe): when the text a reader sees
 * has changed materially (lib/extract/changes.ts), `again` reads the page; it says whether the
 * article was found changed. Readings that find nothing new space out the next ones (up to
 * maxIdleMs), so a page that keeps shuffling text costs little. Our UI carries `ignore`; the script
 * switch writes character data, which is not watched.
 */
export function watchArticle(
  lifetime: Lifetime,
  ignore: string,
  again: () => Promise<boolean>,
): { rebase(): void } {
  let since: TextChange = { net: 0, replaced: 0, toggled: 0 };
  let first = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle = 0;
  let busy = false;
  const fire = async () => {
    timer = undefined;
    if (!lifetime.alive) return;
    if (busy) return schedule();
    busy = true;
    since = { net: 0, replaced: 0, toggled: 0 };
    first = 0;
    try {
      idle = (await again()) ? 0 : Math.min(WATCH.maxIdleMs, Math.max(WATCH.quietMs, idle * 2));
    } finally {
      busy = false;
    }
  };
  const schedule = () => {
    const now = Date.now();
    if (!first) first = now;
    clearTimeout(timer);
    // Quiet for a moment, but no later than maxWaitMs after the first change; later when idle.
    const at = Math.min(now + WATCH.quietMs, first + WATCH.maxWaitMs) + idle;
    timer = setTimeout(() => void fire(), Math.max(0, at - now));
  };
  const observer = new MutationObserver((records) => {
    const c = measureChanges(records, ignore);
    since = {
      net: since.net + c.net,
      replaced: Math.max(since.replaced, c.replaced),
      toggled: since.toggled + c.toggled,
    };
    if (isMaterial(since) && (c.net || c.replaced || c.toggled)) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
    attributeOldValue: true,
  });
  // A framed article arrives with its frame's load, which changes nothing in this document.
  lifetime.listen(
    document,
    'load',
    (e: Event) => {
      const t = e.target as Element | null;
      if (t && (t.tagName === 'IFRAME' || t.tagName === 'FRAME')) schedule();
    },
    { capture: true },
  );
  lifetime.onEnd(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return {
    // After the page was read for another reason (a navigation, the reader's request): count from there.
    rebase() {
      since = { net: 0, replaced: 0, toggled: 0 };
      first = 0;
      idle = 0;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
