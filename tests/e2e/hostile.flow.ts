import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';
import { badgeText, clickBadge, clickScript, openNote, readHighlights } from './pages';

/** The article of the hostile sample pages (tests/fixtures/pages/hostile-*.html). */
const TITLE = '临江区召开优化营商环境工作推进会';

/** The second article of spa-navigation.html, and the first one's headline as the page changes it. */
const SPA_TITLE = '临江区部署防汛防台工作';
const RETITLED = '临江区召开优化营商环境工作推进大会';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Run in the page, so each stands alone.
const hasHighlight = (name: string) =>
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(name);
const lacksHighlight = (name: string) =>
  !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(name);
const noteSays = (t: string) =>
  !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote
    ?.querySelector('.badge')
    ?.textContent?.includes(t);
const highlighted = (text: string) => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values()) for (const r of h) if (r.toString() === text) return true;
  return false;
};
const includes = (p: string) => (document.body.textContent ?? '').includes(p);
const pressedScript = (mode: string) =>
  (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote
    ?.querySelector('.scripts button[aria-pressed="true"]')
    ?.getAttribute('data-script') === mode;
const highlightCount = () => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  let n = 0;
  for (const h of registry.values()) n += h.size;
  return n;
};

/**
 * Pages that work against the extension: they listen to what it posts, forge its messages, claim
 * its element names, listen to its clicks, clear its highlights, change text it switched, and
 * navigate without loading. The same scenarios in Chromium and Firefox.
 */
export function hostileScenarios(env: () => E2EEnv) {
  it('a page cannot learn the extension id or switch it off with a forged start-up message', async () => {
    const { driver, server } = env();
    const page = await openSample(env(), 'hostile-shutdown.html');
    expect(await page.evaluate(badgeText, undefined)).toContain(TITLE);
    await page.waitUntil(highlightCount, undefined);
    // Nothing posted to the page names the extension.
    const posted = await page.evaluate(
      () => (window as unknown as { __posted: string[] }).__posted,
      undefined,
    );
    expect(posted.join('\n')).not.toContain(driver.extensionId);
    // The start-up message of WXT's content script context, forged with the extension's public id, as
    // an event on the document and as a posted message.
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, driver.extensionId);
    await pause(500);
    // The note stays and still works: clearing removes the highlights.
    expect(await page.evaluate(badgeText, undefined)).toContain(TITLE);
    expect(await page.evaluate(highlightCount, undefined)).toBeGreaterThan(0);
    // The popup still reaches the page.
    const popup = await openPopup(env(), server.url('hostile-shutdown.html'));
    await popup.waitFor('.controls button[data-action="clear"]');
    await page.evaluate(clickBadge, 'button[data-action="clear"]');
    await page.waitUntil(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].every((h) => h.size === 0);
    }, undefined);
    expect(Object.values(await page.evaluate(readHighlights, undefined)).flat()).toEqual([]);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows its note on a page that claimed custom element names first', async () => {
    const page = await openSample(env(), 'hostile-element.html');
    expect(await page.evaluate(badgeText, undefined)).toContain(TITLE);
    await page.waitUntil(highlightCount, undefined);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps its note closed and its clicks and keys to itself, and puts back highlights the page clears', async () => {
    const page = await openSample(env(), 'hostile-listeners.html');
    await page.waitUntil(highlightCount, undefined);
    // The page cannot look into the note.
    expect(
      await page.evaluate(
        () => (window as unknown as { peekShadow(): string | null }).peekShadow(),
        undefined,
      ),
    ).toBeNull();
    // A real click on a switch of the note, then keys on it: the switch works, the page hears nothing.
    await page.waitUntil(openNote, undefined);
    const box = await page.evaluate(() => {
      const note = (window as unknown as { __govlensNote: ShadowRoot }).__govlensNote;
      const r = note.querySelector('button[data-kind="official"]')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await page.evaluate(() => {
      (window as unknown as { __heard: string[] }).__heard = [];
    }, undefined);
    await page.clickAt(box.x, box.y);
    await page.waitUntil(lacksHighlight, 'govlens-official');
    await page.press('Enter');
    await page.waitUntil(hasHighlight, 'govlens-official');
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard, undefined);
    expect(heard.filter((h) => h.includes('data-govlens'))).toEqual([]);
    // The page clears every highlight of the document; they come back while the article is the same.
    await page.evaluate(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear(),
      undefined,
    );
    await page.waitUntil(hasHighlight, 'govlens-official', 3000);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('switches 简/繁 without writing back text the page changed after load (a live counter)', async () => {
    const page = await openSample(env(), 'live-counter.html');
    const resets = () =>
      page.evaluate(() => (window as unknown as { __counterReset: string[] }).__counterReset, undefined);
    for (const mode of ['simplified', 'traditional', 'original']) {
      await page.evaluate(clickScript, mode);
      await page.waitUntil(pressedScript, mode);
      await pause(300);
    }
    await page.evaluate(clickScript, 'simplified');
    await page.waitUntil(includes, '临江区便民服务中心新址启用');
    expect(await page.evaluate(includes, '预约人数仍在实时更新')).toBe(true);
    await pause(300);
    expect(await resets()).toEqual([]);
    await page.evaluate(clickScript, 'original');
    await page.waitUntil(includes, '預約人數仍在實時更新');
    await pause(300);
    expect(await resets()).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('follows a single-page app to another article and back, in the note, the highlights and the popup; 重新分析 reads again', async () => {
    const { server } = env();
    const page = await openSample(env(), 'spa-navigation.html');
    expect(await page.evaluate(badgeText, undefined)).toContain(TITLE);
    await page.evaluate(() => (window as unknown as { goTo(id: string): void }).goTo('2'), undefined);
    await page.waitUntil(noteSays, SPA_TITLE);
    await page.waitUntil(highlighted, '周文斌');
    expect(await page.evaluate(highlighted, '林建华')).toBe(false);
    // The popup for the new address shows the new article, and saves it.
    const popup = await openPopup(env(), server.url('spa-navigation.html?article=2'));
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(SPA_TITLE);
    await popup.waitFor('#save[data-state="unsaved"]');
    await popup.click('#save');
    await popup.waitFor('#save[data-state="saved"]');
    await popup.close();
    const library = await env().driver.newTab({ width: 1000, height: 760 });
    await library.goto(env().driver.extensionUrl('library.html'));
    await library.waitFor('#articles > li');
    expect((await library.texts('#articles > li')).join('\n')).toContain(SPA_TITLE);
    await library.close();
    // Back: the first article again.
    await page.evaluate(() => history.back(), undefined);
    await page.waitUntil(noteSays, TITLE);
    await page.waitUntil(highlighted, '林建华');
    // The page changes its headline by a character, too little to be read again by itself: 重新分析 does.
    await page.evaluate((t) => {
      document.querySelector('h1')!.textContent = t;
      document.title = `${t}_区内要闻_临江区人民政府`;
    }, RETITLED);
    const again = await openPopup(env(), server.url('spa-navigation.html'));
    await again.waitFor('#card-title');
    expect(await again.text('#card-title')).toBe(TITLE);
    await again.click('#reanalyze');
    await again
      .waitUntil((t) => document.querySelector('#card-title')?.textContent === t, RETITLED)
      .catch(async (e) => {
        throw new Error(`${e}; the popup shows: ${await again.text('body')}`);
      });
    await page.waitUntil(noteSays, RETITLED);
    expect(page.errors).toEqual([]);
    await again.close();
    await page.close();
  });
}
