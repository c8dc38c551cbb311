import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server';
import { type E2EEnv, openPopup, type Tab } from './driver';
import { badgeText, clickScript, readHighlights } from './pages';

const FIXTURES = path.resolve('tests/fixtures/notes');
/** The sentence the reader highlights, as printed, in 繁體, and as the edited page prints it. */
const QUOTE = '各街道要在12月底前完成辖区内老旧小区燃气管道排查';
const QUOTE_TRADITIONAL = '各街道要在12月底前完成轄區內老舊小區燃氣管道排查';
const QUOTE_EDITED = '各街道要在11月底前完成辖区内老旧小区燃气管线排查';
/** A second passage, highlighted the way the keyboard command does it. */
const SECOND = '确保群众温暖过冬';
const NOTE = '跟进：街道排查结果何时公开？';
const ORPHANED = { zh: '未能定位', en: 'Could not be found' };

// Run in the page, so each stands alone.
/** Selects the first occurrence of a text in the article, as a reader's drag does, and lets go. */
export function selectText(text: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    const r = range.getBoundingClientRect();
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
    return;
  }
  throw new Error(`not on the page: ${text}`);
}
export const barShown = () =>
  !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector(
    '.selbar:not([hidden])',
  );
export function clickInNote(selector: string): void {
  const el = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector<HTMLElement>(
    selector,
  );
  if (!el) throw new Error(`no ${selector}`);
  el.click();
}
/** Types a note in the bar's field (as an IME would: value and input event) and saves it. */
export function writeNote(text: string): void {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote!;
  const field = root.querySelector<HTMLTextAreaElement>('.selbar textarea')!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  root.querySelector<HTMLButtonElement>('.selbar button[type="submit"]')!.click();
}
/**
 * The page writes its article again (the same text in new nodes), and says what a highlight covers
 * right after: ranges in removed nodes collapse, so nothing until a reading anchors it again.
 */
function rewriteArticle(name: string): string[] {
  const body = document.querySelector('.article-content')!;
  // biome-ignore lint/correctness/noSelfAssign: the page's own rewrite of its HTML is what is tested.
  body.innerHTML = body.innerHTML;
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
  return h ? [...h].map((r) => r.toString()).filter(Boolean) : [];
}
type Api = {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(id: number, m: object): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { sendMessage(m: object): Promise<unknown> };
};
/** Run in an extension page: what the background sends a tab on a keyboard command or a menu entry. */
async function command(arg: { url: string; action: object }): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  // Compared as text: Firefox's match patterns take no port.
  const tab = (await api.tabs.query({})).find((t) => t.url === arg.url);
  // As utils/messages.ts's sendMessage puts it on the wire (@webext-core/messaging): type, data, id, timestamp.
  const reply = (await api.tabs.sendMessage(tab!.id!, {
    id: 0,
    type: 'govlens:control',
    data: arg.action,
    timestamp: Date.now(),
  })) as { res?: unknown; err?: unknown } | undefined;
  if (!reply || reply.err !== undefined)
    throw new Error(`the page did not take the command: ${JSON.stringify(reply)}`);
}
/** Run in an extension page: what the keyboard command and the page menu 复制为 Markdown ask the background. */
async function copyCardOf(url: string): Promise<unknown> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  await navigator.clipboard.writeText('');
  const reply = (await api.runtime.sendMessage({
    id: 0,
    type: 'govlens:copy-card',
    data: tab!.id!,
    timestamp: Date.now(),
  })) as { res?: unknown; err?: unknown } | undefined;
  return reply?.err ?? reply?.res;
}
/** Run in an extension page: the toolbar badge of the tab showing an address. */
async function badgeOf(url: string): Promise<string> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome;
  const tab = (await api.tabs.query({})).find((t) => t.url === url);
  return api.action.getBadgeText({ tabId: tab!.id! });
}

/**
 * The reader's own highlights and notes: made from the selection bar and the keyboard command's
 * action, back after a reload and in 繁體, re-anchored on an edited page, listed as 未能定位 when their
 * paragraph is gone, exported as Markdown. The same scenario in Chromium and Firefox.
 */
