/**
 * `npm run bench:extension`: in real Chromium with the built e2e extension, the time from the
 * page's DOMContentLoaded (document_idle follows it) to the extension's highlights being painted,
 * and the long tasks (> 50 ms) seen on the page's main thread meanwhile. The sample pages run no
 * scripts of their own, so long tasks there are the extension's. A measurement, not a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/browsers';
import { longArticlePage } from '../../tests/e2e/long-page';
import { servePages } from '../../tests/e2e/pages';
import { serveFolder } from '../lib/static-server';
import { median } from './timing';

const PAGES = [
  'hongkou-pinyin.html',
  'eastday-traditional.html',
  'xuhui-epaper.html',
  'changzhou-union.html',
];
const RUNS = Number(process.argv[2] ?? 5);
/** Runs of the isolation measurement: each reads a 4,000-paragraph page (several seconds). */
const ISOLATION_RUNS = Number(process.argv[3] ?? 3);

/** Installed before the page's own scripts: records long tasks and the first frame with highlights. */
const PROBE = `
  window.__govlens = { long: [], painted: null, dcl: null };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__govlens.long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => { window.__govlens.dcl = performance.now(); });
  const tick = () => {
    if (CSS.highlights && CSS.highlights.size > 0) window.__govlens.painted = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

type Probe = { long: Array<[number, number]>; painted: number | null; dcl: number | null };
const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __govlens: Probe }).__govlens);
const whenPainted = (page: Page, timeout: number) =>
  page.waitForFunction(
    () => (window as unknown as { __govlens: Probe }).__govlens.painted !== null,
    undefined,
    { timeout },
  );

/**
 * One tab loads a 4,000-paragraph page; as soon as it has loaded, an ordinary page opens in a second
 * tab. Returns DOMContentLoaded → highlights painted of the second tab, and of the long page.
 */
async function beside(context: BrowserContext, longUrl: string, shortUrl: string): Promise<[number, number]> {
  const long = await context.newPage();
  const second = await context.newPage();
  await long.goto(longUrl);
  await second.goto(shortUrl);
  await whenPainted(second, 120000);
  const s = await probeOf(second);
  await whenPainted(long, 180000);
  const l = await probeOf(long);
  await long.close();
  await second.close();
  return [s.painted! - s.dcl!, l.painted! - l.dcl!];
}

const server = await servePages();
const session = await launchChromium();
await session.context.addInitScript(PROBE);
console.log(`EXTENSION TIMING: Chromium, built e2e extension, median of ${RUNS} loads per page`);
for (const file of PAGES) {
  const painted: number[] = [];
  const longTasks: number[] = [];
  let longest = 0;
  for (let i = 0; i < RUNS; i++) {
    const page = await session.context.newPage();
    await page.goto(server.url(file));
    await page.waitForFunction(
      () => (window as unknown as { __govlens: { painted: number | null } }).__govlens.painted !== null,
      undefined,
      { timeout: 20000 },
    );
    const r = await page.evaluate(
      () =>
        (window as unknown as { __govlens: { long: Array<[number, number]>; painted: number; dcl: number } })
          .__govlens,
    );
    painted.push(r.painted - r.dcl);
    const after = r.long.filter(([start]) => start >= r.dcl);
    longTasks.push(after.length);
    for (const [, d] of after) longest = Math.max(longest, d);
    await page.close();
  }
  console.log(
    `${file.padEnd(26)} DOMContentLoaded → highlights painted ${median(painted).toFixed(0)} ms; ` +
      `long tasks after DOMContentLoaded: ${longTasks.join(', ')} (longest ${longest.toFixed(0)} ms)`,
  );
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-bench-long-'));
fs.writeFileSync(path.join(dir, 'long-article.html'), longArticlePage(4000));
const longServer = await serveFolder(dir);
const second: number[] = [];
const longCard: number[] = [];
for (let i = 0; i < ISOLATION_RUNS; i++) {
  const [s, l] = await beside(
    session.context,
    longServer.url(`long-article.html?${i}`),
    server.url('strict-csp.html'),
  );
  second.push(s);
  longCard.push(l);
}
console.log(
  `second tab beside a 4,000-paragraph page: DOMContentLoaded → highlights painted ${median(second).toFixed(0)} ms ` +
    `(runs ${second.map((x) => x.toFixed(0)).join(', ')}); the long page's own ${median(longCard).toFixed(0)} ms ` +
    `(runs ${longCard.map((x) => x.toFixed(0)).join(', ')})`,
);
await longServer.close();
fs.rmSync(dir, { recursive: true, force: true });
await session.close();
await server.close();
