import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';
import { type E2EEnv, openPopup } from './driver';
import { longArticlePage } from './long-page';
import { badgeText, EXPECT } from './pages';

/** How long a 4,000-paragraph page may take to get its card (a few seconds; the machine is shared). */
const LONG_PAGE_MS = 45000;
/**
 * How long after its tab was opened a page whose text is past the size limit may take to say so:
 * the page's own DOM walk of 7,000 paragraphs, then no analysis at all. Measured 2–4 s.
 */
const TOO_LONG_MS = 20000;

/**
 * Waits until the popup says the page is being analysed: its job is in the background's queue. A popup
 * opened while the page's own DOM walk is still going finds no job yet (and says so): open it again.
 * False once the page has its card: the analysis ended before a popup could see it.
 */
async function whenAnalysing(env: E2EEnv, url: string): Promise<boolean> {
  const end = Date.now() + LONG_PAGE_MS;
  const seen = new Set<string>();
  for (;;) {
    const popup = await openPopup(env, url);
    try {
      await popup.waitFor('#state:not([data-state="loading"]), #card-title', LONG_PAGE_MS);
      const state = await popup.evaluate(
        () => document.querySelector('#state')?.getAttribute('data-state') ?? 'card',
        undefined,
      );
      if (state === 'analysing') return true;
      if (state === 'card') return false;
      seen.add(state);
    } finally {
      await popup.close();
    }
    if (Date.now() > end)
      throw new Error(
        `${url}: never seen in the background's queue (the popup said ${[...seen].join(', ')})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** How many times the two long pages are opened afresh when one had its card before it was seen queued. */
const QUEUE_TRIES = 6;

/** What the note and the popup say about a page past the size limit, in each browser's locale. */
const TOO_LONG = { zh: '远超任何文章的长度', en: 'far beyond any article' };

/**
 * Each tab's analysis on its own: a tab closed or gone elsewhere mid-analysis leaves no card behind
 * and holds up no one; a page past any article's size says so instead of being analysed.
 */
export function isolationScenarios(env: () => E2EEnv) {
  let dir: string;
  let pages: StaticServer;
  const name = () => env().driver.browser;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-isolation-'));
    fs.writeFileSync(path.join(dir, 'long-article.html'), longArticlePage(4000));
    // About 0.98 million characters, just under the limit: the page the others wait behind, long
    // enough that its analysis is still running when they leave, however fast the engine has become.
    fs.writeFileSync(path.join(dir, 'longest-article.html'), longArticlePage(5800));
    // About 1.18 million characters of article text: past the limit of a million (lib/page-size.ts).
    fs.writeFileSync(path.join(dir, 'too-long.html'), longArticlePage(7000));
    pages = await serveFolder(dir);
  });
  afterAll(async () => {
    await pages?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('drops the analysis of a tab closed or gone elsewhere mid-way: no stale card, and the page waiting behind it goes on', async () => {
    const closed = await env().driver.newTab();
    const moved = await env().driver.newTab();
    const next = await env().driver.newTab();
    let closedUrl = '';
    let movedUrl = '';
    try {
      // Both long pages sent to the background; one is analysed, the other waits for the long-page
      // thread. Which is first is the tabs' race, and a slow popup may find the first, or both, with
      // their cards already: the pages are then opened again at fresh addresses. What is tested is what
      // happens to jobs still running, so the test goes on only once both were seen in the queue.
      for (let attempt = 1; ; attempt++) {
        closedUrl = pages.url(`longest-article.html?closed-${attempt}`);
        movedUrl = pages.url(`longest-article.html?moved-${attempt}`);
        await closed.goto(closedUrl);
        await moved.goto(movedUrl);
        if ((await whenAnalysing(env(), closedUrl)) && (await whenAnalysing(env(), movedUrl))) break;
        if (attempt === QUEUE_TRIES)
          throw new Error(
            `the long pages had their cards before both were seen in the queue, ${attempt} times`,
          );
        console.log(`${name()}: a long page had its card before it was seen in the queue; again`);
      }
      await next.goto(pages.url('long-article.html?next'));
      const left = Date.now();
      await closed.close();
      await moved.goto(env().server.url(EXPECT.csp.file));
      await moved.waitUntil(badgeText, undefined, LONG_PAGE_MS);
      expect(await moved.evaluate(badgeText, undefined)).toContain(EXPECT.csp.title);
      // The page that waited behind them: by the time it has its card, theirs would have been made too.
      await next.waitUntil(badgeText, undefined, LONG_PAGE_MS);
      console.log(`${name()}: the waiting long page's note ${Date.now() - left} ms after the others left`);
      expect(await next.evaluate(badgeText, undefined)).toContain('临江区2024年社区养老服务工作情况汇编');
      // No card was kept for either page that left: their jobs were dropped, not finished.
      for (const url of [closedUrl, movedUrl]) {
        const popup = await openPopup(env(), url);
        // Once the popup has asked the background (it starts at "loading").
        await popup.waitFor('#state:not([data-state="loading"])');
        expect(await popup.attribute('#state', 'data-state'), url).toBe('unavailable');
        await popup.close();
      }
      // The tab that moved shows its new page, in the note and in the popup.
      const popup = await openPopup(env(), env().server.url(EXPECT.csp.file));
      await popup.waitFor('#card-title');
      expect(await popup.text('#card-title')).toBe(EXPECT.csp.title);
      await popup.close();
      expect(moved.errors).toEqual([]);
      expect(next.errors).toEqual([]);
    } finally {
      await closed.close().catch(() => {});
      await moved.close();
      await next.close();
    }
  }, 150000);

  it('says a page is past any article’s size instead of analysing it, in the note and the popup', async () => {
    const tab = await env().driver.newTab();
    const url = pages.url('too-long.html');
    try {
      const opened = Date.now();
      await tab.goto(url);
      await tab.waitUntil(badgeText, undefined, TOO_LONG_MS);
      console.log(`${name()}: the too-long page's note ${Date.now() - opened} ms after it was opened`);
      const words = TOO_LONG[env().driver.locale];
      expect(await tab.evaluate(badgeText, undefined)).toContain(words);
      const popup = await openPopup(env(), url);
      await popup.waitFor('#state[data-state="no-article"]');
      expect(await popup.text('#state')).toContain(words);
      await popup.close();
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 60000);
}
