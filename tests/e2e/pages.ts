import path from 'node:path';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';

export const PAGES_DIR = path.resolve('tests/fixtures/pages');

export function servePages(): Promise<StaticServer> {
  return serveFolder(PAGES_DIR);
}

/** Runs in the page: what the extension's on-page note says, or null while it is not there. */
export function badgeText(): string | null {
  const badge = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector('.badge');
  if (!badge) return null;
  return Array.from(badge.querySelectorAll('span'), (s) => s.textContent).join(' ');
}

/** What a reader sees of each sample page, from the project's own expected cards. */
export const EXPECT = {
  epaper: { file: 'xuhui-epaper.html', title: '让市民群众过个祥和年健康年幸福年' },
  eastday: {
    file: 'eastday-traditional.html',
    title: '让群众安心温暖过年 市领导看望困难群众',
    date: '2018-02-14 08:53:41',
  },
  list: { file: 'news-list.html' },
  csp: { file: 'strict-csp.html', title: '区委书记陈立明、区长赵雅琴赴滨河街道调研基层治理工作' },
};

/** Runs in the page: clicks a script button in the extension's note. */
export function clickScript(mode: string): void {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  // The note is a pill until opened: open it as a reader would.
  const pill = root?.querySelector<HTMLButtonElement>('.pill[aria-expanded="false"]');
  pill?.click();
  const button = root?.querySelector<HTMLButtonElement>(`button[data-script="${mode}"]`);
  if (!button) throw new Error(`no ${mode} button`);
  button.click();
}

/** A phrase of each seed page's article as it reads in each script. */
export const SCRIPT_CASES = [
  {
    file: 'xuhui-epaper.html',
    simplified: '中央政治局委员、市委书记李强',
    traditional: '中央政治局委員、市委書記李強',
  },
  { file: 'eastday-traditional.html', simplified: '让群众安心温暖过年', traditional: '讓群眾安心溫暖過年' },
  { file: 'waitan-newsletter.html', simplified: '我为群众办实事', traditional: '我為群眾辦實事' },
  {
    file: 'hongkou-pinyin.html',
    simplified: '李谦首先来到北外滩街道',
    traditional: '李謙首先來到北外灘街道',
  },
  { file: 'changzhou-union.html', simplified: '送温暖启动仪式', traditional: '送溫暖啟動儀式' },
];

/** Where two serializations first differ, with some context: a readable assertion on DOM equality. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 60))} vs ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 60))}`;
}

/**
 * Runs in the page: the body as HTML, for comparing the DOM before and after. Form controls lose
 * their style attribute in the copy: Chromium's autofill sets `style=""` on inputs on its own.
 */
export function pageSnapshot(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const el of Array.from(copy.querySelectorAll('input, select, textarea'))) el.removeAttribute('style');
  return copy.outerHTML;
}

/** Runs in the page: the text of every range in each of the page's highlights, by highlight name. */
export function readHighlights(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  if (!registry) return out;
  for (const [name, h] of registry) out[name] = [...h].map((r) => r.toString());
  return out;
}

/** Runs in the page: clicks a button of the extension's note by a CSS selector. */
export function clickBadge(selector: string): void {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  // The note is a pill until opened: open it as a reader would.
  if (!root?.querySelector(selector))
    root?.querySelector<HTMLButtonElement>('.pill[aria-expanded="false"]')?.click();
  const button = root?.querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`no ${selector} in the note`);
  button.click();
}

/** Runs in the page: the centre of the first highlighted range with this text, scrolled into view. */
export function highlightCentre(text: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values()) {
    for (const r of h) {
      if (r.toString() !== text) continue;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      // The first line's box: a mention broken over two lines has its bounding box's centre elsewhere.
      const box = r.getClientRects()[0] ?? r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
}

/** Runs in the page: the text of the hover card, or null. */
export function hoverText(): string | null {
  return (
    (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote?.querySelector('.hover')
      ?.textContent ?? null
  );
}

/** Runs in the page: puts the caret inside the first highlighted range with this text, as caret browsing does. */
export function caretInto(text: string): boolean {
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const h of registry.values()) {
    for (const r of h) {
      if (r.toString() !== text) continue;
      document.getSelection()?.collapse(r.startContainer, r.startOffset + 1);
      return true;
    }
  }
  return false;
}

/** Mentions of officials on each seed page, from the project's expected cards (tests/fixtures/expected). */
export const OFFICIAL_MENTIONS: Record<string, number> = {
  'xuhui-epaper.html': 14,
  'eastday-traditional.html': 26,
  'waitan-newsletter.html': 6,
  'hongkou-pinyin.html': 20,
  'changzhou-union.html': 21,
};

/** A district news page naming government bodies, party organs, a residents' committee and a company. */
export const ORGANIZATIONS = {
  file: 'district-organizations.html',
  title: '我区召开社区养老服务推进会 多部门联动破解老年人“助餐难”',
};

/** Runs in the page: the label of a highlight toggle in the extension's note (e.g. "机构 12"). */
export function noteToggle(kind: string): string | null {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  // The note is a pill until opened: open it as a reader would.
  root?.querySelector<HTMLButtonElement>('.pill[aria-expanded="false"]')?.click();
  return root?.querySelector(`.legend button[data-kind="${kind}"]`)?.textContent?.trim() ?? null;
}

/** Runs in the page: the note's pill (its box and state) and the first paragraph's box, or null. */
export function pillLayout(): {
  pill: { left: number; top: number; width: number; height: number };
  expanded: string | null;
  panel: boolean;
} | null {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  const pill = root?.querySelector<HTMLElement>('.pill');
  if (!pill) return null;
  const r = pill.getBoundingClientRect();
  return {
    pill: { left: r.left, top: r.top, width: r.width, height: r.height },
    expanded: pill.getAttribute('aria-expanded'),
    panel: !!root?.querySelector('.panel'),
  };
}

/** Runs in the page: whether the note's pill has the keyboard focus. */
export function pillFocused(): boolean {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  return !!root && root.activeElement === root.querySelector('.pill');
}

/** Runs in the page: the box of the first paragraph with text, in the viewport's coordinates. */
export function firstParagraphBox(): { left: number; top: number; right: number; bottom: number } | null {
  const p = Array.from(document.querySelectorAll('p')).find((e) => (e.textContent ?? '').trim().length > 20);
  if (!p) return null;
  const r = p.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** Runs in the page: opens the note's pill as a reader would (a click), if it is closed. */
export function openNote(): boolean {
  const root = (window as unknown as { __govlensNote?: ShadowRoot }).__govlensNote;
  root?.querySelector<HTMLButtonElement>('.pill[aria-expanded="false"]')?.click();
  return !!root?.querySelector('.panel');
}
