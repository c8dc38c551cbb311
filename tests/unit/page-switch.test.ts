import { describe, expect, it } from 'vitest';
import { articleTextNodes } from '../../lib/extract/index';
import { analyzeLocal, localServices } from '../../lib/local';
import { ScriptSwitch } from '../../lib/normalize/page-switch';
import { loadPage, SEED_PAGES } from './helpers';

describe('the in-page script switch', () => {
  for (const name of SEED_PAGES) {
    it(`${name}: 简体, 繁體 and back to the original leaves the DOM identical`, async () => {
      const doc = loadPage(name);
      const before = doc.documentElement.outerHTML;
      const { extraction } = await analyzeLocal(doc);
      const nodes = articleTextNodes(extraction);
      const switcher = new ScriptSwitch(nodes);
      const article = () => nodes.map((n) => n.data).join('\n');
      // Characters that exist only in traditional script, and their simplified forms.
      const TRADITIONAL = /[區們這說與為會號體關聯國總讓領書記見]/;
      const SIMPLIFIED = /[区们这说与为会号体关联国总让领书记见]/;

      await switcher.set('simplified', localServices.convert);
      expect(article()).not.toMatch(TRADITIONAL);
      expect(article()).toMatch(SIMPLIFIED);
      await switcher.set('traditional', localServices.convert);
      expect(article()).toMatch(TRADITIONAL);
      expect(article()).not.toMatch(SIMPLIFIED);
      expect(switcher.current).toBe('traditional');
      await switcher.set('original', localServices.convert);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('converts the headline and body of a traditional page to simplified, and only those nodes', async () => {
    const doc = loadPage('eastday-traditional');
    const { extraction } = await analyzeLocal(doc);
    const nav = doc.body.querySelector('a')?.textContent;
    const switcher = new ScriptSwitch(articleTextNodes(extraction));
    await switcher.set('simplified', localServices.convert);
    expect(doc.querySelector('h1')?.textContent).toBe('让群众安心温暖过年 市领导看望困难群众');
    expect(doc.body.textContent).toContain('张永珍说,街道居委平日里一直很关心');
    expect(doc.body.querySelector('a')?.textContent).toBe(nav);
    expect(doc.querySelector('title')?.textContent).toContain('讓群眾');
  });
});
