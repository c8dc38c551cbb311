import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { SITE_MATCHES } from '../../assets/sites';
import { type OptionsState, OptionsView } from '../../components/OptionsView';
import { DEFAULT_NOTES_TEMPLATE, templateError } from '../../lib/export/notes';
import { KINDS } from '../../lib/highlight/painter';
import type { ScriptMode } from '../../lib/normalize/page-switch';
import type { EntityKind } from '../../lib/recognize/index';
import { downloadJSON } from '../../utils/download';
import { errorMessage } from '../../utils/error-message';
import {
  readGlossary,
  readSettingsFile,
  SETTINGS_KEYS,
  type SettingsFile,
  sitePattern,
} from '../../utils/settings-file';
import { addedSites, addSite, removeSite } from '../../utils/sites';
import './style.css';

/** What storage holds of the settings. */
async function load(): Promise<Omit<OptionsState, 'notice' | 'templateError'>> {
  const all = await browser.storage.local.get(null);
  const hidden = Array.isArray(all[SETTINGS_KEYS.hiddenKinds])
    ? (all[SETTINGS_KEYS.hiddenKinds] as string[])
    : [];
  const stored = all[SETTINGS_KEYS.template];
  const scripts = Object.entries(all)
    .filter(([k, v]) => k.startsWith(SETTINGS_KEYS.scriptPrefix) && typeof v === 'string')
    .map(([k, v]) => ({ host: k.slice(SETTINGS_KEYS.scriptPrefix.length), mode: v as ScriptMode }))
    .sort((a, b) => a.host.localeCompare(b.host));
  return {
    sites: await addedSites(),
    builtIn: SITE_MATCHES,
    kinds: KINDS.map((kind) => ({ kind, on: !hidden.includes(kind) })),
    glossary: readGlossary(all[SETTINGS_KEYS.glossary]),
    scripts,
    template: typeof stored === 'string' ? stored : DEFAULT_NOTES_TEMPLATE,
    templateIsDefault: typeof stored !== 'string',
  };
}

function Options() {
  const [state, setState] = useState<OptionsState | null>(null);
  const refresh = async (notice: OptionsState['notice'] = null) => {
    const next = await load();
    setState((s) => ({
      ...next,
      template: s && !s.templateIsDefault && notice === null ? s.template : next.template,
      templateError: null,
      notice,
    }));
  };
  const say = (text: string, error = false) => setState((s) => (s ? { ...s, notice: { text, error } } : s));

  useEffect(() => {
    document.title = i18n.t('options.title');
    void refresh();
  }, []);

  if (!state) return null;
  return (
    <OptionsView
      state={state}
      on={{
        onAddSite: (input) => {
          const site = sitePattern(input);
          if (!site) return say(i18n.t('options.badSite', [input]), true);
          // Asked at once, in the click: browsers grant a permission prompt only to a reader's gesture.
          addSite(site)
            .then((granted) =>
              refresh(
                granted
                  ? { text: i18n.t('options.added', [site.host]) }
                  : { text: i18n.t('options.denied', [site.host]), error: true },
              ),
            )
            .catch((e: unknown) => say(errorMessage(e), true));
        },
        onRemoveSite: (host) => {
          removeSite(host)
            .then(() => refresh({ text: i18n.t('options.removed', [host]) }))
            .catch((e: unknown) => say(errorMessage(e), true));
        },
        onKind: (kind: EntityKind, on) => {
          const hidden = state.kinds.filter((k) => (k.kind === kind ? !on : !k.on)).map((k) => k.kind);
          void browser.storage.local.set({ [SETTINGS_KEYS.hiddenKinds]: hidden }).then(() => refresh());
        },
        onScript: (host, mode) => {
          const key = `${SETTINGS_KEYS.scriptPrefix}${host}`;
          void (mode ? browser.storage.local.set({ [key]: mode }) : browser.storage.local.remove(key)).then(
            () => refresh(),
          );
        },
        onAddTerm: (term, explanation) => {
          // A term added again replaces its explanation; new terms apply to pages read from now on.
          const next = readGlossary([{ term, explanation }, ...state.glossary]);
          void browser.storage.local.set({ [SETTINGS_KEYS.glossary]: next }).then(() => refresh());
        },
        onRemoveTerm: (term) => {
          const next = state.glossary.filter((t) => t.term !== term);
          void browser.storage.local.set({ [SETTINGS_KEYS.glossary]: next }).then(() => refresh());
        },
        onTemplate: (text) =>
          setState({
            ...state,
            template: text,
            templateIsDefault: false,
            templateError: templateError(text),
          }),
        onSaveTemplate: () => {
          if (templateError(state.template)) return;
          void browser.storage.local
            .set({ [SETTINGS_KEYS.template]: state.template })
            .then(() => refresh({ text: i18n.t('options.saved') }));
        },
        onResetTemplate: () => {
          void browser.storage.local
            .remove(SETTINGS_KEYS.template)
            .then(() => refresh({ text: i18n.t('options.saved') }));
        },
        onExport: () => {
          const file: SettingsFile = {
            format: 'govlens-settings',
            version: 1,
            template: state.templateIsDefault ? null : state.template,
            hiddenKinds: state.kinds.filter((k) => !k.on).map((k) => k.kind),
            scripts: Object.fromEntries(state.scripts.map((s) => [s.host, s.mode])),
            sites: state.sites,
            glossary: state.glossary,
          };
          downloadJSON(
            `govlens-settings-${new Date().toISOString().slice(0, 10)}.json`,
            JSON.stringify(file, null, 2),
          );
        },
        onImport: (file) => {
          void (async () => {
            try {
              const data = readSettingsFile(await file.text());
              const writes: Record<string, unknown> = {
                [SETTINGS_KEYS.hiddenKinds]: data.hiddenKinds,
                [SETTINGS_KEYS.glossary]: data.glossary,
              };
              for (const [host, mode] of Object.entries(data.scripts))
                writes[`${SETTINGS_KEYS.scriptPrefix}${host}`] = mode;
              if (data.template) writes[SETTINGS_KEYS.template] = data.template;
              await browser.storage.local.set(writes);
              // A permission is the reader's to give, site by site: imported sites are named, not granted.
              const have = new Set(await addedSites());
              const missing = data.sites.filter((s) => !have.has(s));
              await refresh({
                text: missing.length
                  ? `${i18n.t('options.imported')} ${i18n.t('options.importSites', [missing.join('、')])}`
                  : i18n.t('options.imported'),
              });
            } catch (e) {
              say(i18n.t('options.badImport', [errorMessage(e)]), true);
            }
          })();
        },
      }}
    />
  );
}

render(<Options />, document.getElementById('app')!);
