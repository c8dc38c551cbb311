import path from 'node:path';
import { type StaticServer, serveFolder } from '../../scripts/lib/static-server';

export const PAGES_DIR = path.resolve('tests/fixtures/pages');

export function servePages(): Promise<StaticServer> {
  return serveFolder(PAGES_DIR);
}

/** Runs in the page: what the extension's on-page note says, or null while it is not there. */
export function badgeText(): string | null {
  const badge = document.querySelector('govlens-badge')?.shadowRoot?.querySelector('.badge');
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
