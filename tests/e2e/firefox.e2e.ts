import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { FIREFOX_UUID, type FirefoxSession, launchFirefox, SHOTS } from './browsers';
import { badgeText, EXPECT, servePages } from './pages';

describe('the built extension in Firefox', () => {
  let server: StaticServer;
  let session: FirefoxSession;

  beforeAll(async () => {
    server = await servePages();
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function openSample(file: string) {
    const page = await session.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url(file));
    await page.waitForFunction(badgeText, { timeout: 15000 });
    return { page, errors, badge: await page.evaluate(badgeText) };
  }

  async function openPopupFor(file: string): Promise<Page> {
    const popup = await session.browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    // Firefox never reports this navigation as finished to puppeteer: fire it and wait for content.
    popup
      .goto(`moz-extension://${FIREFOX_UUID}/popup.html?url=${encodeURIComponent(server.url(file))}`)
      .catch(() => {});
    return popup;
  }

  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent);

  it('marks the article on an e-paper page and the popup shows its card', async () => {
    const { page, errors, badge } = await openSample(EXPECT.epaper.file);
    expect(badge).toContain('已识别文章');
    expect(badge).toContain(EXPECT.epaper.title);
    await page.screenshot({ path: path.join(SHOTS, 'firefox-epaper-page.png') });
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitForSelector('#card-title', { timeout: 15000 });
    expect(await text(popup, '#card-title')).toBe(EXPECT.epaper.title);
    await popup.screenshot({ path: path.join(SHOTS, 'firefox-epaper-popup.png') });
    expect(errors).toEqual([]);
  });

  it('shows title and date of a traditional-script page in simplified script', async () => {
    await openSample(EXPECT.eastday.file);
    const popup = await openPopupFor(EXPECT.eastday.file);
    await popup.waitForSelector('#card-title', { timeout: 15000 });
    expect(await text(popup, '#card-title')).toBe(EXPECT.eastday.title);
    expect(await text(popup, '#card-meta')).toContain(EXPECT.eastday.date);
  });

  it('says plainly when a page holds no article', async () => {
    const { badge } = await openSample(EXPECT.list.file);
    expect(badge).toContain('没有找到正文');
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const { page, badge, errors } = await openSample(EXPECT.csp.file);
    expect(badge).toContain(EXPECT.csp.title);
    await page.screenshot({ path: path.join(SHOTS, 'firefox-csp-page.png') });
    expect(errors).toEqual([]);
  });
});
