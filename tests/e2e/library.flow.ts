import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample as openSampleIn } from './driver';
import { EXPECT } from './pages';

/** The words the reader sees, in the locale each browser runs in (zh: Chromium, en: Firefox). */
const WORDS = {
  zh: {
    saved: '已保存到资料库',
    sameStory: '同一报道',
    official: (names: string) => `同一官员：${names}`,
    count: (total: number, shown: number) => `共 ${total} 篇，显示 ${shown} 篇`,
    deleted: '已删除',
  },
  en: {
    saved: 'Saved to the library',
    sameStory: 'Same story',
    official: (names: string) => `Same official: ${names}`,
    count: (total: number, shown: number) => `${total} articles, ${shown} shown`,
    deleted: 'Deleted',
  },
};

/** The three sample pages the reader saves, and what each card must show. */
const SAVED = [
  {
    file: 'xuhui-epaper.html',
    title: EXPECT.epaper.title,
    official: /李强\s*中央政治局委员、市委书记×6/,
    phrase: '一网通办',
  },
  {
    file: 'waitan-newsletter.html',
    title: '“用心用情用力解决基层的困难事、群众的烦心事” 李强来街道调研“我为群众办实事”工作',
    official: /李强/,
    phrase: '我为群众办实事',
  },
  {
    file: EXPECT.eastday.file,
    title: EXPECT.eastday.title,
    official: /应勇\s*市委副书记、市长×7/,
    phrase: '全区通办',
  },
];
const REPRINT = 'changning-reprint.html';

/** Runs in the library page: whether the list shows exactly these titles, in this order. */
function listShows(titles: string[]): boolean {
  const shown = Array.from(document.querySelectorAll('#articles > li .title'), (a) => a.textContent);
  return shown.length === titles.length && shown.every((t, i) => t === titles[i]);
}

/** Runs in the page: the text of the flashed mention and whether it is on screen. */
function flashed(): { text: string; onScreen: boolean } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const flash = registry.get('govlens-flash');
  const range = flash ? [...flash][0] : undefined;
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return { text: range.toString(), onScreen: box.top >= 0 && box.bottom <= innerHeight };
}

/**
 * The popup card, the library and the clipboard, as a reader uses them: the same scenario in
 * Chromium and Firefox. The tests share one browser profile and run in order.
 */
