import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server';
import { bigPortalPage } from './big-portal';
import { type E2EEnv, openPopup, openSample } from './driver';
import { badgeText } from './pages';

/**
 * How late a timer the page sets every 5 ms may come while the extension reads a 1.7 MB page again.
 * The read runs in slices of about 10 ms (lib/slices.ts), within RAIL's 50 ms per task
 * (web.dev/articles/rail) on an idle machine; on the test machine (2 cores shared with other runs, load
 * about 12) every task stretches several times. Read in one piece, the timer came 1.4–1.8 s late there
 * (Chromium and Firefox); sliced, 0.3–0.55 s.
 */
const HEARTBEAT_GAP_MS = 800;

// Run in the page, so each stands alone.
const highlighted = (text: string) => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values()) for (const r of h) if (r.toString() === text) return true;
  return false;
};
/** The same in the page's first frame, where the article is printed. */
const highlightedInFrame = (text: string) => {
  const win = document.querySelector('iframe')?.contentWindow as unknown as {
    CSS: { highlights: Map<string, Set<Range>> };
  } | null;
  if (!win) return false;
  for (const h of win.CSS.highlights.values()) for (const r of h) if (r.toString() === text) return true;
  return false;
};
const noteSays = (t: string) =>
  !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote
    ?.querySelector('.badge')
    ?.textContent?.includes(t);

/** Starts recording the page's long tasks (where the browser reports them) and how late a 5 ms timer comes. */
const startProbe = () => {
  const probe = { long: [] as number[], gaps: [] as number[], supported: false };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.long.push(e.duration);
    }).observe({ type: 'longtask' });
    probe.supported = true;
  } catch {
    // Firefox has no Long Tasks API: the timer below stands in.
  }
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    probe.gaps.push(now - last);
    last = now;
  }, 5);
};
const readProbe = () =>
  (window as unknown as { __probe: { long: number[]; gaps: number[]; supported: boolean } }).__probe;

/**
 * Articles that come late or change: injected while a clock ticks, shown by a style change, a live
 * blog's updates, framed in a same-origin iframe; and a big page read without holding up the page.
 * The same scenarios in Chromium and Firefox.
 */
export function lateScenarios(env: () => E2EEnv) {
  const name = () => env().driver.browser;

  it('reads an article injected while a header clock ticks every 100 ms', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('clock-late-article.html'));
    await page.waitUntil(noteSays, '松岚区召开防汛防台工作部署会', 15000);
    await page.waitUntil(highlighted, '邵雨晴');
    expect(await page.evaluate(highlighted, '韩立峰')).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads an article the page shows by a style change (display: none → block)', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('revealed-article.html'));
    await page.waitUntil(highlighted, '梁思远', 15000);
    expect(await page.evaluate(highlighted, '邵雨晴')).toBe(true);
    expect(await page.evaluate(badgeText, undefined)).toContain('松岚区老旧小区加装电梯补贴标准公布');
    await page.close();
  });

  it('follows a live blog past its fifth update', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('live-blog.html'));
    await page.waitUntil(highlighted, '冯德明');
    await page.waitUntil(
      () => (window as unknown as { __liveUpdates: number }).__liveUpdates === 6,
      undefined,
    );
    // The sixth update names the speaker: read again after it, like the five before.
    await page.waitUntil(highlighted, '邵雨晴', 15000);
    await page.close();
  });

  it('reads the article of a same-origin iframe when the page itself holds none', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('iframe-article.html'));
    await page.waitUntil(noteSays, '松岚区召开优化营商环境工作推进会', 15000);
    await page.waitUntil(highlightedInFrame, '程俊杰');
    expect(await page.evaluate(highlightedInFrame, '韩立峰')).toBe(true);
    const popup = await openPopup(env(), env().server.url('iframe-article.html'));
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe('松岚区召开优化营商环境工作推进会');
    await popup.close();
    await page.close();
  });

  it('leaves an article in a cross-origin iframe alone', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('iframe-cross-origin.html'));
    // The page is read (its card kept for the popup): no article, so no note either.
    const popup = await openPopup(env(), env().server.url('iframe-cross-origin.html'));
    await popup.waitFor('#state[data-state="no-article"]');
    // Past the time the extension gives frames to load.
    await new Promise((r) => setTimeout(r, 3500));
    expect((await page.evaluate(badgeText, undefined)) ?? '').not.toContain(
      '松岚区召开优化营商环境工作推进会',
    );
    expect(await popup.text('#state')).not.toContain('松岚区召开优化营商环境工作推进会');
    await popup.close();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("reads a 1.7 MB page in slices, never holding the page's own timers for long", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-big-'));
    fs.writeFileSync(path.join(dir, 'big-portal.html'), bigPortalPage());
    const server = await serveFolder(dir);
    try {
      const page = await openSample({ ...env(), server }, 'big-portal.html');
      await page.waitUntil(highlighted, '邵雨晴', 30000);
      // The page has loaded and been read: from here on, what holds its thread is the extension. The page
      // moves to another address (as a single-page app does), and the extension reads it again, all
      // in the foreground (Firefox runs a background tab's timers once a second).
      await new Promise((r) => setTimeout(r, 1000));
      await page.evaluate(startProbe, undefined);
      await page.evaluate(() => {
        const w = window as unknown as { __painted: unknown };
        w.__painted = (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get(
          'govlens-official',
        );
        history.pushState(null, '', '?page=2');
      }, undefined);
      await page.waitUntil(
        () => {
          const now = (CSS as unknown as { highlights: Map<string, unknown> }).highlights.get(
            'govlens-official',
          );
          return !!now && now !== (window as unknown as { __painted: unknown }).__painted;
        },
        undefined,
        30000,
      );
      await new Promise((r) => setTimeout(r, 1000));
      const probe = await page.evaluate(readProbe, undefined);
      const longest = Math.max(0, ...probe.long);
      const gap = Math.max(0, ...probe.gaps);
      const blocked = probe.gaps.reduce((n, g) => n + Math.max(0, g - 50), 0);
      console.log(
        `${name()}: reading a 1.7 MB page again after a move: long tasks ${probe.supported ? `${probe.long.length}, longest ${longest.toFixed(0)} ms` : 'not reported'}; ` +
          `5 ms timer latest ${gap.toFixed(0)} ms, blocked ${blocked.toFixed(0)} ms`,
      );
      expect(gap).toBeLessThanOrEqual(HEARTBEAT_GAP_MS);
      await page.close();
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
}
