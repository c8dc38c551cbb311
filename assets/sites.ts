/**
 * Where the content script runs by itself: Chinese government sites (every *.gov.cn host, which
 * covers the Shanghai district and 常州 municipal portals) and the news sites the seed pages came
 * from. Source: the hosts of ../shared/seeds' pages and the .gov.cn second-level domain (CNNIC).
 */
export const SITE_MATCHES = ['*://*.gov.cn/*', '*://*.eastday.com/*'];

/** Added only to the e2e/demo build (`--mode e2e`), so tests and the demo can serve sample pages locally. */
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
