import path from 'node:path';
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import type { StaticServer } from '../../scripts/lib/static-server';
import { GECKO_ID, SHOTS } from './browsers';
import { badgeText } from './pages';

/**
 * One browser tab as the shared e2e scenarios drive it, over Playwright (Chromium) or Puppeteer
 * (Firefox): the scenarios are written once and run in both browsers.
 */
export interface Tab {
  /** Uncaught errors of the page's own scripts and of the extension's content script, as they come. */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Moves the mouse pointer to a viewport point. */
  pointAt(x: number, y: number): Promise<void>;
  /** Clicks with the mouse at a viewport point. */
  clickAt(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  waitFor(selector: string, timeout?: number): Promise<void>;
  waitUntil<A>(fn: (arg: A) => unknown, arg: A, timeout?: number): Promise<void>;
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  text(selector: string): Promise<string>;
  texts(selector: string): Promise<string[]>;
  attribute(selector: string, name: string): Promise<string | null>;
  /** Emulates the system's dark theme; null where the driver cannot (Firefox over WebDriver BiDi). */
  dark: ((on: boolean) => Promise<void>) | null;
  screenshot(name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  browser: 'chromium' | 'firefox';
  /** The UI language the browser runs in, which picks the extension's messages. */
  locale: 'zh' | 'en';
  /** The extension's runtime id (public: the store id in Chromium, the add-on id in Firefox). */
  extensionId: string;
  /** An address inside the extension: popup.html, library.html. */
  extensionUrl(file: string): string;
  newTab(viewport?: { width: number; height: number }): Promise<Tab>;
}

const shot = (name: string) => path.join(SHOTS, `${name}.png`);

/** The global through which the page-side helpers (pages.ts) reach the note's closed shadow root. */
export const NOTE_GLOBAL = '__govlensNote';
const NOTE_HOST = '[data-govlens]';

/**
 * Polls a page function until it returns something truthy, giving the note to the page first (it may
 * appear, or the page may reload, while waiting).
 */
async function poll(
  expose: () => Promise<void>,
  check: () => Promise<unknown>,
  timeout: number,
  what: string,
): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    await expose().catch(() => {});
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`waitUntil: timed out after ${timeout} ms: ${what.slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The note's shadow root is closed to the page; the DevTools protocol still sees it, and hands it to the
 * page's world (as window.__govlensNote) for the tests' page functions. Chromium.
 */
export function chromiumNoteExposer(context: BrowserContext, page: PlaywrightPage): () => Promise<void> {
  const cdp = context.newCDPSession(page);
  return async () => {
    const session = await cdp;
    const { result } = await session.send('Runtime.evaluate', {
      expression: `document.querySelector('${NOTE_HOST}')`,
    });
    if (!result.objectId) return;
    const { node } = await session.send('DOM.describeNode', {
      objectId: result.objectId,
      depth: 1,
      pierce: true,
    });
    const root = node.shadowRoots?.[0];
    if (!root) return;
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () { window.${NOTE_GLOBAL} = this; }`,
    });
  };
}

export function playwrightDriver(context: BrowserContext, extensionId: string): Driver {
  const wrap = (page: PlaywrightPage): Tab => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const expose = chromiumNoteExposer(context, page);
    const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
      await expose().catch(() => {});
      return (await page.evaluate(fn as never, arg)) as T;
    };
    return {
      errors,
      goto: async (url) => void (await page.goto(url)),
      reload: async () => void (await page.reload()),
      pointAt: (x, y) => page.mouse.move(x, y),
      clickAt: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      waitFor: async (selector, timeout = 15000) => void (await page.waitForSelector(selector, { timeout })),
      waitUntil: (fn, arg, timeout = 15000) =>
        poll(expose, () => page.evaluate(fn as never, arg), timeout, String(fn)),
      evaluate,
      click: (selector) => page.click(selector),
      fill: (selector, value) => page.fill(selector, value),
      select: async (selector, value) => void (await page.selectOption(selector, value)),
      text: async (selector) => (await page.textContent(selector)) ?? '',
      texts: (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')),
      attribute: (selector, name) => page.getAttribute(selector, name),
      dark: (on) => page.emulateMedia({ colorScheme: on ? 'dark' : 'light' }),
      screenshot: async (name, fullPage = false) =>
        void (await page.screenshot({ path: shot(name), fullPage })),
      close: () => page.close(),
    };
  };
  return {
    browser: 'chromium',
    locale: 'zh',
    extensionId,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    newTab: async (viewport) => {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return wrap(page);
    },
  };
}

