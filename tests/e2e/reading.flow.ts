import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/static-server';
import { type E2EEnv, openPopup, openSample as openSampleIn } from './driver';
import { longArticlePage } from './long-page';
import {
  badgeText,
  caretInto,
  clickBadge,
  clickScript,
  EXPECT,
  firstDifference,
  highlightCentre,
  hoverText,
  noteToggle,
  OFFICIAL_MENTIONS,
  ORGANIZATIONS,
  pageSnapshot,
  readHighlights,
  SCRIPT_CASES,
} from './pages';

/** What the note on the page says when it found an article, in each browser's locale. */
const FOUND = { zh: '已识别文章', en: 'Article found' };
/** How a government body's kind reads in the hover card and the popup card, in each locale. */
const GOVERNMENT = { zh: '政府机构', en: 'Government body' };

/**
 * How long the note of an ordinary page may take, from its tab being opened, while a 4,000-paragraph
 * page is analysed in another tab. Each tab's analysis runs on its own worker thread (a long page
 * never takes the last one), so it waits for no one: measured 1.6–2.2 s in Chromium and 2.3–5.6 s in
 * Firefox (whose tabs of one site share a process with the long page's DOM walk) on a shared 2-core
 * machine at load averages of 12–24; about twice the worst. It was 6–16 s when the background read one
 * page at a time.
 */
const SECOND_TAB_MS = 12000;
/** How long the 4,000-paragraph page itself may take to get its card (a linear engine needs a few seconds). */
const LONG_PAGE_MS = 45000;

/**
 * The mentions at the end of a toggle's label (机构 3 个 · 7 处, 7 mentions) or of a card chip (×3); a chip
 * without one is mentioned once.
 */
const countIn = (label: string | null) =>
  Number(/(\d+)(?:\s*(?:处|mentions?))?$/.exec(label ?? '')?.[1] ?? 1);

// Run in the page, so each stands alone (no reference to another function of this file).
const includes = (p: string) => (document.body.textContent ?? '').includes(p);
const hasHighlight = (name: string) =>
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(name);
const lacksHighlight = (name: string) =>
  !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(name);
