import { i18n } from '#i18n';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { EntityKind } from '../lib/recognize/index';
import type { ReaderTerm } from '../lib/recognize/reader-glossary';

export interface OptionsState {
  /** Hosts the reader added (the extension runs there by itself once the permission is granted). */
  sites: string[];
  /** The built-in site patterns, shown for reference. */
  builtIn: string[];
  kinds: Array<{ kind: EntityKind; on: boolean }>;
  scripts: Array<{ host: string; mode: ScriptMode }>;
  glossary: ReaderTerm[];
  template: string;
  templateIsDefault: boolean;
  templateError: string | null;
  notice: { text: string; error?: boolean } | null;
}

export interface OptionsHandlers {
  onAddSite: (input: string) => void;
  onRemoveSite: (host: string) => void;
  onKind: (kind: EntityKind, on: boolean) => void;
  onScript: (host: string, mode: ScriptMode | null) => void;
  onAddTerm: (term: string, explanation: string) => void;
  onRemoveTerm: (term: string) => void;
  onTemplate: (text: string) => void;
  onSaveTemplate: () => void;
  onResetTemplate: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
}

const MODES: ScriptMode[] = ['original', 'simplified', 'traditional'];

/** The options page: sites, highlights by default, scripts per site, the export template, settings files. */
export function OptionsView({ state, on }: { state: OptionsState; on: OptionsHandlers }) {
  return (
    <main class="options">
      <h1>{i18n.t('options.title')}</h1>
      {state.notice && (
        <p class={state.notice.error ? 'notice error' : 'notice'} role="status" id="notice">
          {state.notice.text}
        </p>
      )}

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{i18n.t('options.sites')}</h2>
        <p class="muted">{i18n.t('options.sitesHelp')}</p>
        <ul class="plain" id="built-in">
          {state.builtIn.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
        <ul class="plain" id="sites">
          {state.sites.map((host) => (
            <li key={host} data-host={host}>
              <code>{host}</code>{' '}
              <button type="button" onClick={() => on.onRemoveSite(host)}>
                {i18n.t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const input = e.currentTarget.elements.namedItem('site') as HTMLInputElement;
            on.onAddSite(input.value);
            input.value = '';
          }}
        >
          <input
            name="site"
            id="site"
            placeholder="www.example.gov.cn"
            aria-label={i18n.t('options.addSite')}
          />
          <button type="submit" id="add-site">
            {i18n.t('options.addSite')}
          </button>
        </form>
      </section>

      <section aria-labelledby="kinds-title">
        <h2 id="kinds-title">{i18n.t('options.kinds')}</h2>
        {state.kinds.map(({ kind, on: checked }) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              data-kind={kind}
              checked={checked}
              onChange={(e) => on.onKind(kind, e.currentTarget.checked)}
            />
            {i18n.t(`controls.${kind}`)}
          </label>
        ))}
      </section>

      <section aria-labelledby="scripts-title">
        <h2 id="scripts-title">{i18n.t('options.scripts')}</h2>
        {state.scripts.length === 0 && <p class="muted">{i18n.t('options.noScripts')}</p>}
        <ul class="plain">
          {state.scripts.map(({ host, mode }) => (
            <li key={host}>
              <code>{host}</code>{' '}
              <select
                aria-label={i18n.t('options.scriptFor', [host])}
                value={mode}
                onChange={(e) => on.onScript(host, e.currentTarget.value as ScriptMode)}
              >
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {i18n.t(`controls.${m}`)}
                  </option>
                ))}
              </select>{' '}
              <button type="button" onClick={() => on.onScript(host, null)}>
                {i18n.t('options.remove')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="glossary-title">
        <h2 id="glossary-title">{i18n.t('options.glossary')}</h2>
        <p class="muted">{i18n.t('options.glossaryHelp')}</p>
        <dl class="glossary" id="glossary">
          {state.glossary.map((t) => (
            <div key={t.term} data-term={t.term}>
              <dt>{t.term}</dt>
              <dd>
                {t.explanation}{' '}
                <button type="button" onClick={() => on.onRemoveTerm(t.term)}>
                  {i18n.t('options.remove')}
                </button>
              </dd>
            </div>
          ))}
        </dl>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const term = form.elements.namedItem('term') as HTMLInputElement;
            const explanation = form.elements.namedItem('explanation') as HTMLInputElement;
            on.onAddTerm(term.value, explanation.value);
            term.value = '';
            explanation.value = '';
          }}
        >
          <input
            name="term"
            id="term"
            aria-label={i18n.t('options.term')}
            placeholder={i18n.t('options.term')}
          />
          <input
            name="explanation"
            id="explanation"
            aria-label={i18n.t('options.explanation')}
            placeholder={i18n.t('options.explanation')}
          />
          <button type="submit" id="add-term">
            {i18n.t('options.addTerm')}
          </button>
        </form>
      </section>

      <section aria-labelledby="template-title">
        <h2 id="template-title">{i18n.t('options.template')}</h2>
        <p class="muted">{i18n.t('options.templateHelp')}</p>
        <textarea
          id="template"
          aria-labelledby="template-title"
          spellcheck={false}
          value={state.template}
          onInput={(e) => on.onTemplate(e.currentTarget.value)}
        />
        {state.templateError && (
          <p class="error" role="alert">
            {i18n.t('options.templateError', [state.templateError])}
          </p>
        )}
        <div class="row">
          <button
            type="button"
            id="save-template"
            disabled={!!state.templateError}
            onClick={on.onSaveTemplate}
          >
            {i18n.t('options.save')}
          </button>
          <button
            type="button"
            id="reset-template"
            disabled={state.templateIsDefault}
            onClick={on.onResetTemplate}
          >
            {i18n.t('options.reset')}
          </button>
        </div>
      </section>

      <section aria-labelledby="file-title">
        <h2 id="file-title">{i18n.t('options.file')}</h2>
        <div class="row">
          <button type="button" id="export-settings" onClick={on.onExport}>
            {i18n.t('options.export')}
          </button>
          <label class="button">
            {i18n.t('options.import')}
            <input
              type="file"
              id="import-settings"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) on.onImport(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
      </section>
    </main>
  );
}
