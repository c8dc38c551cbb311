import { expect, it } from 'vitest';
import type { E2EEnv } from './driver';
import { badgeText, EXPECT, readHighlights } from './pages';

/** The options page: a site added runs the extension by itself once its permission is granted. */
export function optionsScenarios(env: () => E2EEnv) {
  it('adds a site: the content script runs there after the permission is granted, and stops when removed', async () => {
    const { driver, server } = env();
    // Pages under /on-request/ are outside the build's own list: read only on request, or once added.
    const file = `on-request/${EXPECT.eastday.file}`;
    const options = await driver.newTab();
    await options.goto(driver.extensionUrl('options.html'));
    await options.waitFor('#site');
    await options.fill('#site', server.origin);
    await options.click('#add-site');
    await options.waitFor('#sites li[data-host="127.0.0.1"]');
    await options.screenshot(`${driver.browser}-options`, true);
    try {
      const page = await driver.newTab();
      await page.goto(server.url(file));
      await page.waitUntil(badgeText, undefined);
      expect(await page.evaluate(badgeText, undefined)).toContain(EXPECT.eastday.title);
      await page.close();
    } finally {
      await options.click('#sites li[data-host="127.0.0.1"] button');
      await options.waitUntil(() => !document.querySelector('#sites li'), undefined);
    }
    const after = await driver.newTab();
    await after.goto(server.url(file));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await after.evaluate(badgeText, undefined)).toBeNull();
    await after.close();
    await options.close();
  });

  it('refuses what is not a site, and keeps the export template the reader saved', async () => {
    const { driver } = env();
    const options = await driver.newTab();
    await options.goto(driver.extensionUrl('options.html'));
    await options.waitFor('#site');
    await options.fill('#site', 'javascript:alert(1)');
    await options.click('#add-site');
    await options.waitFor('#notice.error');
    expect(await options.texts('#sites li')).toEqual([]);
    // An unclosed section cannot be saved; a good template is kept and read again.
    await options.fill('#template', '{{#highlights}}- {{quote}}');
    await options.waitFor('#save-template[disabled]');
    await options.fill('#template', '{{#highlights}}- {{quote}}\n{{/highlights}}');
    await options.click('#save-template');
    await options.waitFor('#reset-template:not([disabled])');
    await options.close();
    // Opened again in a new tab: Firefox never reports an extension page's reload as finished.
    const again = await driver.newTab();
    await again.goto(driver.extensionUrl('options.html'));
    await again.waitFor('#reset-template:not([disabled])');
    expect(
      await again.evaluate(
        () => (document.querySelector('#template') as HTMLTextAreaElement).value,
        undefined,
      ),
    ).toBe('{{#highlights}}- {{quote}}\n{{/highlights}}');
    await again.click('#reset-template');
    await again.waitFor('#reset-template[disabled]');
    await again.close();
  });

  it('reads a term of the reader’s glossary as a policy phrase on the pages opened next', async () => {
    const { driver, server } = env();
    const options = await driver.newTab();
    await options.goto(driver.extensionUrl('options.html'));
    await options.waitFor('#term');
    await options.fill('#term', '走访');
    await options.fill('#explanation', '登门看望、了解情况');
    await options.click('#add-term');
    await options.waitFor('#glossary [data-term="走访"]');
    try {
      const page = await driver.newTab();
      await page.goto(server.url(EXPECT.eastday.file));
      await page.waitUntil(badgeText, undefined);
      // The page prints it in traditional script; the highlight is on its own characters.
      const policy = async () => (await page.evaluate(readHighlights, undefined))['govlens-policy'] ?? [];
      const end = Date.now() + 15000;
      while (!(await policy()).includes('走訪') && Date.now() < end)
        await new Promise((r) => setTimeout(r, 100));
      expect(await policy()).toContain('走訪');
      await page.close();
    } finally {
      await options.click('#glossary [data-term="走访"] button');
      await options.waitUntil(() => !document.querySelector('#glossary [data-term]'), undefined);
      await options.close();
    }
  });
}
