import { expect, it } from 'vitest';
import { type E2EEnv, openPopup, openSample } from './driver';
import { badgeText } from './pages';

/** The three kinds of page beyond plain news: a 信息公开 document, a WeChat article, an English article. */
const DOC = {
  file: 'xxgk-table.html',
  title: '松岚市人民政府办公厅关于进一步做好老旧小区加装电梯工作的通知',
  docNumber: '松政办发〔2024〕7号',
  issuer: '松岚市人民政府办公厅',
};
const WECHAT = { file: 'wechat-hidden.html', title: '今年起，松岚这些老小区可申请加装电梯，补贴标准看这里' };
const ENGLISH = {
  file: 'english-page.html',
  title: 'New community service center brings one-stop services to Binhe residents',
};

// Run in the page, so each stands alone.
const revealed = () => {
  const c = document.getElementById('js_content');
  return (
    !!c &&
    getComputedStyle(c).visibility === 'visible' &&
    !!document.getElementById('publish_time')?.textContent
  );
};

const documentFirst = () => {
  const block = document.querySelector('#card-document');
  const title = document.querySelector('#card-title');
  return (
    !!block && !!title && (block.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  );
};

/**
 * Pages whose reading depends on the browser: the 信息公开 block shown at the top of the popup card, a
 * WeChat article its own script reveals after load, an article in English. The same scenario in
 * Chromium and Firefox.
 */
export function documentScenarios(env: () => E2EEnv) {
  const name = () => env().driver.browser;
  const popupFor = (file: string) => openPopup(env(), env().server.url(file));

  it('shows the 信息公开 block at the top of the card, dated by 发布日期, and copies it', async () => {
    const page = await openSample(env(), DOC.file);
    expect(await page.evaluate(badgeText, undefined)).toContain(DOC.title);
    const popup = await popupFor(DOC.file);
    await popup.waitFor('#card-document');
    expect(await popup.text('#card-document [data-field="docNumber"] dd')).toBe(DOC.docNumber);
    expect(await popup.text('#card-document [data-field="issuer"] dd')).toBe(DOC.issuer);
    expect(await popup.text('#card-document [data-field="writtenDate"] dd')).toBe('2024-03-12');
    expect(await popup.text('#card-document [data-field="publishedDate"] dd')).toBe('2024-03-15');
    expect(await popup.texts('#card-document dt')).toEqual(
      env().driver.locale === 'zh'
        ? ['文号', '发文机关', '索引号', '成文日期', '发布日期', '主题分类', '有效性']
        : ['Document no.', 'Issued by', 'Index no.', 'Written', 'Published', 'Subject', 'Validity'],
    );
    // The block comes first, before the headline.
    expect(await popup.evaluate(documentFirst, undefined)).toBe(true);
    expect(await popup.text('#card-title')).toBe(DOC.title);
    expect(await popup.text('#card-meta')).toMatch(/^2024-03-15.* · 松岚市人民政府办公厅$/);
    await popup.screenshot(`${name()}-document-popup`, true);
    await popup.click('.export button[data-format="markdown"]');
    await popup.waitUntil(
      () => document.querySelector('#export-status')?.getAttribute('data-copied') === 'markdown',
      undefined,
    );
    const md = await popup.evaluate(() => navigator.clipboard.readText(), undefined);
    expect(md).toContain(`## 公文信息\n\n- 文号：${DOC.docNumber}\n- 发文机关：${DOC.issuer}`);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reads a WeChat article its script reveals: account as source, time from the page', async () => {
    const page = await openSample(env(), WECHAT.file);
    await page.waitUntil(revealed, undefined);
    expect(await page.evaluate(badgeText, undefined)).toContain(WECHAT.title);
    const popup = await popupFor(WECHAT.file);
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(WECHAT.title);
    expect(await popup.text('#card-meta')).toMatch(/^2024-01-05 18:05(?::00)? · 松岚发布 · 周晓岚$/);
    expect(await popup.text('#card-lead')).toMatch(/^记者从区住房保障和房屋管理局获悉/);
    expect(await popup.evaluate(() => document.querySelector('#card-document'), undefined)).toBeNull();
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('reads an English article and says recognition covers Chinese text', async () => {
    const page = await openSample(env(), ENGLISH.file);
    expect(await page.evaluate(badgeText, undefined)).toContain(ENGLISH.title);
    const popup = await popupFor(ENGLISH.file);
    await popup.waitFor('#card-title');
    expect(await popup.text('#card-title')).toBe(ENGLISH.title);
    expect(await popup.text('#card-meta')).toContain('2024-04-09');
    expect(await popup.text('#card-lead')).toMatch(/^Residents of Binhe Subdistrict/);
    expect(await popup.text('#card-language')).toMatch(
      env().driver.locale === 'zh' ? /只适用于中文/ : /covers Chinese text only/,
    );
    await popup.screenshot(`${name()}-english-popup`, true);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
}