export function libraryScenarios(env: () => E2EEnv) {
  const words = () => WORDS[env().driver.locale];
  const name = () => env().driver.browser;

  const openSample = (file: string) => openSampleIn(env(), file);
  const openPopupFor = (file: string) => openPopup(env(), env().server.url(file));

  it('shows the card in the popup and saves three sample pages to the library', async () => {
    for (const sample of SAVED) {
      const page = await openSample(sample.file);
      const popup = await openPopupFor(sample.file);
      await popup.waitFor('#save[data-state="unsaved"]');
      expect(await popup.text('#card-title')).toBe(sample.title);
      expect(await popup.text('#officials')).toMatch(sample.official);
      expect(await popup.text('#phrases')).toContain(sample.phrase);
      await popup.click('#save');
      await popup.waitFor('#save[data-state="saved"]');
      expect(await popup.text('#save-status')).toBe(words().saved);
      await popup.close();
      await page.close();
    }
  });

  it('lists the saved articles related to the page open now, each with its reasons', async () => {
    const page = await openSample(REPRINT);
    const popup = await openPopupFor(REPRINT);
    // The related articles fold away below the first screen: open them as a reader would.
    await popup.waitFor('#related summary');
    await popup.evaluate(() => {
      const d = document.querySelector<HTMLDetailsElement>('#related details');
      if (d && !d.open) d.querySelector('summary')?.click();
    }, undefined);
    await popup.waitFor('#related li');
    const items = await popup.texts('#related li');
    expect(items).toHaveLength(3);
    // The same story, printed by eastday.com in traditional script: recognised across scripts.
    expect(items[0]).toContain(EXPECT.eastday.title);
    expect(items[0]).toContain(words().sameStory);
    expect(items[0]).toContain(words().official('李强、应勇、殷一璀'));
    expect(await popup.attribute('#related li:first-child', 'data-near-duplicate')).toBe('true');
    for (const item of items.slice(1)) expect(item).toContain(words().official('李强'));
    await popup.screenshot(`${name()}-popup-card`);
    await popup.evaluate(() => document.querySelector('#related')?.scrollIntoView(), undefined);
    await popup.screenshot(`${name()}-popup-related`);
    await popup.evaluate(() => window.scrollTo(0, 0), undefined);
    if (popup.dark) {
      await popup.dark(true);
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined)).toBe(
        'rgb(13, 17, 23)',
      );
      await popup.screenshot(`${name()}-popup-dark`);
    }
    await popup.close();
    await page.close();
  });

  it('scrolls the page to the first mention of an official clicked in the card, and flashes it', async () => {
    const page = await openSample(REPRINT);
    const popup = await openPopupFor(REPRINT);
    await popup.waitFor('button[data-official="殷一璀"]');
    await popup.click('button[data-official="殷一璀"]');
    await page.waitUntil(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get('govlens-flash') ?? [])][0];
      const box = range?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= innerHeight;
    }, undefined);
    expect(await page.evaluate(flashed, undefined)).toEqual({ text: '殷一璀', onScreen: true });
    // With the highlights cleared, a mention still flashes, and afterwards the page is as it was.
    await popup.click('.controls button[data-action="clear"]');
    await page.waitUntil(() => document.adoptedStyleSheets.length === 0, undefined);
    await popup.click('button[data-official="应勇"]');
    // The flash blinks: wait for it to show the name rather than read it once, maybe between blinks.
    await page.waitUntil((name) => {
      const flash = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'govlens-flash',
      );
      return !!flash && [...flash][0]?.toString() === name;
    }, '应勇');
    await page.waitUntil(
      () =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0 &&
        document.adoptedStyleSheets.length === 0,
      undefined,
    );
    await popup.close();
    await page.close();
  });

  it('copies the card as Markdown, plain text and JSON, and the clipboard holds each', async () => {
    const page = await openSample(EXPECT.epaper.file);
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitFor('.export button[data-format="markdown"]');
    const copy = async (format: string) => {
      await popup.click(`.export button[data-format="${format}"]`);
      await popup.waitUntil(
        (f) => document.querySelector('#export-status')?.getAttribute('data-copied') === f,
        format,
      );
      return popup.evaluate(() => navigator.clipboard.readText(), undefined);
    };
    const md = await copy('markdown');
    expect(md.startsWith(`# ${EXPECT.epaper.title}\n`)).toBe(true);
    expect(md).toContain(`<${env().server.url(EXPECT.epaper.file)}>`);
    expect(md).toContain('## 官员\n\n- 李强（中央政治局委员、市委书记）×6');
    expect(md).toContain('- 一网通办 ×1：');
    const text = await copy('text');
    expect(text.startsWith(`${EXPECT.epaper.title}\n`)).toBe(true);
    expect(text).toContain('李强（中央政治局委员、市委书记）');
    expect(text).not.toContain('## ');
    const json = JSON.parse(await copy('json'));
    expect(json.title).toBe(EXPECT.epaper.title);
    expect(json.officials[0]).toEqual({ name: '李强', titles: ['中央政治局委员', '市委书记'], mentions: 6 });
    expect(json.policyPhrases.map((p: { text: string }) => p.text)).toContain('一网通办');
    await popup.close();
    await page.close();
  });

  it('the library page lists, searches (in either script) and filters saved articles; delete can be undone', async () => {
    const library = await env().driver.newTab({ width: 1000, height: 760 });
    await library.goto(env().driver.extensionUrl('library.html'));
    await library.waitFor('#articles > li');
    expect(await library.text('#count')).toBe(words().count(3, 3));
    await library.screenshot(`${name()}-library`);
    // Typed in traditional script, found in the saved (simplified) text.
    await library.fill('#search', '凌雲街道');
    await library.waitUntil(listShows, [EXPECT.epaper.title]);
    expect(await library.text('#articles > li .snippet')).toContain('凌云街道');
    await library.fill('#search', '');
    await library.select('select[name="official"]', '应勇');
    await library.waitUntil(listShows, [EXPECT.eastday.title]);
    await library.click('#articles > li .delete');
    await library.waitFor('#undo');
    expect(await library.text('#notice')).toContain(words().deleted);
    await library.select('select[name="official"]', '');
    await library.waitUntil((n) => document.querySelectorAll('#articles > li').length === n, 2);
    await library.click('#undo');
    await library.waitUntil((n) => document.querySelectorAll('#articles > li').length === n, 3);
    await library.close();
  });

  it('says plainly which pages it may not read: the browser’s own pages, extension stores, PDF files', async () => {
    const cases: Array<[string, string]> = [
      [name() === 'chromium' ? 'chrome://settings/' : 'about:config', 'restricted-browser'],
      ['https://chromewebstore.google.com/detail/abc', 'restricted-store'],
      ['https://addons.mozilla.org/zh-CN/firefox/addon/x/', 'restricted-store'],
      [env().server.url('files/report.pdf'), 'restricted-pdf'],
    ];
    for (const [url, state] of cases) {
      const popup = await openPopup(env(), url, 300);
      await popup.waitFor(`#state[data-state="${state}"]`);
      expect((await popup.text('#state')).length).toBeGreaterThan(10);
      await popup.close();
    }
  });
}
