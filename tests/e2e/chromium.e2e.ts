import { afterAll, beforeAll, describe } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { type ChromiumSession, launchChromium } from './browsers';
import { type Driver, playwrightDriver } from './driver';
import { servePages } from './pages';
import { everyScenario } from './scenarios';

/** The built extension in Debian's Chromium, its UI in Chinese (the extension's default locale). */
describe('the built extension in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let driver: Driver;

  beforeAll(async () => {
    server = await servePages();
    session = await launchChromium();
    // What a user's click on a copy button grants; the popup page then reads the clipboard back.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    driver = playwrightDriver(session.context, session.extensionId);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  everyScenario(() => ({ driver, server }));
});
