import { afterAll, beforeAll, describe } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { FIREFOX_UUID, type FirefoxSession, launchFirefox } from './browsers';
import { type Driver, puppeteerDriver } from './driver';
import { servePages } from './pages';
import { everyScenario } from './scenarios';

/** The built extension in Debian's Firefox ESR, its UI in English (the browser's en-US). */
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

  everyScenario(() => ({ driver, server }));
});