export function puppeteerDriver(browser: Browser, uuid: string): Driver {
  const wrap = (page: PuppeteerPage): Tab => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The note's shadow root is closed to the page; WebDriver BiDi serializes closed shadow trees on
    // request, and the shared node goes to the page's world for the tests' page functions.
    const bidi = (browser as unknown as { connection: { send(m: string, p: object): Promise<BidiReply> } })
      .connection;
    const expose = async () => {
      const target = { context: (page.mainFrame() as unknown as { _id: string })._id };
      const reply = await bidi.send('script.evaluate', {
        expression: `document.querySelector('${NOTE_HOST}')`,
        target,
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const sharedId = reply.result.result?.value?.shadowRoot?.sharedId;
      if (!sharedId) return;
      await bidi.send('script.callFunction', {
        functionDeclaration: `(root) => { window.${NOTE_GLOBAL} = root; }`,
        arguments: [{ sharedId }],
        target,
        awaitPromise: false,
      });
    };
    const evaluate = async <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> => {
      await expose().catch(() => {});
      return (await page.evaluate(fn as never, arg)) as T;
    };
    return {
      errors,
      reload: async () => void (await page.reload()),
      pointAt: (x, y) => page.mouse.move(x, y),
      clickAt: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key as never),
      goto: async (url) => {
        // Firefox never reports a moz-extension:// navigation as finished to puppeteer: fire it and
        // let the caller wait for content.
        if (!url.startsWith('moz-extension:')) return void (await page.goto(url));
        void page.goto(url).catch(() => {});
        // Wait for the document to change, so no later wait starts in the about:blank being left.
        // (page.url() is not updated either: ask the document.)
        const arrived = () => page.evaluate(() => location.protocol === 'moz-extension:').catch(() => false);
        for (let i = 0; i < 100 && !(await arrived()); i++) await new Promise((r) => setTimeout(r, 100));
      },
      waitFor: async (selector, timeout = 15000) => void (await page.waitForSelector(selector, { timeout })),
      waitUntil: (fn, arg, timeout = 15000) =>
        poll(expose, () => page.evaluate(fn as never, arg), timeout, String(fn)),
      evaluate,
      click: (selector) => page.click(selector),
      // Typing goes through key events, which carry no CJK text: set the value as an IME would, then
      // fire the input event the page listens to.
      fill: async (selector, value) => {
        await page.$eval(
          selector,
          (el, v) => {
            (el as HTMLInputElement).value = v;
            el.dispatchEvent(new Event('input', { bubbles: true }));
          },
          value,
        );
      },
      select: async (selector, value) => void (await page.select(selector, value)),
      text: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
      texts: (selector) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? '')),
      attribute: (selector, name) => page.$eval(selector, (el, n) => el.getAttribute(n), name),
      // Media emulation needs CDP, which Firefox does not speak; the dark theme is checked in Chromium.
      dark: null,
      screenshot: async (name, fullPage = false) =>
        void (await page.screenshot({ path: shot(name), fullPage })),
      close: () => page.close(),
    };
  };
  return {
    browser: 'firefox',
    locale: 'en',
    extensionId: GECKO_ID,
    extensionUrl: (file) => `moz-extension://${uuid}/${file}`,
    newTab: async (viewport) => {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      return wrap(page);
    },
  };
}

interface BidiReply {
  result: { result?: { value?: { shadowRoot?: { sharedId?: string } } } };
}

/** What every scenario runs against: a browser with the extension, and the sample pages' server. */
export interface E2EEnv {
  driver: Driver;
  server: StaticServer;
}

/** Opens a sample page and waits for the extension's note on it. */
export async function openSample({ driver, server }: E2EEnv, file: string): Promise<Tab> {
  const tab = await driver.newTab();
  await tab.goto(server.url(file));
  await tab.waitUntil(badgeText, undefined);
  return tab;
}

/** The popup, opened as a page for the tab showing `pageUrl` (tests cannot click the toolbar button). */
export async function openPopup({ driver }: E2EEnv, pageUrl: string, height = 600): Promise<Tab> {
  const popup = await driver.newTab({ width: 400, height });
  await popup.goto(driver.extensionUrl(`popup.html?url=${encodeURIComponent(pageUrl)}`));
  return popup;
}
