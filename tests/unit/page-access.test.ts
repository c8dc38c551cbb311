import { describe, expect, it } from 'vitest';
import { restrictionOf } from '../../utils/page-access';

describe('pages the extension may not read', () => {
  it('names the browser’s own pages, the extension stores and PDF files', () => {
    expect(restrictionOf('chrome://settings/')).toBe('browser');
    expect(restrictionOf('about:addons')).toBe('browser');
    expect(restrictionOf('edge://extensions')).toBe('browser');
    expect(restrictionOf('view-source:https://www.gov.cn/')).toBe('browser');
    expect(restrictionOf('https://chromewebstore.google.com/detail/abc')).toBe('store');
    expect(restrictionOf('https://chrome.google.com/webstore/detail/abc')).toBe('store');
    expect(restrictionOf('https://addons.mozilla.org/zh-CN/firefox/')).toBe('store');
    expect(restrictionOf('https://www.shanghai.gov.cn/files/2024/report.PDF')).toBe('pdf');
    expect(restrictionOf('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html')).toBe('pdf');
  });

  it('lets every web page and unknown address through', () => {
    expect(restrictionOf('https://www.xuhui.gov.cn/xwzx/2024/1.html')).toBeNull();
    expect(restrictionOf('https://www.google.com/search?q=a.pdf')).toBeNull();
    expect(restrictionOf('https://addons.mozilla.org.example.com/')).toBeNull();
    expect(restrictionOf(undefined)).toBeNull();
    expect(restrictionOf('not a url')).toBeNull();
  });
});
