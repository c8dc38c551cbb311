import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';
import { badgeText, EXPECT, firstParagraphBox, pillFocused, pillLayout } from './pages';

/** Runs in the page: puts the keyboard focus on the note's pill, as Tab would when it reaches it. */
const focusPill = () => {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  root?.querySelector<HTMLElement>('.pill')?.focus();
};
const isExpanded = (want: string) => {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  return root?.querySelector('.pill')?.getAttribute('aria-expanded') === want;
};

/** The page note as a pill: small, clear of the article, opened and closed from the keyboard, remembered. */
export function pillScenarios(env: () => E2EEnv) {
  const name = () => env().driver.browser;

  it('is a small pill clear of the article that opens and closes with the keyboard', async () => {
    // A desktop window: the article's column leaves the page's edge free, as on the sites' pages.
    const page = await env().driver.newTab({ width: 1280, height: 900 });
    await page.goto(env().server.url(EXPECT.csp.file));
    await page.waitUntil(badgeText, undefined);
    // The reader's last choice is remembered: start from the pill.
    await page.evaluate(focusPill, undefined);
    if (await page.evaluate(isExpanded, 'true')) await page.press('Escape');
    await page.waitUntil(isExpanded, 'false');
    const compact = (await page.evaluate(pillLayout, undefined))!;
    expect(compact.panel).toBe(false);
    expect(compact.pill.width).toBeGreaterThan(0);
    expect(compact.pill.width).toBeLessThanOrEqual(200);
    expect(compact.pill.height).toBeLessThanOrEqual(48);
    const p = (await page.evaluate(firstParagraphBox, undefined))!;
    const { left, top, width, height } = compact.pill;
    const overlaps = left < p.right && left + width > p.left && top < p.bottom && top + height > p.top;
    expect(overlaps).toBe(false);
    // Screen readers still hear what was found while the note is a pill.
    expect(await page.evaluate(badgeText, undefined)).toContain(EXPECT.csp.title);
    await page.screenshot(`${name()}-note-compact`);

    // Enter opens it, Esc closes it and leaves the focus on the pill, Space opens it again.
    await page.evaluate(focusPill, undefined);
    await page.press('Enter');
    await page.waitUntil(isExpanded, 'true');
    expect((await page.evaluate(pillLayout, undefined))!.panel).toBe(true);
    await page.screenshot(`${name()}-note-expanded`);
    await page.press('Escape');
    await page.waitUntil(isExpanded, 'false');
    expect((await page.evaluate(pillLayout, undefined))!.panel).toBe(false);
    expect(await page.evaluate(pillFocused, undefined)).toBe(true);
    await page.press(' ');
    await page.waitUntil(isExpanded, 'true');

    // Remembered: the next page opens with the note as the reader left it.
    await page.reload();
    await page.waitUntil(badgeText, undefined);
    await page.waitUntil(isExpanded, 'true');
    await page.evaluate(focusPill, undefined);
    await page.press('Escape');
    await page.waitUntil(isExpanded, 'false');
    await page.reload();
    await page.waitUntil(badgeText, undefined);
    expect(await page.evaluate(isExpanded, 'false')).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows no note at all on a page without an article', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('login-page.html'));
    // Read by then: the note of an article page on the same server appears within this time.
    const other = await openSample(env(), EXPECT.csp.file);
    await other.close();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(badgeText, undefined)).toBeNull();
    expect(await page.evaluate(pillLayout, undefined)).toBeNull();
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("fits the popup's first screen with the title and the top entities; a folded section stays folded", async () => {
    const url = env().server.url(EXPECT.epaper.file);
    const page = await openSample(env(), EXPECT.epaper.file);
    const onFirstScreen = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.top + 20 <= innerHeight;
    };
    const isOpen = (sel: string) => !!document.querySelector<HTMLDetailsElement>(sel)?.open;
    let popup = await openPopup(env(), url, 600);
    await popup.waitFor('#card-title');
    await popup.waitFor('#officials');
    expect(await popup.evaluate(onFirstScreen, '#card-title')).toBe(true);
    expect(await popup.evaluate(onFirstScreen, '#officials')).toBe(true);
    await popup.screenshot(`${name()}-popup-one-screen`);
    // The six most mentioned officials first; the other three open on demand.
    const shown = (sel: string) =>
      [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility()).length;
    expect(await popup.evaluate(shown, '#officials li')).toBe(6);
    expect(await popup.text('#officials .more summary')).toMatch(/3/);
    await popup.click('#officials .more summary');
    await popup.waitUntil(
      (sel) => !!document.querySelector<HTMLDetailsElement>(sel)?.open,
      '#officials .more',
    );
    expect(await popup.evaluate(shown, '#officials li')).toBe(9);
    // Opened, it stays open in the next popup; folded again, it stays folded (folded unless opened).
    if (!(await popup.evaluate(isOpen, '#phrases details'))) await popup.click('#phrases summary');
    await popup.waitUntil(isOpen, '#phrases details');
    await new Promise((r) => setTimeout(r, 300));
    await popup.close();
    popup = await openPopup(env(), url, 600);
    await popup.waitFor('#phrases details');
    await popup.waitUntil(isOpen, '#phrases details');
    await popup.click('#phrases summary');
    await popup.waitUntil(
      (sel) => !document.querySelector<HTMLDetailsElement>(sel)?.open,
      '#phrases details',
    );
    await new Promise((r) => setTimeout(r, 300));
    await popup.close();
    popup = await openPopup(env(), url, 600);
    await popup.waitFor('#phrases details');
    await new Promise((r) => setTimeout(r, 300));
    expect(await popup.evaluate(isOpen, '#phrases details')).toBe(false);
    await popup.close();
    expect(page.errors).toEqual([]);
    await page.close();
  });
}
