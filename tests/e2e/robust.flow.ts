import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';

/** An article of our own where one official's name is split by inline markup (区长<span>赵</span>雅琴). */
const SPLIT = { file: 'split-names.html', officials: 2, mentions: 6 };

/** How a kind's names and mentions read in each locale: the same words in the note, the popup and the card. */
const COUNT = {
  zh: { toggle: (n: number, m: number) => `${n} 位 · ${m} 处`, heading: (n: number) => `官员 ${n} 位` },
  en: {
    toggle: (n: number, m: number) => `${n} names · ${m} mentions`,
    heading: (n: number) => `Officials ${n} names`,
  },
};

// Run in the page, so each stands alone.
const noteToggleText = (kind: string) =>
  document.querySelector('govlens-badge')?.shadowRoot?.querySelector(`.legend button[data-kind="${kind}"]`)
    ?.textContent ?? null;

/** Pages that try the extension's edges: numbers said in words, markup in page text. Both browsers. */
export function robustScenarios(env: () => E2EEnv) {
  it('says how many officials and how many mentions, in words, the same in the note, the popup row and the card', async () => {
    const words = COUNT[env().driver.locale];
    const page = await openSample(env(), SPLIT.file);
    // The name split by markup is one mention, though it is painted as two ranges.
    await page.waitUntil(noteToggleText, 'official');
    const note = await page.evaluate(noteToggleText, 'official');
    expect(note).toContain(words.toggle(SPLIT.officials, SPLIT.mentions));
    await page.screenshot(`${env().driver.browser}-counts-note`);
    const popup = await openPopup(env(), env().server.url(SPLIT.file));
    await popup.waitFor('#officials');
    expect(await popup.text('.controls button[data-kind="official"]')).toContain(
      words.toggle(SPLIT.officials, SPLIT.mentions),
    );
    expect((await popup.text('#officials h2')).replace(/\s+/g, ' ').trim()).toBe(
      words.heading(SPLIT.officials),
    );
    // The card's mentions (×4, ×2) add up to the mentions the toggles count.
    const chips = await popup.texts('#officials .count');
    expect(chips.reduce((n, c) => n + Number(c.replace('×', '')), 0)).toBe(SPLIT.mentions);
    await popup.screenshot(`${env().driver.browser}-counts-popup`, true);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
}
