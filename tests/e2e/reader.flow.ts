import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server';
import { type E2EEnv, openPopup } from './driver';
import { barShown, clickInNote, selectText, writeNote } from './notes.flow';
import { badgeText, PAGES_DIR } from './pages';

const FIXTURES = path.resolve('tests/fixtures/notes');
const TITLE = '澄浦区政府召开常务会议 部署今冬明春安全生产工作';
/** The sentence the reader highlights on the page, and the note written on it. */
const QUOTE = '各街道要在12月底前完成辖区内老旧小区燃气管道排查';
const NOTE = '跟进：街道排查结果何时公开？';
/** Tags and a note written in the library: words printed nowhere in the article. */
const TAGS = '冬季巡查、跟进';
const META_NOTE = '对照去年的排查通报';

/** A 信息公开 page (tests/fixtures/pages), and what its block prints. */
const DOC = {
  file: 'xxgk-table.html',
  title: '松岚市人民政府办公厅关于进一步做好老旧小区加装电梯工作的通知',
  docNumber: '松政办发〔2024〕7号',
  issuer: '松岚市人民政府办公厅',
};

/** Run in the reader view: what it shows of the article. */
function readerShows() {
  const texts = (sel: string) => Array.from(document.querySelectorAll(sel), (e) => e.textContent ?? '');
  return {
    title: document.querySelector('#reader-title')?.textContent ?? '',
    paragraphs: texts('#reader-body > p'),
    mine: texts('#reader-body mark.mine[data-colour="yellow"]').join(''),
    officials: texts('#reader-body .ent[data-kind="official"]'),
    places: texts('#reader-body .ent[data-kind="place"]'),
    notes: texts('#notes .note-text'),
    original: document.querySelector('#original')?.getAttribute('href') ?? null,
  };
}

/** Run in the library page: whether exactly this article is listed, its snippet holding `snippet`. */
function listsOnly({ url, snippet }: { url: string; snippet: string }): boolean {
  const items = [...document.querySelectorAll('#articles > li')];
  return (
    items.length === 1 &&
    items[0]!.getAttribute('data-url') === url &&
    (items[0]!.querySelector('.snippet')?.textContent ?? '').includes(snippet)
  );
}

/**
 * The library as a reader's archive: an article saved with a highlight is read in the extension's
 * reader view with its page's server gone, its text with the mentions and the highlight marked; tags
 * and a note written in the library find it again. The same scenario in Chromium and Firefox.
 */
