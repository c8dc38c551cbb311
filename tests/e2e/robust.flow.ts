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

/** An article of our own: a name wrapped over two lines of a narrow column, others in wide paragraphs. */
const HOVER = { file: 'hover-edges.html', wrapped: '赵雅琴', wide: '郑海涛', low: '滨河街道' };

/** How a kind's names and mentions read in each locale: the same words in the note, the popup and the card. */
const COUNT = {
  zh: { toggle: (n: number, m: number) => `${n} 位 · ${m} 处`, heading: (n: number) => `官员 ${n} 位` },
  en: {
    toggle: (n: number, m: number) => `${n} names · ${m} mentions`,
    heading: (n: number) => `Officials ${n} names`,
  },
};

// Run in the page, so each stands alone. The note's root: the test hook of a closed shadow root, or an open one.
const badgeState = () =>
  (
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote ??
    document.querySelector('govlens-badge')?.shadowRoot
  )
    ?.querySelector('.badge')
    ?.getAttribute('data-state') ?? null;
const noteToggleText = (kind: string) => {
  const root =
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote ??
    document.querySelector('govlens-badge')?.shadowRoot;
  // The note is a pill until opened: open it as a reader would.
  root?.querySelector<HTMLButtonElement>('.pill[aria-expanded="false"]')?.click();
  return root?.querySelector(`.legend button[data-kind="${kind}"]`)?.textContent ?? null;
};
/** Whether no hover card is shown. */
const hoverGone = () =>
  !(
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote ??
    document.querySelector('govlens-badge')?.shadowRoot
  )?.querySelector('.hover');
/** Whether the hover card's top is within 3 px of this. */
const hoverTopAt = (top: number) => {
  const card = (
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote ??
    document.querySelector('govlens-badge')?.shadowRoot
  )?.querySelector('.hover');
  return !!card && Math.abs(card.getBoundingClientRect().top - top) <= 3;
};

/** The line boxes of the first highlighted mention with this text, and the box of its last character. */
const mentionLines = (text: string) => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values())
    for (const r of h) {
      if (r.toString() !== text) continue;
      const lines = Array.from(r.getClientRects())
        .filter((b) => b.width > 0)
        .map((b) => ({ left: b.left, right: b.right, top: b.top, bottom: b.bottom }));
      const last = document.createRange();
      last.setStart(r.endContainer, r.endOffset - 1);
      last.setEnd(r.endContainer, r.endOffset);
      const b = last.getBoundingClientRect();
      return { lines, last: { left: b.left, right: b.right, top: b.top, bottom: b.bottom } };
    }
  return null;
};
/** Scrolls the first mention with this text to the middle of the window. */
const scrollToMiddle = (text: string) => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values())
    for (const r of h)
      if (r.toString() === text) {
        const b = r.getBoundingClientRect();
        window.scrollBy(0, (b.top + b.bottom) / 2 - window.innerHeight / 2);
        return true;
      }
  return false;
};
/** Scrolls the page so that the first mention with this text sits just above the window's bottom. */
const scrollToBottomEdge = (text: string) => {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values())
    for (const r of h)
      if (r.toString() === text) {
        window.scrollBy(0, r.getBoundingClientRect().bottom - (window.innerHeight - 24));
        return true;
      }
  return false;
};

/** The hover card's box in the viewport, or null while none is shown. */
const hoverBox = () => {
  const card = (
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote ??
    document.querySelector('govlens-badge')?.shadowRoot
  )?.querySelector('.hover');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return { left: r.left, top: r.top, bottom: r.bottom, right: r.right, text: card.textContent ?? '' };
};

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

  it('puts the hover card by the line pointed at, above a word near the window bottom, and from the last character too', async () => {
    // A short window, so that a word can be scrolled to its bottom edge (left of the note).
    const page = await env().driver.newTab({ width: 1280, height: 480 });
    await page.goto(env().server.url(HOVER.file));
    await page.waitUntil(noteToggleText, 'official');
    const away = () => page.pointAt(2, 2);
    const near = (a: number, b: number) => Math.abs(a - b) <= 3;

    // The last character's right edge is part of the name.
    await page.evaluate(scrollToMiddle, HOVER.wide);
    const wide = (await page.evaluate(mentionLines, HOVER.wide))!;
    await page.pointAt(wide.last.right - 1, (wide.last.top + wide.last.bottom) / 2);
    await page.waitUntil(hoverBox, undefined, 5000);
    expect((await page.evaluate(hoverBox, undefined))!.text).toContain(HOVER.wide);
    // Named once, said in the reader's grammar.
    expect((await page.evaluate(hoverBox, undefined))!.text).toContain(
      { zh: '本文提及 1 次', en: 'Mentioned once in this article' }[env().driver.locale],
    );
    // Beside the line's end, over no character, there is no card.
    await away();
    await page.waitUntil(hoverGone, undefined, 5000);

    // A name wrapped over two lines: the card goes under the line pointed at, from where that piece starts.
    await page.evaluate(scrollToMiddle, HOVER.wrapped);
    const wrapped = (await page.evaluate(mentionLines, HOVER.wrapped))!;
    expect(wrapped.lines.length).toBe(2);
    for (const line of wrapped.lines) {
      await page.pointAt((line.left + line.right) / 2, (line.top + line.bottom) / 2);
      await page.waitUntil(hoverTopAt, line.bottom + 8, 5000);
      const box = (await page.evaluate(hoverBox, undefined))!;
      expect(box.text).toContain(HOVER.wrapped);
      expect(near(box.left, Math.max(8, line.left))).toBe(true);
      await away();
      await page.waitUntil(hoverGone, undefined, 5000);
    }
    await page.screenshot(`${env().driver.browser}-hover-wrapped`);

    // Near the window's bottom the card opens above the word, whole inside the window.
    expect(await page.evaluate(scrollToBottomEdge, HOVER.low)).toBe(true);
    const low = (await page.evaluate(mentionLines, HOVER.low))!;
    const line = low.lines[0]!;
    await page.pointAt((line.left + line.right) / 2, (line.top + line.bottom) / 2);
    await page.waitUntil(hoverBox, undefined, 5000);
    const box = (await page.evaluate(hoverBox, undefined))!;
    expect(box.text).toContain(HOVER.low);
    expect(box.bottom).toBeLessThanOrEqual(line.top);
    expect(box.top).toBeGreaterThanOrEqual(0);
    await page.screenshot(`${env().driver.browser}-hover-above`);
    expect(page.errors).toEqual([]);
    await page.close();
  });
}
