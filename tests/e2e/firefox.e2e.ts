import { afterAll, beforeAll, describe } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { FIREFOX_UUID, type FirefoxSession, launchFirefox } from './browsers';
import { controlScenarios } from './controls.flow';
import { documentScenarios } from './documents.flow';
import { type Driver, puppeteerDriver } from './driver';
import { hostileScenarios } from './hostile.flow';
import { isolationScenarios } from './isolation.flow';
import { lateScenarios } from './late.flow';
import { libraryScenarios } from './library.flow';
import { notesScenarios } from './notes.flow';
import { optionsScenarios } from './options.flow';
import { servePages } from './pages';
import { peopleScenarios } from './people.flow';
import { pillScenarios } from './pill.flow';
import { readerScenarios } from './reader.flow';
import { readingScenarios } from './reading.flow';
import { robustScenarios } from './robust.flow';
import { versionsScenarios } from './versions.flow';

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

  describe('reading a page', () => readingScenarios(() => ({ driver, server })));
  describe('the page note as a pill', () => pillScenarios(() => ({ driver, server })));
  describe('the popup card, the library and the clipboard', () =>
    libraryScenarios(() => ({ driver, server })));
  describe('信息公开 documents, WeChat and English articles', () =>
    documentScenarios(() => ({ driver, server })));
  describe('edge pages', () => robustScenarios(() => ({ driver, server })));
  describe('hostile pages', () => hostileScenarios(() => ({ driver, server })));
  describe('switches that show their state', () => controlScenarios(() => ({ driver, server })));
  describe("the reader's own highlights and notes", () => notesScenarios(() => ({ driver, server })));
  describe('the options page', () => optionsScenarios(() => ({ driver, server })));
  describe('each tab on its own', () => isolationScenarios(() => ({ driver, server })));
  describe('the library as a reader’s archive', () => readerScenarios(() => ({ driver, server })));
  describe('late, revealed, growing and framed articles; a big page', () =>
    lateScenarios(() => ({ driver, server })));
  describe('versions of a notice and exports of the library', () =>
    versionsScenarios(() => ({ driver, server })));
  describe("the library as a reader's archive: people, phrases, organisations", () =>
    peopleScenarios(() => ({ driver, server })));
});
