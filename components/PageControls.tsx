import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { PageAction, PageState } from '../utils/messages';
import { toggleWords } from './counts';

const SCRIPTS: ScriptMode[] = ['original', 'simplified', 'traditional'];

/** The page's highlights and script, as switches in the popup. A view: it reports the reader's choice. */
export function PageControls({
  state,
  card,
  onAction,
}: {
  state: PageState;
  /** The page's card, for the number of names beside each kind; null while there is none. */
  card: Card | null;
  onAction: (a: PageAction) => void;
}) {
  return (
    <section class="controls" aria-label={i18n.t('controls.label')}>
      {state.highlights && (
        <div class="row">
          {state.highlights.map((h) => (
            <button
              type="button"
              key={h.kind}
              data-kind={h.kind}
              aria-pressed={h.on}
              onClick={() => onAction({ toggle: h.kind })}
            >
              {i18n.t(`controls.${h.kind}`)} {toggleWords(card, h.kind, h.count)}
            </button>
          ))}
          <button type="button" data-action="clear" onClick={() => onAction({ clear: true })}>
            {i18n.t('controls.clear')}
          </button>
        </div>
      )}
      {state.script && (
        <div class="row">
          {SCRIPTS.map((mode) => (
            <button
              type="button"
              key={mode}
              data-script={mode}
              aria-pressed={state.script === mode}
              onClick={() => onAction({ script: mode })}
            >
              {i18n.t(`controls.${mode}`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
