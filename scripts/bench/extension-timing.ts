/**
 * `npm run bench:extension`: in real Chromium with the built e2e extension, the time from the
 * page's DOMContentLoaded (document_idle follows it) to the extension's highlights being painted,
 * and the long tasks (> 50 ms) seen on the page's main thread meanwhile. The sample pages run no
 * scripts of their own, so long tasks there are the extension's. A measurement, not a test.
 */
import { launchChromium } from '../../tests/e2e/browsers';
import { servePages } from '../../tests/e2e/pages';
import { median } from './timing';

const PAGES = [
  'hongkou-pinyin.html',
  'eastday-traditional.html',
  'xuhui-epaper.html',
  'changzhou-union.html',
];
const RUNS = Number(process.argv[2] ?? 5);

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
await session.close();
await server.close();
