import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { EntityKind } from '../lib/recognize/index';
import { toggleWords } from './counts';
import { notArticleWords } from './not-article';

export interface HighlightToggle {
  kind: EntityKind;
  /** Mentions of this kind painted in the page. */
  count: number;
  on: boolean;
}

export interface StatusBadgeProps {
  card: Card | null;
  error?: string | null;
  /** The script the article is shown in; no switch is offered when undefined. */
  script?: ScriptMode;
  onScript?: (mode: ScriptMode) => void;
  /** One toggle per kind of highlight; none when the page has no highlights. */
  highlights?: HighlightToggle[];
  onToggle?: (kind: EntityKind) => void;
  onClear?: () => void;
  onClose?: () => void;
  /** The note is a small pill; expanded, it shows everything below. */
  expanded?: boolean;
  onExpand?: (open: boolean) => void;
}

const SCRIPTS = [
  { mode: 'original', title: 'note.showOriginal' },
  { mode: 'simplified', title: 'note.showSimplified' },
  { mode: 'traditional', title: 'note.showTraditional' },
] as const;

/**
 * The note the content script shows on the page: a pill at the page's edge (the count of recognised
 * items) that opens on demand to what it found, or why it found nothing.
 */
export function StatusBadge(props: StatusBadgeProps) {
  const { card, error, script, onScript, highlights, onToggle, onClear, onClose } = props;
  const expanded = props.expanded ?? true;
  let status: string;
  let detail: string | null = null;
  if (error) status = i18n.t('note.error', [error]);
  else if (!card) status = i18n.t('state.analysing');
  else if (!card.isArticle) status = notArticleWords(card);
  else {
    status = i18n.t('note.found');
    detail = card.title ?? i18n.t('card.untitled');
  }
  const state = error ? 'error' : card?.isArticle ? 'article' : 'none';
  const found = highlights?.reduce((n, h) => n + h.count, 0) ?? 0;
  const pillCount = card?.isArticle ? String(found) : error ? '!' : card ? '–' : '…';
  return (
    <div class="badge" data-state={state} data-open={expanded ? 'true' : 'false'}>
      <button
        type="button"
        class="pill"
        aria-expanded={expanded}
        aria-controls="govlens-note-panel"
        aria-label={i18n.t(expanded ? 'note.collapse' : 'note.expand', [String(found)])}
        onClick={() => props.onExpand?.(!expanded)}
      >
        <span class="brand" aria-hidden="true">
          {i18n.t('brand')}
        </span>
        <span class="pill-count" aria-hidden="true">
          {pillCount}
        </span>
      </button>
      {/* What it found, for screen readers while the note is a pill. */}
      <span class="sr-only" role="status" aria-live="polite">
        {status}
        {detail ? ` ${detail}` : ''}
      </span>
      {expanded && (
        <div class="panel" id="govlens-note-panel">
          <span class="brand">{i18n.t('brand')}</span>
          <span class="status">{status}</span>
          {detail && <span class="detail">{detail}</span>}
          {card?.isArticle && (
            <span class="count">{i18n.t('note.paragraphs', [String(card.body.paragraphs.length)])}</span>
          )}
          {highlights && highlights.length > 0 && onToggle && (
            <fieldset class="legend" aria-label={i18n.t('note.legend')}>
              {highlights.map((h) => (
                <button
                  type="button"
                  key={h.kind}
                  data-kind={h.kind}
                  aria-pressed={h.on}
                  title={i18n.t(h.on ? 'note.hide' : 'note.show', [i18n.t(`note.${h.kind}`)])}
                  onClick={() => onToggle(h.kind)}
                >
                  {i18n.t(`note.${h.kind}`)} {toggleWords(card, h.kind, h.count)}
                </button>
              ))}
              {onClear && (
                <button type="button" data-action="clear" title={i18n.t('note.clearAll')} onClick={onClear}>
                  {i18n.t('note.clear')}
                </button>
              )}
            </fieldset>
          )}
          {card?.isArticle && script && onScript && (
            <fieldset class="scripts" aria-label={i18n.t('note.scripts')}>
              {SCRIPTS.map((s) => (
                <button
                  type="button"
                  key={s.mode}
                  data-script={s.mode}
                  title={i18n.t(s.title)}
                  aria-pressed={script === s.mode}
                  onClick={() => onScript(s.mode)}
                >
                  {i18n.t(`controls.${s.mode}`)}
                </button>
              ))}
            </fieldset>
          )}
          {onClose && (
            <button type="button" class="close" aria-label={i18n.t('note.close')} onClick={onClose}>
              ×
            </button>
          )}
        </div>
      )}
    </div>
  );
}
