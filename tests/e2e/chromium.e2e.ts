import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { type ChromiumSession, launchChromium, SHOTS } from './browsers';
import { badgeText, EXPECT, servePages } from './pages';

describe('the built extension in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await servePages();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openSample(file: string) {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url(file));
    await page.waitForFunction(badgeText, undefined, { timeout: 15000 });
    return { page, errors, badge: await page.evaluate(badgeText) };
  }

  async function openPopupFor(file: string) {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(
      `chrome-extension://${session.extensionId}/popup.html?url=${encodeURIComponent(server.url(file))}`,
    );
    return popup;
  }

  it('marks the article on an e-paper page and the popup shows its card', async () => {
    const { page, errors, badge } = await openSample(EXPECT.epaper.file);
    expect(badge).toContain('已识别文章');
    expect(badge).toContain(EXPECT.epaper.title);
    await page.screenshot({ path: path.join(SHOTS, 'chromium-epaper-page.png') });
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitForSelector('#card-title');
    expect(await popup.textContent('#card-title')).toBe(EXPECT.epaper.title);
    expect(await popup.textContent('body')).toContain('本页其他文章');
    await popup.screenshot({ path: path.join(SHOTS, 'chromium-epaper-popup.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows title and date of a traditional-script page in simplified script', async () => {
    await openSample(EXPECT.eastday.file);
    const popup = await openPopupFor(EXPECT.eastday.file);
    await popup.waitForSelector('#card-title');
    expect(await popup.textContent('#card-title')).toBe(EXPECT.eastday.title);
    expect(await popup.textContent('#card-meta')).toContain(EXPECT.eastday.date);
    await popup.screenshot({ path: path.join(SHOTS, 'chromium-eastday-popup.png'), fullPage: true });
  });

  it('says plainly when a page holds no article', async () => {
    const { badge, errors } = await openSample(EXPECT.list.file);
    expect(badge).toContain('没有找到正文');
    const popup = await openPopupFor(EXPECT.list.file);
    await popup.waitForSelector('#state');
    expect(await popup.textContent('#state')).toContain('没有找到正文');
    expect(errors).toEqual([]);
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const { page, badge, errors } = await openSample(EXPECT.csp.file);
    expect(badge).toContain(EXPECT.csp.title);
    await page.screenshot({ path: path.join(SHOTS, 'chromium-csp-page.png') });
    expect(errors).toEqual([]);
  });
});
