/**
 * The main job, as a new user runs it: serves the sample pages on 127.0.0.1, opens Chromium with the
 * built extension on the first sample page (headless where there is no display), prints the card the
 * extension made, and writes screenshots of the page and of the popup card.
 *
 *   npx tsx scripts/demo.ts [--page xuhui-epaper.html] [--port 8765] [--headed|--headless]
 */
import fs from 'node:fs';
import path from 'node:path';
import { toMarkdown } from '../lib/export/index';
import { launchChromium } from '../tests/e2e/browsers';
import { chromiumNoteExposer } from '../tests/e2e/driver';
import { badgeText, PAGES_DIR } from '../tests/e2e/pages';
import type { StoredCard } from '../utils/messages';
import { serveFolder } from './lib/static-server';

/** The extension API as the popup page sees it. */
interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const pageFile = opt('--page', 'xuhui-epaper.html');
const port = Number(opt('--port', '8765'));
const headed = args.includes('--headed') || (!args.includes('--headless') && !!process.env.DISPLAY);
const outDir = path.resolve('demo-output');
fs.mkdirSync(outDir, { recursive: true });

const server = await serveFolder(PAGES_DIR, port).catch(() => serveFolder(PAGES_DIR, 0));
console.log(
  `sample pages: ${server.origin}/ (${fs
    .readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .join(', ')})`,
);
const session = await launchChromium(undefined, !headed);
try {
  const page = await session.context.newPage();
  const url = server.url(pageFile);
  await page.goto(url);
  // The note lives in a closed shadow root: handed to the page's world to be read.
  const expose = chromiumNoteExposer(session.context, page);
  for (let i = 0; i < 200; i++) {
    await expose().catch(() => {});
    if (await page.evaluate(badgeText)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`page: ${url}\nextension on the page says: ${await page.evaluate(badgeText)}`);
  await page.screenshot({ path: path.join(outDir, 'page.png') });

  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(url)}`);
  await popup.waitForSelector('#card-title, #state');
  await popup.screenshot({ path: path.join(outDir, 'popup.png'), fullPage: true });
  const stored = (await popup.evaluate(
    (u) =>
      // In @webext-core/messaging's envelope (utils/messages.ts); the answer comes as { res } or { err }.
      (globalThis as unknown as ExtensionGlobal).chrome.runtime
        .sendMessage({ id: 0, type: 'govlens:get', data: { url: u }, timestamp: Date.now() })
        .then((answer) => (answer as { res?: unknown }).res ?? null),
    url,
  )) as StoredCard | null;
  if (!stored) throw new Error('the extension did not report a card for the page');
  fs.writeFileSync(path.join(outDir, 'card.json'), `${JSON.stringify(stored.card, null, 2)}\n`);
  const { body } = stored.card;
  console.log(`\n${toMarkdown(stored.card)}`);
  console.log(`正文 ${body.paragraphs.length} 段 ${body.text.length} 字：${body.text.slice(0, 80)}…\n`);
  console.log(`card JSON:   ${path.join(outDir, 'card.json')}`);
  console.log(`screenshots: ${path.join(outDir, 'page.png')}, ${path.join(outDir, 'popup.png')}`);
  if (headed) {
    console.log('\nChromium stays open with the extension loaded; press Ctrl-C to quit.');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      session.context.once('close', () => resolve());
    });
  }
} finally {
  await session.close().catch(() => {});
  await server.close();
}
