import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';
import { clickScript, readHighlights } from './pages';

/** An article of our own where one official's name is split by inline markup (区长<span>赵</span>雅琴). */
const SPLIT = { file: 'split-names.html', officials: 2, mentions: 6 };

/** A traditional-script article of our own with emoji of every shape around names and sentences. */
const EMOJI = {
  file: 'emoji-article.html',
  whole: ['👨\u200d👩\u200d👧', '👍🏽', '🇨🇳', '1️⃣', '❤️', '𠮷大爷'],
};

/** How a kind's names and mentions read in each locale: the same words in the note, the popup and the card. */
const COUNT = {
  zh: { toggle: (n: number, m: number) => `${n} 位 · ${m} 处`, heading: (n: number) => `官员 ${n} 位` },
  en: {
    toggle: (n: number, m: number) => `${n} names · ${m} mentions`,
    heading: (n: number) => `Officials ${n} names`,
  },
};

// Run in the page, so each stands alone.
const badgeState = () =>
  document.querySelector('govlens-badge')?.shadowRoot?.querySelector('.badge')?.getAttribute('data-state') ??
  null;
const noteToggleText = (kind: string) =>
  document.querySelector('govlens-badge')?.shadowRoot?.querySelector(`.legend button[data-kind="${kind}"]`)
    ?.textContent ?? null;

/** At most this many filler items: 10 MB in 512 KB items is 20, then a few of each smaller size. */
const FILLERS = 2000;

/** The part of the extension API these pages call (`browser` in Firefox, `chrome` in Chromium). */
type SessionApi = {
  storage: { session: { set(i: object): Promise<void>; remove(k: string[]): Promise<void> } };
};

/**
 * Runs in an extension page: fills storage.session to the brim, with items of 512 KB, then of half
 * that and so on down to 256 bytes (a card is larger), until the browser refuses even those. Returns how many it took.
 */
async function fillSession(most: number): Promise<number> {
  const g = globalThis as unknown as { browser?: SessionApi; chrome?: SessionApi };
  const api = (g.browser ?? g.chrome)!;
  let n = 0;
  for (let size = 512 * 1024; size >= 256 && n < most; size /= 2) {
    const chunk = 'x'.repeat(size);
    while (n < most) {
      try {
        await api.storage.session.set({ [`filler:${n}`]: chunk });
        n++;
      } catch {
        break;
      }
    }
  }
  return n;
}

/** Runs in an extension page: removes what fillSession() wrote. */
async function emptySession(most: number): Promise<void> {
  const g = globalThis as unknown as { browser?: SessionApi; chrome?: SessionApi };
  const api = (g.browser ?? g.chrome)!;
  await api.storage.session.remove(Array.from({ length: most }, (_, n) => `filler:${n}`));
}

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

  it('shows the card in the note and the popup when storage.session is full', async () => {
    const words = COUNT[env().driver.locale];
    const ext = await env().driver.newTab();
    await ext.goto(env().driver.extensionUrl('library.html'));
    const filled = await ext.evaluate(fillSession, FILLERS);
    try {
      const page = await openSample(env(), SPLIT.file);
      await page.waitUntil(noteToggleText, 'official');
      expect(await page.evaluate(noteToggleText, 'official')).toContain(
        words.toggle(SPLIT.officials, SPLIT.mentions),
      );
      expect(await page.evaluate(badgeState, undefined)).toBe('article');
      const popup = await openPopup(env(), env().server.url(SPLIT.file));
      await popup.waitFor('#card-title');
      expect(await popup.text('#card-title')).toBe('区长赵雅琴到滨河街道检查防汛工作');
      expect(page.errors).toEqual([]);
      await popup.close();
      await page.close();
    } finally {
      await ext.evaluate(emptySession, FILLERS);
      await ext.close();
    }
    // The browser refused some of the filler: the area was full when the card came.
    expect(filled).toBeLessThan(FILLERS);
  });

  it('keeps emoji whole in the page through highlights and a script switch, and out of every highlight', async () => {
    const page = await openSample(env(), EMOJI.file);
    await page.waitUntil(noteToggleText, 'official');
    const h = await page.evaluate(readHighlights, undefined);
    expect(h['govlens-official']).toContain('趙雅琴');
    expect(h['govlens-official']).toContain('鄭海濤');
    const picture = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D|[\uD800-\uDFFF]/u;
    for (const text of Object.values(h).flat()) expect(picture.test(text), text).toBe(false);
    await page.evaluate(clickScript, 'simplified');
    await page.waitUntil((t) => (document.body.textContent ?? '').includes(t), '区长赵雅琴');
    const text = await page.evaluate(() => document.body.textContent ?? '', undefined);
    for (const e of EMOJI.whole) expect(text, e).toContain(e);
    expect(text).toContain('🎉区长赵雅琴到滨河街道检查防汛工作👍');
    const after = await page.evaluate(readHighlights, undefined);
    expect(after['govlens-official']).toContain('赵雅琴');
    for (const t of Object.values(after).flat()) expect(picture.test(t), t).toBe(false);
    await page.evaluate(clickScript, 'original');
    await page.waitUntil((t) => (document.body.textContent ?? '').includes(t), '區長趙雅琴😀');
    expect(page.errors).toEqual([]);
    await page.close();
  });
}
