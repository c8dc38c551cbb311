import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaticServer } from '../../scripts/lib/static-server';
import { type ChromiumSession, launchChromium } from './browsers';
import { EXPECT, servePages } from './pages';

/** What an automated check can find of the extension's own pages: no serious or critical violation. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** axe-core (through @axe-core/playwright) on the popup, the library, the reader view and the options page, in Chromium. */
describe('accessibility of the extension pages', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  const page = (file: string) => `chrome-extension://${session.extensionId}/${file}`;

  beforeAll(async () => {
    server = await servePages();
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the check itself finds a field without a name', async () => {
    const probe = await session.context.newPage();
    await probe.setContent(
      '<html lang="en"><title>t</title><body><main><input type="text"></main></body></html>',
    );
    expect((await violations(probe)).some((v) => v.startsWith('label '))).toBe(true);
    await probe.close();
  });

  it('the popup with a card', async () => {
    const article = await session.context.newPage();
    await article.goto(server.url(EXPECT.eastday.file));
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(page(`popup.html?url=${encodeURIComponent(server.url(EXPECT.eastday.file))}`));
    await popup.waitForSelector('#card-title');
    await popup.waitForSelector('.notes');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await article.close();
  });

  it('the library page', async () => {
    const library = await session.context.newPage();
    await library.goto(page('library.html'));
    await library.waitForSelector('#count, #empty');
    expect(await violations(library)).toEqual([]);
    await library.close();
  });

  it('the reader view of a saved article, and the library with its tags form open', async () => {
    const url = server.url(EXPECT.eastday.file);
    const article = await session.context.newPage();
    await article.goto(url);
    const popup = await session.context.newPage();
    await popup.goto(page(`popup.html?url=${encodeURIComponent(url)}`));
    await popup.waitForSelector('#save[data-state="unsaved"]');
    await popup.click('#save');
    await popup.waitForSelector('#save[data-state="saved"]');
    await popup.close();
    await article.close();
    const reader = await session.context.newPage();
    await reader.goto(page(`reader.html?url=${encodeURIComponent(url)}`));
    await reader.waitForSelector('#reader-body p');
    expect(await violations(reader)).toEqual([]);
    await reader.close();
    const library = await session.context.newPage();
    await library.goto(page('library.html'));
    await library.click('#articles .meta summary');
    await library.waitForSelector('#articles .meta-form input[name="tags"]');
    expect(await violations(library)).toEqual([]);
    await library.close();
  });

  it('the diff of two versions of a notice (the same 文号 saved at two addresses)', async () => {
    const save = async (file: string) => {
      const article = await session.context.newPage();
      await article.goto(server.url(file));
      const popup = await session.context.newPage();
      await popup.goto(page(`popup.html?url=${encodeURIComponent(server.url(file))}`));
      await popup.waitForSelector('#save[data-state="unsaved"]');
      await popup.click('#save');
      await popup.waitForSelector('#save[data-state="saved"]');
      await popup.close();
      await article.close();
    };
    await save('xxgk-notice-v1.html');
    await save('xxgk-notice-v2.html');
    const library = await session.context.newPage();
    await library.goto(
      page(`library.html#versions=${encodeURIComponent(server.url('xxgk-notice-v2.html'))}`),
    );
    await library.waitForSelector('#versions .diff ins');
    expect(await library.textContent('#versions .version-from')).toContain('xxgk-notice-v1.html');
    expect(await violations(library)).toEqual([]);
    await library.close();
  });

  it("the archive's pages: an official's (with the split and merge controls), a phrase's chart, the index", async () => {
    // The article saved by the test before: 应勇, 全区通办.
    const archive = await session.context.newPage();
    await archive.goto(page(`library.html#person=${encodeURIComponent('应勇')}`));
    await archive.waitForSelector('#person .dated-item');
    expect(await violations(archive)).toEqual([]);
    await archive.goto(page(`library.html#phrase=${encodeURIComponent('全区通办')}`));
    await archive.waitForSelector('#term .month-chart rect');
    expect(await violations(archive)).toEqual([]);
    await archive.goto(page('library.html#index'));
    await archive.waitForSelector('#index-officials a');
    expect(await violations(archive)).toEqual([]);
    await archive.close();
  });

  it('the options page', async () => {
    const options = await session.context.newPage();
    await options.goto(page('options.html'));
    await options.waitForSelector('#template');
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
