import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { FIREFOX_UUID, type FirefoxSession, launchFirefox, SHOTS } from './browsers';
import { type Driver, puppeteerDriver } from './driver';
import { libraryScenarios } from './library.flow';
import {
  badgeText,
  caretInto,
  clickBadge,
  clickScript,
  EXPECT,
  firstDifference,
  highlightCentre,
  hoverText,
  OFFICIAL_MENTIONS,
  pageSnapshot,
  pressedScript,
  readHighlights,
  SCRIPT_CASES,
  servePages,
} from './pages';

describe('the built extension in Firefox', () => {
  let server: StaticServer;
  let session: FirefoxSession;
  let driver: Driver;

  beforeAll(async () => {
    server = await servePages();
    session = await launchFirefox();
    driver = puppeteerDriver(session.browser, FIREFOX_UUID);
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
    // Firefox runs in English (en-US): the extension's English locale.
    expect(badge).toContain('Article found');
    expect(badge).toContain(EXPECT.epaper.title);
    await page.screenshot({ path: path.join(SHOTS, 'firefox-epaper-page.png') });
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitForSelector('#card-title', { timeout: 15000 });
    expect(await text(popup, '#card-title')).toBe(EXPECT.epaper.title);
    expect(await text(popup, 'body')).toMatch(/李强\s*中央政治局委员、市委书记×6/);
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
    expect(badge).toContain('这是列表页');
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const { page, badge, errors } = await openSample(EXPECT.csp.file);
    expect(badge).toContain(EXPECT.csp.title);
    await page.screenshot({ path: path.join(SHOTS, 'firefox-csp-page.png') });
    expect(errors).toEqual([]);
  });

  for (const c of SCRIPT_CASES) {
    it(`switches ${c.file} to 简体, 繁體 and back, leaving the page exactly as it was`, async () => {
      const { page, errors } = await openSample(c.file);
      const before = await page.evaluate(pageSnapshot);
      const includes = (p: string) => (document.body.textContent ?? '').includes(p);
      await page.evaluate(clickScript, 'simplified');
      await page.waitForFunction(includes, {}, c.simplified);
      await page.evaluate(clickScript, 'traditional');
      await page.waitForFunction(includes, {}, c.traditional);
      expect(await page.evaluate(() => document.body.textContent ?? '')).not.toContain(c.simplified);
      await page.screenshot({
        path: path.join(SHOTS, `firefox-traditional-${c.file.replace('.html', '')}.png`),
      });
      await page.evaluate(clickScript, 'original');
      await page.waitForFunction(
        () =>
          document
            .querySelector('govlens-badge')
            ?.shadowRoot?.querySelector('.scripts button[aria-pressed="true"]')
            ?.getAttribute('data-script') === 'original',
      );
      expect(firstDifference(before, await page.evaluate(pageSnapshot))).toBeNull();
      expect(errors).toEqual([]);
    });
  }

  it('remembers the script per site', async () => {
    const c = SCRIPT_CASES[1]!;
    const { page } = await openSample(c.file);
    const includes = (p: string) => (document.body.textContent ?? '').includes(p);
    await page.evaluate(clickScript, 'simplified');
    await page.waitForFunction(includes, {}, c.simplified);
    await page.reload();
    await page.waitForFunction(includes, { timeout: 15000 }, c.simplified);
    await page.waitForFunction(pressedScript);
    expect(await page.evaluate(pressedScript)).toBe('simplified');
    await page.evaluate(clickScript, 'original');
    await page.waitForFunction(includes, {}, c.traditional);
  });

  it("highlights officials, places and policy phrases on the page's own characters, and clears them", async () => {
    const { page, errors } = await openSample(EXPECT.epaper.file);
    const before = await page.evaluate(pageSnapshot);
    const h = await page.evaluate(readHighlights);
    expect(h['govlens-official']!.filter((t) => t === '李强').length).toBe(6);
    expect(h['govlens-official']).toContain('诸葛宇杰');
    expect(h['govlens-place']).toContain('凌云街道社区事务受理服务中心');
    expect(h['govlens-policy']).toContain('城市数字化转型');
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    expect((await page.evaluate(readHighlights))['govlens-official']).toBeUndefined();
    expect((await page.evaluate(readHighlights))['govlens-place']).toBeDefined();
    // The choice is kept for the next page: show officials again before clearing.
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('govlens-official'),
    );
    await page.evaluate(clickBadge, 'button[data-action="clear"]');
    expect(await page.evaluate(readHighlights)).toEqual({});
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(firstDifference(before, await page.evaluate(pageSnapshot))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('highlights a traditional page on its original characters, and again after a script switch', async () => {
    const { page } = await openSample('eastday-traditional.html');
    expect((await page.evaluate(readHighlights))['govlens-official']).toContain('李強');
    await page.evaluate(clickScript, 'simplified');
    await page.waitForFunction(() => (document.body.textContent ?? '').includes('让群众安心温暖过年'));
    await page.waitForFunction(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'govlens-official',
      );
      return !!h && [...h].some((r) => r.toString() === '李强');
    });
    await page.screenshot({ path: path.join(SHOTS, 'firefox-highlights-simplified.png') });
    await page.evaluate(clickScript, 'original');
  });

  it('shows the titles of an official when the pointer rests on a highlighted name, and Esc closes it', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    const at = await page.evaluate(highlightCentre, '诸葛宇杰');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.waitForFunction(hoverText, { timeout: 5000 });
    const card = await page.evaluate(hoverText);
    expect(card).toContain('诸葛宇杰');
    expect(card).toContain('市委常委、市委秘书长');
    await page.screenshot({ path: path.join(SHOTS, 'firefox-hover-official.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('govlens-badge')?.shadowRoot?.querySelector('.hover'),
    );
  });

  it('lets the popup toggle highlights and switch the page script', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitForSelector('.controls button[data-kind="official"]', { timeout: 15000 });
    await popup.click('.controls button[data-kind="official"]');
    await page.waitForFunction(
      () => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('govlens-official'),
    );
    // The choice holds on the next visit.
    await page.reload();
    await page.waitForFunction(badgeText);
    expect((await page.evaluate(readHighlights))['govlens-place']).toBeDefined();
    expect((await page.evaluate(readHighlights))['govlens-official']).toBeUndefined();
    await popup.click('.controls button[data-script="traditional"]');
    await page.waitForFunction(() =>
      (document.body.textContent ?? '').includes('中央政治局委員、市委書記李強'),
    );
    await popup.click('.controls button[data-script="original"]');
    await page.waitForFunction(() =>
      (document.body.textContent ?? '').includes('中央政治局委员、市委书记李强'),
    );
    await popup.click('.controls button[data-kind="official"]');
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('govlens-official'),
    );
  });

  it('reads a page again when its article arrives after it loaded', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('late-article.html'));
    await page.waitForFunction(
      () =>
        document
          .querySelector('govlens-badge')
          ?.shadowRoot?.textContent?.includes('滨江街道社区事务受理服务中心新址启用'),
      { timeout: 15000 },
    );
    const h = await page.evaluate(readHighlights);
    expect(h['govlens-official']).toContain('沈立群');
    expect(h['govlens-official']).toContain('许文涛');
  });

  it('shows the card for a mention under the keyboard caret', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    expect(await page.evaluate(caretInto, '城市数字化转型')).toBe(true);
    await page.waitForFunction(hoverText, { timeout: 5000 });
    expect(await page.evaluate(hoverText)).toContain('数字化');
    await page.keyboard.press('Escape');
  });

  it('reads a page outside its site list when the reader asks from the popup', async () => {
    const page = await session.browser.newPage();
    const file = `on-request/${EXPECT.csp.file}`;
    await page.goto(server.url(file));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(badgeText)).toBeNull();
    const popup = await openPopupFor(file);
    await popup.waitForSelector('#read-page', { timeout: 15000 });
    await popup.click('#read-page');
    await popup.waitForSelector('#card-title', { timeout: 15000 });
    expect(await text(popup, '#card-title')).toBe(EXPECT.csp.title);
    await page.waitForFunction(badgeText, { timeout: 15000 });
  });

  for (const [file, mentions] of Object.entries(OFFICIAL_MENTIONS)) {
    it(`highlights every mention of an official on ${file}, and places and policy phrases`, async () => {
      const { page, errors } = await openSample(file);
      const h = await page.evaluate(readHighlights);
      expect(h['govlens-official']?.length).toBe(mentions);
      expect(h['govlens-place']?.length).toBeGreaterThan(0);
      expect(h['govlens-policy']?.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });
  }

  describe('the popup card, the library and the clipboard', () => {
    libraryScenarios(() => ({ driver, server }));
  });
});
