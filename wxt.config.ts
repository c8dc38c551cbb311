import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { LOCAL_MATCHES } from './assets/sites';

// WXT 0.21 declares Node >= 22; it builds and runs on the machines' Node 20 with an engines warning.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip Firefox's store asks for: the code and what builds it, not local outputs.
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'tmp/**', 'tests/fixtures/**'] },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '政闻透镜 GovNews Lens',
    description:
      '读懂政府新闻：找出正文、统一简繁、标出官员、地点与政策用语。Reads Chinese government news pages.',
    // activeTab + scripting: the reader can ask for any other page to be read, from the popup.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '政闻透镜' },
    // The CSS Custom Highlight API, which paints highlights without touching the page, since Chrome 105.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'govnews-lens@govlens.example',
              // data_collection_permissions needs Firefox 140; so does the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
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
      manifest.permissions = [...(manifest.permissions ?? []), 'tabs'];
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
