import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server';
import { type E2EEnv, openPopup, type Tab } from './driver';
import { badgeText, PAGES_DIR } from './pages';

const TITLE = '松岚县人民政府办公室关于做好2025年城乡居民医疗保险参保缴费工作的通知';
const DOC_NUMBER = '松政办发〔2025〕18号';
/** The words the reader sees, in the locale each browser runs in (zh: Chromium, en: Firefox). */
const WORDS = {
  zh: { versions: '2 个版本', changes: '6 处改动', folded: '其余 5 行未改动' },
  en: { versions: '2 versions', changes: '6 changes', folded: '5 unchanged lines' },
};

/**
 * A 信息公开 notice saved, then edited by its site at the same address and saved again: the library
 * shows its two versions and what changed, and exports it as CSL-JSON and Markdown.
 */
export function versionsScenarios(env: () => E2EEnv) {
  it('saves a notice and its edited version at one address; the library shows the changed words; exports', async () => {
    const { driver } = env();
    const words = WORDS[driver.locale];
    // The notice is served from a folder of its own, so its page can change under one address.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-versions-'));
    const publish = (file: string) =>
      fs.copyFileSync(path.join(PAGES_DIR, file), path.join(dir, 'notice.html'));
    publish('xxgk-notice-v1.html');
    const server = await serveFolder(dir);
    const url = server.url('notice.html');
    const tabs: Tab[] = [];
    try {
      const page = await driver.newTab();
      tabs.push(page);
      const saveFromPopup = async (state: string) => {
        const popup = await openPopup(env(), url);
        await popup.waitFor(`#save[data-state="${state}"]`);
        expect(await popup.text('#card-title')).toBe(TITLE);
        await popup.click('#save');
        await popup.waitFor('#save-status');
        await popup.close();
      };
      await page.goto(url);
      await page.waitUntil(badgeText, undefined);
      await saveFromPopup('unsaved');

      // The site edits the notice: some words and its date.
      publish('xxgk-notice-v2.html');
      await page.reload();
      await page.waitUntil(() => document.body.textContent?.includes('每人每年400元') ?? false, undefined);
      await page.waitUntil(badgeText, undefined);
      await saveFromPopup('saved');

      const library = await driver.newTab({ width: 1000, height: 900 });
      tabs.push(library);
      await library.goto(driver.extensionUrl('library.html'));
      await library.waitFor('#articles > li');
      await library.fill('#search', '参保缴费');
      await library.waitFor(`#articles > li[data-url="${url}"] .versions-link`);
      expect(await library.text(`#articles > li[data-url="${url}"] .versions-link`)).toBe(words.versions);
      await library.click(`#articles > li[data-url="${url}"] .versions-link`);
      await library.waitFor('#versions .diff ins');
      // The date and time, the deadline, the fee, a new way to pay, how often progress is reported.
      expect(await library.texts('#versions .diff ins')).toEqual([
        '12 16:30',
        '12',
        '2026年1',
        '400',
        '微信小程序、',
        '每半月',
      ]);
      expect(await library.texts('#versions .diff del')).toEqual(['08 10:00', '08', '12', '380', '每月']);
      const dates = await library.text('#versions .version-dates');
      expect(dates).toContain('2025-09-08 10:00');
      expect(dates).toContain('2025-09-12 16:30');
      expect(await library.text('#versions .version-count')).toContain(words.changes);
      // The unchanged end of the notice is folded, one line kept after the last change; it opens.
      expect(await library.texts('#versions .diff details.folded summary')).toEqual([words.folded]);
      // innerText, not textContent: what is on screen, a closed fold's lines left out.
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is asserted
      const shownText = () => (document.querySelector('#versions .diff') as HTMLElement).innerText;
      expect(await library.evaluate(shownText, undefined)).toContain('五、资金保障');
      expect(await library.evaluate(shownText, undefined)).not.toContain('八、其他事项');
      await library.click('#versions .diff details.folded summary');
      expect(await library.evaluate(shownText, undefined)).toContain('八、其他事项');
      await library.click('#versions .diff details.folded summary');
      // Page text is text: no element comes from the notice.
      expect(
        await library.evaluate(
          () => document.querySelectorAll('#versions .diff *:not(ins,del,span,details,summary)').length,
          undefined,
        ),
      ).toBe(0);
      await library.screenshot(`${driver.browser}-versions`, true);

      await library.click('#versions-back');
      await library.waitFor('#library-export');
      await library.fill('#search', '参保缴费');
      await library.waitUntil((n) => document.querySelectorAll('#articles > li').length === n, 1);
      const copy = async (format: string) => {
        await library.evaluate(() => navigator.clipboard.writeText(''), undefined);
        await library.click(`#library-export button[data-library-export="${format}"][data-to="copy"]`);
        await library.waitUntil(
          (f) => document.querySelector('#library-export-status')?.getAttribute('data-exported') === f,
          format,
        );
        return library.evaluate(() => navigator.clipboard.readText(), undefined);
      };
      const csl = JSON.parse(await copy('csl')) as Array<Record<string, unknown>>;
      expect(csl).toHaveLength(1);
      expect(csl[0]).toMatchObject({
        id: url,
        type: 'document',
        title: TITLE,
        number: DOC_NUMBER,
        issued: { 'date-parts': [[2025, 9, 12]] },
        publisher: '松岚县人民政府办公室',
        URL: url,
      });
      const md = await copy('markdown');
      expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
      expect(md).toContain(`- 文号：${DOC_NUMBER}`);
      expect(md).toContain('个人缴费标准为每人每年400元');
      expect(md).not.toContain('每人每年380元');
    } finally {
      for (const t of tabs) await t.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