export function notesScenarios(env: () => E2EEnv) {
  /** The texts the reader's highlights of one colour cover on the page. */
  const mine = async (page: Tab, colour: string) =>
    (await page.evaluate(readHighlights, undefined))[`govlens-mine-${colour}`] ?? [];
  /** Waits until a highlight of the reader's covers exactly this text. */
  const waitForMine = async (page: Tab, colour: string, text: string, timeout = 15000) => {
    const end = Date.now() + timeout;
    while (!(await mine(page, colour).catch((): string[] => [])).includes(text)) {
      if (Date.now() > end)
        throw new Error(`no ${colour} highlight on ${text}: ${JSON.stringify(await mine(page, colour))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('highlights a sentence with a note; after a reload, in 繁體, on an edited page and when it is gone', async () => {
    const { driver } = env();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-notes-'));
    fs.copyFileSync(path.join(FIXTURES, 'article.html'), path.join(dir, 'article.html'));
    const server = await serveFolder(dir);
    try {
      const url = server.url('article.html');
      const page = await driver.newTab();
      await page.goto(url);
      await page.waitUntil(badgeText, undefined);

      // Select the sentence → the bar → 批注 → write → save: highlighted in yellow, with the note.
      await page.evaluate(selectText, QUOTE);
      await page.waitUntil(barShown, undefined);
      await page.screenshot(`${driver.browser}-selection-bar`);
      // Colours and 批注 first; the note field only once asked for.
      expect(
        await page.evaluate(() => {
          const root = (window as unknown as { __govlensNote: ShadowRoot }).__govlensNote;
          const shown = (sel: string) => getComputedStyle(root.querySelector(sel)!).display !== 'none';
          return [shown('.selbar .swatch'), shown('.selbar form')];
        }, undefined),
      ).toEqual([true, false]);
      await page.evaluate(clickInNote, '.selbar button[data-action="note"]');
      await page.evaluate(writeNote, NOTE);
      await waitForMine(page, 'yellow', QUOTE);

      // The keyboard command's action (what the background sends the tab on 高亮所选): green.
      await page.evaluate(selectText, SECOND);
      const popup = await openPopup(env(), url);
      await popup.waitFor('.notes li[data-note-id]');
      await popup.evaluate(command, { url, action: { highlightSelection: 'green' } });
      await waitForMine(page, 'green', SECOND);
      // The toolbar badge counts what was recognised; 显示或隐藏全部标注 hides every kind, then shows them.
      expect(await popup.evaluate(badgeOf, url)).toMatch(/^[1-9]\d*$/);
      const kinds = async () =>
        Object.keys(await page.evaluate(readHighlights, undefined)).filter(
          (k) => !k.startsWith('govlens-mine'),
        );
      expect((await kinds()).length).toBeGreaterThan(0);
      await popup.evaluate(command, { url, action: { toggleAll: true } });
      expect(await kinds()).toEqual([]);
      await popup.evaluate(command, { url, action: { toggleAll: true } });
      expect((await kinds()).length).toBeGreaterThan(0);
      await popup.close();

      // Reload: both are back on the same characters.
      await page.reload();
      await page.waitUntil(badgeText, undefined);
      await waitForMine(page, 'yellow', QUOTE);
      await waitForMine(page, 'green', SECOND);
      // 繁體: the same characters, now printed in traditional script.
      await page.evaluate(clickScript, 'traditional');
      await waitForMine(page, 'yellow', QUOTE_TRADITIONAL);
      await page.screenshot(`${driver.browser}-reader-highlights-traditional`);
      await page.evaluate(clickScript, 'original');
      await waitForMine(page, 'yellow', QUOTE);

      // The popup lists them first, in page order, with the note; Markdown goes to the clipboard.
      const card = await openPopup(env(), url);
      await card.waitFor('.notes li[data-note-id]');
      expect(await card.texts('.notes .quote')).toEqual([QUOTE, SECOND]);
      expect(await card.texts('.notes .note-text')).toEqual([NOTE]);
      await card.click('.notes-export button[data-notes-format="markdown"]');
      await card.waitUntil(
        () => document.querySelector('#notes-export-status')?.getAttribute('data-copied') === 'markdown',
        undefined,
      );
      const md = await card.evaluate(() => navigator.clipboard.readText(), undefined);
      expect(md).toContain(`> ${QUOTE}\n\n${NOTE}\n`);
      expect(md).toContain(`[原文](${url}#:~:text=${encodeURIComponent(QUOTE)})`);
      expect(md).toContain(`> ${SECOND}\n`);
      await card.screenshot(`${driver.browser}-popup-notes`);
      // 复制为 Markdown from the keyboard command or the page menu: the background copies the card
      // (Chromium through its offscreen document), with no click in an extension page.
      expect(await card.evaluate(copyCardOf, url)).toBeNull();
      const copied = await card.evaluate(() => navigator.clipboard.readText(), undefined);
      expect(copied).toMatch(/^# \S/);
      expect(copied).toContain(url);
      await card.close();

      // The library shows them under the article (saved with the first highlight); search finds notes.
      const library = await driver.newTab();
      await library.goto(driver.extensionUrl('library.html'));
      const item = `#articles li[data-url="${url}"]`;
      await library.waitFor(`${item} .highlights li`);
      expect(await library.texts(`${item} .highlights q`)).toEqual([QUOTE, SECOND]);
      await library.fill('#search', '何时公开');
      await library.waitUntil(
        (note: string) =>
          document.querySelectorAll('#articles > li').length === 1 &&
          (document.querySelector('#articles .snippet')?.textContent ?? '').includes(note),
        NOTE,
      );
      // Picked in the library, its highlights are copied as one Markdown document.
      await library.click(`${item} .select-notes input`);
      await library.click('#notes-export button[data-notes-format="markdown"]');
      await library.waitUntil(
        () => document.querySelector('#notes-export-status')?.getAttribute('data-copied') === 'markdown',
        undefined,
      );
      const picked = await library.evaluate(() => navigator.clipboard.readText(), undefined);
      expect(picked).toContain(`> ${QUOTE}\n\n${NOTE}\n`);
      expect(picked).toContain(`> ${SECOND}\n`);
      await library.screenshot(`${driver.browser}-library-notes`);
      await library.close();

      // The page changes a word inside the sentence: found again by the fuzzy path.
      fs.copyFileSync(path.join(FIXTURES, 'article-edited.html'), path.join(dir, 'article.html'));
      await page.reload();
      await page.waitUntil(badgeText, undefined);
      await waitForMine(page, 'yellow', QUOTE_EDITED);
      const edited = await openPopup(env(), url);
      await edited.waitFor('.notes li[data-note-id]');
      expect(await edited.attribute('.notes li[data-colour="yellow"] .quote', 'data-via')).toBe('fuzzy');
      await edited.close();

      // The paragraph is gone: listed as 未能定位 with its text, nothing painted for it.
      fs.copyFileSync(path.join(FIXTURES, 'article-deleted.html'), path.join(dir, 'article.html'));
      await page.reload();
      await page.waitUntil(badgeText, undefined);
      await waitForMine(page, 'green', SECOND);
      const gone = await openPopup(env(), url);
      await gone.waitFor('.notes li[data-orphaned]');
      expect(await gone.text('.notes li[data-orphaned] .orphaned')).toBe(ORPHANED[driver.locale]);
      expect(await gone.text('.notes li[data-orphaned] .quote')).toBe(QUOTE);
      expect(await mine(page, 'yellow')).toEqual([]);
      await gone.close();
      await page.close();
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts the highlights back after each reading: the page writing its article anew, a move away and back, in 繁體', async () => {
    const { driver } = env();
    const server = await serveFolder(FIXTURES);
    try {
      // An address of its own: the library keeps highlights by address (without #fragment).
      const url = `${server.url('article.html')}?readings`;
      const page = await driver.newTab();
      await page.goto(url);
      await page.waitUntil(badgeText, undefined);
      await page.evaluate(selectText, QUOTE);
      await page.waitUntil(barShown, undefined);
      await page.evaluate(clickInNote, '.selbar button.swatch[data-colour="pink"]');
      await waitForMine(page, 'pink', QUOTE);

      // The page writes its article again, the same text in new nodes: the old ranges collapse at once,
      // so the highlight seen afterwards was anchored again by the reading the change started.
      expect(await page.evaluate(rewriteArticle, 'govlens-mine-pink')).toEqual([]);
      await waitForMine(page, 'pink', QUOTE);

      // A single-page app's move to another address: not this article's highlights; back: they return.
      await page.evaluate(() => history.pushState(null, '', '?elsewhere'), undefined);
      const end = Date.now() + 15000;
      while ((await mine(page, 'pink').catch((): string[] => [QUOTE])).includes(QUOTE)) {
        if (Date.now() > end) throw new Error('the highlight stayed on another address');
        await new Promise((r) => setTimeout(r, 100));
      }
      await page.evaluate(() => history.back(), undefined);
      await waitForMine(page, 'pink', QUOTE);

      // And through the script switch after those readings.
      await page.evaluate(clickScript, 'traditional');
      await waitForMine(page, 'pink', QUOTE_TRADITIONAL);
      // The script is remembered per site (127.0.0.1 for every test page): leave it as it was.
      await page.evaluate(clickScript, 'original');
      await waitForMine(page, 'pink', QUOTE);
      await page.close();
    } finally {
      await server.close();
    }
  });
}
