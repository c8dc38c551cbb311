/** Why the popup has no card: pages the browser keeps from extensions, and PDFs. */
export type Restriction = 'browser' | 'store' | 'pdf';

/** Hosts of the extension stores, where browsers let no extension read or change the page. */
const STORES = [
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com/addons',
];

/** Chrome's built-in PDF viewer runs as this extension. */
const CHROME_PDF_VIEWER = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

/**
 * Why the extension may not read the page at `url`, or null when it may (as far as the address
 * tells). The popup says so instead of offering to read a page that would only fail.
 */
export function restrictionOf(url: string | undefined | null): Restriction | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === CHROME_PDF_VIEWER) return 'pdf';
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return 'browser';
  const hostAndPath = `${parsed.host}${parsed.pathname}`;
  if (STORES.some((s) => hostAndPath === s || hostAndPath.startsWith(`${s}/`))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
