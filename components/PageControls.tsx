import type { ScriptMode } from '../lib/normalize/page-switch';
import type { EntityKind } from '../lib/recognize/index';
import type { PageAction, PageState } from '../utils/messages';

const KIND_LABEL: Record<EntityKind, string> = { official: '官员', place: '地点', policy: '政策用语' };
const SCRIPTS: Array<[ScriptMode, string]> = [
  ['original', '原文'],
  ['simplified', '简体'],
  ['traditional', '繁體'],
];

/** The page's highlights and script, as switches in the popup. A view: it reports the reader's choice. */
export function PageControls({ state, onAction }: { state: PageState; onAction: (a: PageAction) => void }) {
  return (
    <section class="controls" aria-label="页面标注">
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
              {KIND_LABEL[h.kind]} {h.count}
            </button>
          ))}
          <button type="button" data-action="clear" onClick={() => onAction({ clear: true })}>
            清除标注
          </button>
        </div>
      )}
      {state.script && (
        <div class="row">
          {SCRIPTS.map(([mode, label]) => (
            <button
              type="button"
              key={mode}
              data-script={mode}
              aria-pressed={state.script === mode}
              onClick={() => onAction({ script: mode })}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
