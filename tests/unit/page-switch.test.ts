import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
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

describe('the script switch and text the page changes itself', () => {
  // A traditional-script paragraph with a live counter the page updates in its own text node.
  const page = () => {
    const doc = parseDocument(
      '<html><body><p id="p">臨江區便民服務中心開放，已有<span id="n">1024</span>位市民預約辦理業務。</p></body></html>',
    );
    const nodes = [...doc.getElementById('p')!.childNodes].flatMap((n) =>
      n.nodeType === 3 ? [n as Text] : [...n.childNodes].map((c) => c as Text),
    );
    return { doc, nodes, counter: doc.getElementById('n')!.firstChild as Text };
  };

  it('leaves a node the page changed after it was read alone, converting and restoring the others', async () => {
    const { doc, nodes, counter } = page();
    const switcher = new ScriptSwitch(nodes);
    counter.data = '1025';
    await switcher.set('simplified', localServices.convert);
    expect(doc.getElementById('p')!.textContent).toBe('临江区便民服务中心开放，已有1025位市民预约办理业务。');
    counter.data = '1026';
    await switcher.set('original', localServices.convert);
    expect(doc.getElementById('p')!.textContent).toBe('臨江區便民服務中心開放，已有1026位市民預約辦理業務。');
  });

  it('leaves a sentence the page rewrote while it was shown converted, and restores the rest', async () => {
    const { doc, nodes } = page();
    const switcher = new ScriptSwitch(nodes);
    await switcher.set('simplified', localServices.convert);
    nodes[0]!.data = '臨江區便民服務中心今日開放，已有';
    await switcher.set('original', localServices.convert);
    expect(doc.getElementById('p')!.textContent).toBe(
      '臨江區便民服務中心今日開放，已有1024位市民預約辦理業務。',
    );
    await switcher.set('simplified', localServices.convert);
    expect(doc.getElementById('p')!.textContent).toBe(
      '臨江區便民服務中心今日開放，已有1024位市民预约办理业务。',
    );
  });
});
