import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's browsers; tests never download their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROME_BUILD = path.resolve('.output/chrome-mv3-e2e');
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv3-e2e');

/** The add-on id in wxt.config.ts, and a fixed moz-extension:// host for it. */
export const GECKO_ID = 'govnews-lens@govlens.example';
export const FIREFOX_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';

export const SHOTS = path.resolve('test-results/screenshots');
fs.mkdirSync(SHOTS, { recursive: true });

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with the built extension. `locale` is the browser's UI language, which picks the
 * extension's messages (zh-CN: the Chinese default; en-US: the English locale).
 */
export async function launchChromium(
  extDir = CHROME_BUILD,
  headless = true,
  locale = 'zh-CN',
): Promise<ChromiumSession> {
  if (!fs.existsSync(path.join(extDir, 'manifest.json')))
    throw new Error(`no extension build in ${extDir}: run npm run build:e2e`);
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-chromium-'));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless,
    locale,
    // On Linux Chromium takes its UI language from the environment, not from --lang.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}

export interface FirefoxSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchFirefox(extDir = FIREFOX_BUILD): Promise<FirefoxSession> {
  if (!fs.existsSync(path.join(extDir, 'manifest.json')))
    throw new Error(`no extension build in ${extDir}: run npm run build:e2e`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(extDir);
  return { browser, close: () => browser.close() };
}
