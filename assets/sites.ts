/**
 * Where the content script runs by itself: Chinese government sites (every *.gov.cn host, which
 * covers the Shanghai district and 常州 municipal portals), the news sites the seed pages came
 * from, and WeChat official-account articles, where 上海发布 and most district accounts publish.
 * Source: the hosts of ../shared/seeds' pages, the .gov.cn second-level domain (CNNIC), and the
 * address of every WeChat article (https://mp.weixin.qq.com/s…).
 */
export const SITE_MATCHES = ['*://*.gov.cn/*', '*://*.eastday.com/*', 'https://mp.weixin.qq.com/*'];

/** Added only to the e2e/demo build (`--mode e2e`), so tests and the demo can serve sample pages locally. */
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