export function readerScenarios(env: () => E2EEnv) {
  it('reads a saved article offline, with its highlights, and finds it by its tags and note', async () => {
    const { driver } = env();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-reader-'));
    fs.copyFileSync(path.join(FIXTURES, 'article.html'), path.join(dir, 'article.html'));
    const server = await serveFolder(dir);
    const url = server.url('article.html');
    try {
      // On the page: highlight a sentence with a note, which saves the article to the library.
      const page = await driver.newTab();
      await page.goto(url);
      await page.waitUntil(badgeText, undefined);
      await page.evaluate(selectText, QUOTE);
      await page.waitUntil(barShown, undefined);
      await page.evaluate(clickInNote, '.selbar button[data-action="note"]');
      await page.evaluate(writeNote, NOTE);
      await page.close();
    } finally {
      // The page's server is gone from here on: whatever is read comes from the library.
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }

    const library = await driver.newTab({ width: 1000, height: 800 });
    await library.goto(driver.extensionUrl('library.html'));
    const item = `#articles li[data-url="${url}"]`;
    await library.waitFor(`${item} .highlights li`);
    await library.click(`${item} a.read`);
    await library.waitFor('#reader-body mark.mine');
    const shown = await library.evaluate(readerShows, undefined);
    expect(shown.title).toBe(TITLE);
    expect(shown.paragraphs).toHaveLength(5);
    expect(shown.paragraphs[2]).toBe(
      '会议要求，各街道要在12月底前完成辖区内老旧小区燃气管道排查，排查结果向社会公开，发现问题要立即整改、限期销号。',
    );
    expect(shown.mine).toBe(QUOTE);
    expect(shown.officials).toContain('赵雅琴');
    expect(shown.notes).toEqual([NOTE]);
    expect(shown.original).toBe(url);
    await library.screenshot(`${driver.browser}-reader-view`, true);

    // Back in the library: tags and a note, then found by a tag and by a word of the note.
    await library.goto(driver.extensionUrl('library.html'));
    await library.waitFor(`${item} .meta summary`);
    await library.click(`${item} .meta summary`);
    await library.fill(`${item} .meta-form input[name="tags"]`, TAGS);
    await library.fill(`${item} .meta-form textarea[name="note"]`, META_NOTE);
    await library.click(`${item} .meta-form button[type="submit"]`);
    await library.waitFor(`${item} .tags button[data-tag="冬季巡查"]`);
    expect(await library.texts(`${item} .tags button`)).toEqual(['冬季巡查', '跟进']);
    expect(await library.text(`${item} .meta-note`)).toBe(META_NOTE);
    await library.screenshot(`${driver.browser}-library-tags`);

    const search = async (query: string) => {
      await library.fill('#search', query);
      await library.waitUntil(
        (q: string) => (document.querySelector<HTMLInputElement>('#search')?.value ?? '') === q,
        query,
      );
    };
    // Each search is waited for by its snippet: the list of the search before may still be shown.
    await search('冬季巡查');
    await library.waitUntil(listsOnly, { url, snippet: '冬季巡查、跟进' });
    await search('去年 通报');
    await library.waitUntil(listsOnly, { url, snippet: META_NOTE });
    // A word in neither: nothing listed.
    await search('巡查 补贴');
    await library.waitUntil(() => document.querySelectorAll('#articles > li').length === 0, undefined);
    // The tag as a filter.
    await search('');
    await library.select('select[name="tag"]', '冬季巡查');
    await library.waitUntil(listsOnly, { url, snippet: '' });
    // A tag clicked under an article filters by it too.
    await library.click(`${item} .tags button[data-tag="跟进"]`);
    await library.waitUntil(
      () => document.querySelector<HTMLSelectElement>('select[name="tag"]')?.value === '跟进',
      undefined,
    );
    await library.waitUntil(listsOnly, { url, snippet: '' });

    // The reader view shows the tags and note too.
    await library.click(`${item} a.read`);
    await library.waitFor('#reader-tags');
    expect(await library.texts('#reader-tags li')).toEqual(['冬季巡查', '跟进']);
    expect(await library.text('#reader-note')).toBe(META_NOTE);
    await library.screenshot(`${driver.browser}-reader-view-tags`, true);
    await library.close();
  });

  it('shows the 信息公开 block of a saved document, its page gone', async () => {
    const { driver } = env();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-reader-doc-'));
    fs.copyFileSync(path.join(PAGES_DIR, DOC.file), path.join(dir, DOC.file));
    const server = await serveFolder(dir);
    const url = server.url(DOC.file);
    try {
      const page = await driver.newTab();
      await page.goto(url);
      await page.waitUntil(badgeText, undefined);
      const popup = await openPopup(env(), url);
      await popup.waitFor('#save[data-state="unsaved"]');
      await popup.click('#save');
      await popup.waitFor('#save[data-state="saved"]');
      await popup.close();
      await page.close();
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const library = await driver.newTab({ width: 1000, height: 800 });
    await library.goto(driver.extensionUrl('library.html'));
    const item = `#articles li[data-url="${url}"]`;
    await library.waitFor(`${item} a.read`);
    await library.click(`${item} a.read`);
    await library.waitFor('#reader-body p');
    expect(await library.text('#reader-title')).toBe(DOC.title);
    expect(await library.text('#card-document [data-field="docNumber"] dd')).toBe(DOC.docNumber);
    expect(await library.text('#card-document [data-field="issuer"] dd')).toBe(DOC.issuer);
    expect(await library.text('#reader-byline')).toMatch(/^2024-03-15.* · 松岚市人民政府办公厅/);
    expect((await library.texts('#reader-body p')).join('')).toContain('加装电梯');
    await library.screenshot(`${driver.browser}-reader-document`, true);
    await library.close();
  });
}