const pressed = (mode: string) =>
  (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote
    ?.querySelector('.scripts button[aria-pressed="true"]')
    ?.getAttribute('data-script') === mode;

/**
 * Reading a page with the extension: the article found, scripts switched and restored, highlights,
 * hover cards, the popup's switches, late and on-request pages. The same scenario in Chromium
 * and Firefox.
 */
export function readingScenarios(env: () => E2EEnv) {
  const name = () => env().driver.browser;

  const openSample = async (file: string) => {
    const page = await openSampleIn(env(), file);
    return { page, badge: await page.evaluate(badgeText, undefined) };
  };
  const openPopupFor = (file: string) => openPopup(env(), env().server.url(file));

  it('marks the article on an e-paper page and the popup shows its card', async () => {
    const { page, badge } = await openSample(EXPECT.epaper.file);
    expect(badge).toContain(FOUND[env().driver.locale]);
    expect(badge).toContain(EXPECT.epaper.title);
    await page.screenshot(`${name()}-epaper-page`);
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(EXPECT.epaper.title);
    // Officials with their titles, policy phrases, the other articles of the e-paper page.
    expect(await popup.text('#officials')).toMatch(/李强\s*中央政治局委员、市委书记×6/);
    expect(await popup.text('#phrases')).toContain('一网通办');
    expect(await popup.texts('.card section h2')).toContainEqual(
      expect.stringMatching(/本页其他文章|Other articles/),
    );
    await popup.screenshot(`${name()}-epaper-popup`, true);
    expect(page.errors).toEqual([]);
  });

  it('shows title and date of a traditional-script page in simplified script', async () => {
    await openSample(EXPECT.eastday.file);
    const popup = await openPopupFor(EXPECT.eastday.file);
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(EXPECT.eastday.title);
    expect(await popup.text('#card-meta')).toContain(EXPECT.eastday.date);
  });

  it("says plainly, in the reader's language only, when a page holds no article", async () => {
    const words = { zh: '这是列表页，不是文章。', en: 'This is a list of links, not an article.' };
    const own = words[env().driver.locale];
    const other = words[env().driver.locale === 'zh' ? 'en' : 'zh'];
    const page = await env().driver.newTab();
    await page.goto(env().server.url(EXPECT.list.file));
    const popup = await openPopupFor(EXPECT.list.file);
    await popup.waitFor('#state[data-state="no-article"]');
    expect(await popup.text('#state')).toContain(own);
    expect(await popup.text('#state')).not.toContain(other.slice(0, 4));
    // No note on a page without an article: it would only cover the page.
    expect(await page.evaluate(badgeText, undefined)).toBeNull();
    // Asked again (重新分析), the page says it for a few seconds, in the reader's language only.
    await popup.click('#reanalyze');
    // It says 正在分析… first, then its answer.
    await page.waitUntil(
      (w) =>
        !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote
          ?.querySelector('.badge')
          ?.textContent?.includes(w),
      own,
    );
    const badge = await page.evaluate(badgeText, undefined);
    expect(badge).toContain(own);
    expect(badge).not.toContain(other.slice(0, 4));
    await page.waitUntil(
      () => !(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector('.badge'),
      undefined,
      20000,
    );
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const { page, badge } = await openSample(EXPECT.csp.file);
    expect(badge).toContain(EXPECT.csp.title);
    await page.screenshot(`${name()}-csp-page`);
    expect(page.errors).toEqual([]);
  });

  for (const c of SCRIPT_CASES) {
    it(`switches ${c.file} to 简体, 繁體 and back, leaving the page exactly as it was`, async () => {
      const { page } = await openSample(c.file);
      const before = await page.evaluate(pageSnapshot, undefined);
      await page.evaluate(clickScript, 'simplified');
      await page.waitUntil(includes, c.simplified);
      await page.evaluate(clickScript, 'traditional');
      await page.waitUntil(includes, c.traditional);
      expect(await page.evaluate(includes, c.simplified)).toBe(false);
      await page.screenshot(`${name()}-traditional-${c.file.replace('.html', '')}`);
      await page.evaluate(clickScript, 'original');
      await page.waitUntil(pressed, 'original');
      expect(firstDifference(before, await page.evaluate(pageSnapshot, undefined))).toBeNull();
      expect(page.errors).toEqual([]);
    });
  }

  it('remembers the script per site', async () => {
    const c = SCRIPT_CASES[1]!;
    const { page } = await openSample(c.file);
    await page.evaluate(clickScript, 'simplified');
    await page.waitUntil(includes, c.simplified);
    await page.reload();
    await page.waitUntil(includes, c.simplified);
    await page.waitUntil(pressed, 'simplified');
    await page.evaluate(clickScript, 'original');
    await page.waitUntil(includes, c.traditional);
  });

  it("highlights officials, places and policy phrases on the page's own characters, and clears them", async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    const before = await page.evaluate(pageSnapshot, undefined);
    const h = await page.evaluate(readHighlights, undefined);
    expect(h['govlens-official']!.filter((t) => t === '李强').length).toBe(6);
    expect(h['govlens-official']).toContain('诸葛宇杰');
    expect(h['govlens-place']).toContain('凌云街道社区事务受理服务中心');
    expect(h['govlens-policy']).toContain('城市数字化转型');
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    await page.waitUntil(lacksHighlight, 'govlens-official');
    expect((await page.evaluate(readHighlights, undefined))['govlens-place']).toBeDefined();
    // The choice is kept for the next page: show officials again before clearing.
    await page.evaluate(clickBadge, 'button[data-kind="official"]');
    await page.waitUntil(hasHighlight, 'govlens-official');
    await page.evaluate(clickBadge, 'button[data-action="clear"]');
    expect(await page.evaluate(readHighlights, undefined)).toEqual({});
    expect(await page.evaluate(() => document.adoptedStyleSheets.length, undefined)).toBe(0);
    expect(firstDifference(before, await page.evaluate(pageSnapshot, undefined))).toBeNull();
    expect(page.errors).toEqual([]);
  });

  it('highlights a traditional page on its original characters, and again after a script switch', async () => {
    const { page } = await openSample(EXPECT.eastday.file);
    expect((await page.evaluate(readHighlights, undefined))['govlens-official']).toContain('李強');
    await page.evaluate(clickScript, 'simplified');
    await page.waitUntil(includes, '让群众安心温暖过年');
    await page.waitUntil((name) => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name);
      return !!h && [...h].some((r) => r.toString() === '李强');
    }, 'govlens-official');
    await page.screenshot(`${name()}-highlights-simplified`);
    await page.evaluate(clickScript, 'original');
  });

  it('shows the titles of an official when the pointer rests on a highlighted name, and Esc closes it', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    const at = await page.evaluate(highlightCentre, '诸葛宇杰');
    expect(at).not.toBeNull();
    await page.pointAt(at!.x, at!.y);
    await page.waitUntil(hoverText, undefined, 5000);
    const card = await page.evaluate(hoverText, undefined);
    expect(card).toContain('诸葛宇杰');
    expect(card).toContain('市委常委、市委秘书长');
    await page.screenshot(`${name()}-hover-official`);
    await page.press('Escape');
    await page.waitUntil(
      () => !(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector('.hover'),
      undefined,
    );
  });

  it('shows the card for a mention under the keyboard caret', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    expect(await page.evaluate(caretInto, '城市数字化转型')).toBe(true);
    await page.waitUntil(hoverText, undefined, 5000);
    expect(await page.evaluate(hoverText, undefined)).toContain('数字化');
    await page.press('Escape');
  });

  it('lets the popup toggle highlights and switch the page script', async () => {
    const { page } = await openSample(EXPECT.epaper.file);
    const popup = await openPopupFor(EXPECT.epaper.file);
    await popup.waitFor('.controls button[data-kind="official"]');
    await popup.click('.controls button[data-kind="official"]');
    await page.waitUntil(lacksHighlight, 'govlens-official');
    // The choice holds on the next visit.
    await page.reload();
    await page.waitUntil(badgeText, undefined);
    await page.waitUntil(hasHighlight, 'govlens-place');
    expect(await page.evaluate(hasHighlight, 'govlens-official')).toBe(false);
    await popup.click('.controls button[data-script="traditional"]');
    await page.waitUntil(includes, '中央政治局委員、市委書記李強');
    await popup.screenshot(`${name()}-popup-controls`);
    await popup.click('.controls button[data-script="original"]');
    await page.waitUntil(includes, '中央政治局委员、市委书记李强');
    await popup.click('.controls button[data-kind="official"]');
    await page.waitUntil(hasHighlight, 'govlens-official');
  });

  it('reads a page again when its article arrives after it loaded', async () => {
    const page = await env().driver.newTab();
    await page.goto(env().server.url('late-article.html'));
    await page.waitUntil(
      (t) => !!(window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.textContent?.includes(t),
      '滨江街道社区事务受理服务中心新址启用',
    );
    const h = await page.evaluate(readHighlights, undefined);
    expect(h['govlens-official']).toContain('沈立群');
    expect(h['govlens-official']).toContain('许文涛');
  });

  it('reads a page outside its site list when the reader asks from the popup', async () => {
    const page = await env().driver.newTab();
    const file = `on-request/${EXPECT.csp.file}`;
    await page.goto(env().server.url(file));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(badgeText, undefined)).toBeNull();
    const popup = await openPopupFor(file);
    await popup.waitFor('#read-page');
    await popup.click('#read-page');
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(EXPECT.csp.title);
    await page.waitUntil(badgeText, undefined);
    expect(await page.evaluate(badgeText, undefined)).toContain(EXPECT.csp.title);
  });

  for (const [file, mentions] of Object.entries(OFFICIAL_MENTIONS)) {
    it(`highlights every mention of an official on ${file}, and places and policy phrases`, async () => {
      const { page } = await openSample(file);
      const h = await page.evaluate(readHighlights, undefined);
      expect(h['govlens-official']?.length).toBe(mentions);
      expect(h['govlens-place']?.length).toBeGreaterThan(0);
      expect(h['govlens-policy']?.length).toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
    });
  }

  it('highlights organisations in a colour of their own, with a toggle that holds, and the popup lists them by kind', async () => {
    const { page } = await openSample(ORGANIZATIONS.file);
    const h = await page.evaluate(readHighlights, undefined);
    const organizations = h['govlens-organization'] ?? [];
    // Government bodies, a party organ (the text of a link), party committees, a residents' committee, a
    // company: each highlighted (where a name starts and ends is the recognizer's, tested there).
    for (const word of ['民政局', '组织部', '党工委', '居委会', '有限公司'])
      expect(
        organizations.some((t) => t.includes(word)),
        `${word} among ${organizations.join('、')}`,
      ).toBe(true);
    expect(h['govlens-official']).toContain('郑海涛');
    // The note's toggle counts every highlighted mention.
    expect(countIn(await page.evaluate(noteToggle, 'organization'))).toBe(organizations.length);
    await page.screenshot(`${name()}-organizations-page`);

    // The hover card says what kind of organisation it is.
    const bureau = organizations.find((t) => t.includes('民政局'))!;
    const at = await page.evaluate(highlightCentre, bureau);
    await page.pointAt(at!.x, at!.y);
    await page.waitUntil(hoverText, undefined, 5000);
    expect(await page.evaluate(hoverText, undefined)).toContain(GOVERNMENT[env().driver.locale]);
    await page.screenshot(`${name()}-organizations-hover`);
    await page.press('Escape');

    // The popup: the same count on its toggle, the organisations grouped by kind with their mentions.
    const popup = await openPopupFor(ORGANIZATIONS.file);
    await popup.waitFor('#organizations');
    expect(countIn(await popup.text('.controls button[data-kind="organization"]'))).toBe(
      organizations.length,
    );
    expect(await popup.text('#organizations .group[data-kind="government"] dt')).toBe(
      GOVERNMENT[env().driver.locale],
    );
    expect(await popup.text('#organizations .group[data-kind="government"]')).toContain(bureau);
    const chips = await popup.texts('#organizations .chips li');
    expect(chips.reduce((n, c) => n + countIn(c), 0)).toBe(organizations.length);
    await popup.screenshot(`${name()}-organizations-popup`, true);
    if (popup.dark) {
      await popup.dark(true);
      await popup.screenshot(`${name()}-organizations-popup-dark`, true);
      await popup.dark(false);
    }

    // Hidden from the note, they stay hidden on the next visit; the popup shows them again.
    await page.evaluate(clickBadge, 'button[data-kind="organization"]');
    await page.waitUntil(lacksHighlight, 'govlens-organization');
    expect(await page.evaluate(hasHighlight, 'govlens-official')).toBe(true);
    await page.reload();
    await page.waitUntil(badgeText, undefined);
    await page.waitUntil(hasHighlight, 'govlens-official');
    expect(await page.evaluate(hasHighlight, 'govlens-organization')).toBe(false);
    // A new popup (Firefox never reports a moz-extension:// reload as finished).
    const again = await openPopupFor(ORGANIZATIONS.file);
    await again.waitFor('.controls button[data-kind="organization"][aria-pressed="false"]');
    await again.click('.controls button[data-kind="organization"]');
    await page.waitUntil(hasHighlight, 'govlens-organization');
    expect(page.errors).toEqual([]);
  });

  it('reads a 4,000-paragraph page without holding up an ordinary page in a second tab, and a copy of it too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govlens-long-'));
    fs.writeFileSync(path.join(dir, 'long-article.html'), longArticlePage(4000));
    const server = await serveFolder(dir);
    const long = await env().driver.newTab();
    const second = await env().driver.newTab();
    const again = await env().driver.newTab();
    try {
      await long.goto(server.url('long-article.html'));
      // While the long page is being read, an ordinary page opens in a second tab: its note must come.
      const opened = Date.now();
      await second.goto(env().server.url(EXPECT.csp.file));
      await second.waitUntil(badgeText, undefined, SECOND_TAB_MS);
      console.log(`${name()}: second tab's note ${Date.now() - opened} ms after it was opened`);
      expect(await second.evaluate(badgeText, undefined)).toContain(EXPECT.csp.title);
      await long.waitUntil(badgeText, undefined, LONG_PAGE_MS);
      console.log(`${name()}: long page's note ${Date.now() - opened} ms after the second tab was opened`);
      const badge = await long.evaluate(badgeText, undefined);
      expect(badge).toContain('临江区2024年社区养老服务工作情况汇编');
      expect(badge).toContain('4000');
      expect((await long.evaluate(readHighlights, undefined))['govlens-official']?.length).toBeGreaterThan(
        4000,
      );
      expect(long.errors).toEqual([]);
      // A second copy fills what the browser keeps for popups (10 MB): the older card makes room.
      await again.goto(server.url('long-article.html?again'));
      await again.waitUntil(badgeText, undefined, LONG_PAGE_MS);
      expect(await again.evaluate(badgeText, undefined)).toContain(FOUND[env().driver.locale]);
      const popup = await openPopup(env(), server.url('long-article.html?again'));
      await popup.waitFor('#card-title');
      expect(await popup.text('#card-title')).toBe('临江区2024年社区养老服务工作情况汇编');
      await popup.close();
    } finally {
      await long.close();
      await second.close();
      await again.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
}
