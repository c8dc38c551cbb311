import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOCAL_MATCHES } from './assets/sites';

// WXT 0.21 declares Node >= 22; it builds and runs on the machines' Node 20 with an engines warning.
export default defineConfig({
  // @wxt-dev/i18n: typed messages from locales/*.yml, built into _locales for browser.i18n.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The sources zip Firefox's store asks for: the code and what builds it, not local outputs.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'tmp/**', 'tests/fixtures/**'] },
  vite: () => ({
    plugins: [preact()],
    resolve: {
      // The tagger's weights (3 MB) load in the analysis worker from their own script, ner-model.js,
      // rather than inside the worker's bundle: utils/ner-model-script.ts, entrypoints/ner-model.ts.
      alias: [
        {
          find: /^(?:\.\.\/)+assets\/ner-model\.json$/,
          replacement: `${import.meta.dirname}/utils/ner-model-script.ts`,
        },
      ],
    },
  }),
  manifest: ({ browser }) => ({
    // Chinese by default; browsers set to English get locales/en.yml.
    default_locale: 'zh_CN',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // activeTab + scripting: the reader can ask for any other page to be read, from the popup.
    // contextMenus: 高亮所选 / 添加批注 on a selection (no install warning; reads nothing of the page).
    // offscreen (Chromium): the analysis workers live in an offscreen document, as a service worker
    // cannot start Web Workers; Firefox's background page starts them itself.
    // clipboardWrite: 复制为 Markdown from a keyboard command or the page menu, which copy from the
    // background (Chromium: its offscreen document), away from any click in an extension page.
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      'contextMenus',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Sites the reader adds in the options page: each asked for at run time (permissions.request),
    // none at install.
    optional_host_permissions: ['*://*/*'],
    // Listed, and changeable, in the browser's shortcut settings.
    commands: {
      // Opens the popup card.
      _execute_action: { suggested_key: { default: 'Alt+Shift+G' } },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_notes_commandToggle__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_notes_commandHighlight__',
      },
      'note-selection': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_notes_commandNote__',
      },
      // No key suggested: Chromium takes at most four; the reader picks one in the shortcut settings.
      'copy-card': { description: '__MSG_notes_commandCopyCard__' },
    },
    // Icons (public/icon/<size>.png, drawn in scripts/icon/) are listed by WXT; the toolbar button names its own.
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } },
    // The CSS Custom Highlight API, which paints highlights without touching the page, since Chrome 105;
    // offscreen documents (the analysis workers' home) since Chrome 109.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '109' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govnews-lens@govlens.example',
              // data_collection_permissions needs Firefox 140; so does the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The e2e/demo build also runs on sample pages served from 127.0.0.1; the store build never does.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      // Stands in for what activeTab grants when the reader opens the popup on a page (tests cannot click it).
      // Firefox does not grant MV3 host permissions at install, so the e2e build may also find tabs by address.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOCAL_MATCHES];
      // clipboardRead lets the tests read back what the popup copied (Firefox has no permission grant to
      // script); the store build only writes to the clipboard, which needs no permission from a click.
      manifest.permissions = [...(manifest.permissions ?? []), 'tabs', 'clipboardRead'];
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...(cs.matches ?? []), ...LOCAL_MATCHES];
        // Pages under /on-request/ stand for sites outside the list: read only when the reader asks.
        cs.exclude_matches = ['http://127.0.0.1/on-request/*'];
      }
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war)
          war.matches = [...(war.matches ?? []), ...LOCAL_MATCHES];
      }
    },
  },
});
