import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';
import { clickBadge, openNote } from './pages';

/** How a control looks: what tells on from off from an action. */
interface Look {
  background: string;
  opacity: string;
  decoration: string;
  weight: string;
}

// Run in the page or the popup, so each stands alone.
const noteLooks = (selectors: string[]) =>
  selectors.map((sel) => {
    const note = (window as unknown as { __govlensNote: ShadowRoot }).__govlensNote;
    const s = getComputedStyle(note.querySelector(sel)!);
    return {
      background: s.backgroundColor,
      opacity: s.opacity,
      decoration: s.textDecorationLine,
      weight: s.fontWeight,
    };
  });
const popupLooks = (selectors: string[]) =>
  selectors.map((sel) => {
    const s = getComputedStyle(document.querySelector(sel)!);
    return {
      background: s.backgroundColor,
      opacity: s.opacity,
      decoration: s.textDecorationLine,
      weight: s.fontWeight,
    };
  });

const SELECTORS = [
  'button[data-kind="official"]',
  'button[data-kind="place"]',
  'button[data-action="clear"]',
];

/** On, off and an action must not look alike: fill, weight and strike-through, never a dimmed whole. */
function expectDistinct([off, on, clear]: Look[]) {
  expect(on!.opacity).toBe('1');
  expect(clear!.opacity).toBe('1');
  expect(on!.background).not.toBe(off!.background);
  expect(on!.weight).not.toBe(off!.weight);
  expect(off!.decoration).toContain('line-through');
  expect(on!.decoration).not.toContain('line-through');
  expect(clear!.background).not.toBe(on!.background);
}

/** The highlight switches in the note and the popup show whether they are on. */
export function controlScenarios(env: () => E2EEnv) {
  it('shows each highlight switch on or off, and 清除标注 as an action, in the note and the popup', async () => {
    const { driver, server } = env();
    const file = 'hostile-listeners.html';
    const page = await openSample(env(), file);
    await page.waitUntil(openNote, undefined);
    await page.waitUntil(
      () => !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector('.legend'),
      undefined,
    );
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    await page.waitUntil(
      () =>
        (window as unknown as { __govlensNote: ShadowRoot }).__govlensNote
          .querySelector('button[data-kind="official"]')
          ?.getAttribute('aria-pressed') === 'false',
      undefined,
    );
    expectDistinct(await page.evaluate(noteLooks, SELECTORS));
    await page.screenshot(`${driver.browser}-note-switches`);
    const popup = await openPopup(env(), server.url(file));
    await popup.waitFor('.controls button[data-kind="official"][aria-pressed="false"]');
    expectDistinct(
      await popup.evaluate(
        popupLooks,
        SELECTORS.map((s) => `.controls ${s}`),
      ),
    );
    await popup.screenshot(`${driver.browser}-popup-switches`);
    // Leave the highlights on for the next scenario.
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    await page.waitUntil(
      () =>
        (window as unknown as { __govlensNote: ShadowRoot }).__govlensNote
          .querySelector('button[data-kind="official"]')
          ?.getAttribute('aria-pressed') === 'true',
      undefined,
    );
    await popup.close();
    await page.close();
  });
}
