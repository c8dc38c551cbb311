import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The store builds: what a reader installs. Built here so the test sees exactly what `npm run build` makes.
const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

describe('store builds ask only for what they use', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'ignore' });
  }, 120000);

  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    it(`${dir}: MV3, storage, on-request reading, a selection menu (and Chromium's offscreen document) only, runs on government sites and WeChat articles, never on local pages`, () => {
      const m = read(dir);
      expect(m.manifest_version).toBe(3);
      // Chromium's analysis workers live in an offscreen document; Firefox's background page starts them.
      const offscreen = dir.includes('chrome') ? ['offscreen'] : [];
      expect(m.permissions).toEqual([
        'storage',
        'activeTab',
        'scripting',
        'contextMenus',
        'clipboardWrite',
        ...offscreen,
      ]);
      // The reader's keyboard commands, named in the reader's language.
      expect(Object.keys(m.commands).sort()).toEqual([
        '_execute_action',
        'copy-card',
        'highlight-selection',
        'note-selection',
        'toggle-highlights',
      ]);
      expect(m.commands['highlight-selection'].description).toMatch(/^__MSG_\w+__$/);
      expect(m.host_permissions ?? []).toEqual([]);
      // Sites the reader adds in the options page are asked for then, one by one.
      expect(m.optional_host_permissions).toEqual(['*://*/*']);
      expect(m.options_ui.page).toBe('options.html');
      const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
      expect(matches).toContain('*://*.gov.cn/*');
      // WeChat official-account articles (上海发布 and the district accounts) are read by themselves too.
      expect(matches).toContain('https://mp.weixin.qq.com/*');
      expect(matches.some((u: string) => /127\.0\.0\.1|localhost/.test(u))).toBe(false);
    });
  }

  it('the Firefox build names its add-on id and the Firefox version its APIs need', () => {
    const gecko = read('.output/firefox-mv3').browser_specific_settings.gecko;
    expect(gecko.id).toBe('govnews-lens@govlens.example');
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(140);
    expect(read('.output/chrome-mv3').browser_specific_settings).toBeUndefined();
    // Highlights use the CSS Custom Highlight API (Chrome 105); the analysis workers an offscreen document (109).
    expect(read('.output/chrome-mv3').minimum_chrome_version).toBe('109');
  });

  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv3']) {
    it(`${dir}: icons at the sizes the stores ask for (16, 32, 48, 128; Firefox 48, 96), each a PNG of its size`, () => {
      const m = read(dir);
      expect(Object.keys(m.icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
      expect(Object.keys(m.action.default_icon).map(Number)).toEqual([16, 32]);
      for (const [size, file] of Object.entries({ ...m.icons, ...m.action.default_icon }) as [
        string,
        string,
      ][]) {
        const png = fs.readFileSync(path.join(dir, file));
        expect(png.subarray(1, 4).toString()).toBe('PNG');
        // IHDR: width and height, big-endian, at bytes 16 and 20.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
      }
    });
  }
});
