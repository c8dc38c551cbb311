import type { Card } from '../lib/card';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { EntityKind } from '../lib/recognize/index';

export interface HighlightToggle {
  kind: EntityKind;
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
}

const SCRIPTS: Array<{ mode: ScriptMode; label: string; title: string }> = [
  { mode: 'original', label: '原文', title: '显示原文 (original script)' },
  { mode: 'simplified', label: '简体', title: '显示为简体 (simplified)' },
  { mode: 'traditional', label: '繁體', title: '顯示為繁體 (traditional)' },
];

const KIND_LABEL: Record<EntityKind, string> = { official: '官员', place: '地点', policy: '政策' };

/** The small note the content script shows on the page: what it found, or why it found nothing. */
export function StatusBadge(props: StatusBadgeProps) {
  const { card, error, script, onScript, highlights, onToggle, onClear, onClose } = props;
  let status: string;
  let detail: string | null = null;
  if (error) status = `分析出错：${error}`;
  else if (!card) status = '正在分析…';
  else if (!card.isArticle) status = card.reason ?? '此页没有文章';
  else {
    status = '已识别文章';
    detail = card.title ?? '（无标题）';
  }
  const state = error ? 'error' : card?.isArticle ? 'article' : 'none';
  return (
    <div class="badge" role="status" aria-live="polite" data-state={state}>
      <span class="brand">政闻透镜</span>
      <span class="status">{status}</span>
      {detail && <span class="detail">{detail}</span>}
      {card?.isArticle && <span class="count">{card.body.paragraphs.length} 段</span>}
      {highlights && highlights.length > 0 && onToggle && (
        <fieldset class="legend" aria-label="标注">
          {highlights.map((h) => (
            <button
              type="button"
              key={h.kind}
              data-kind={h.kind}
              aria-pressed={h.on}
              title={`${h.on ? '隐藏' : '显示'}${KIND_LABEL[h.kind]}标注`}
              onClick={() => onToggle(h.kind)}
            >
              {KIND_LABEL[h.kind]} {h.count}
            </button>
          ))}
          {onClear && (
            <button type="button" data-action="clear" title="清除所有标注" onClick={onClear}>
              清除
            </button>
          )}
        </fieldset>
      )}
      {card?.isArticle && script && onScript && (
        <fieldset class="scripts" aria-label="文字">
          {SCRIPTS.map((s) => (
            <button
              type="button"
              key={s.mode}
              data-script={s.mode}
              title={s.title}
              aria-pressed={script === s.mode}
              onClick={() => onScript(s.mode)}
            >
              {s.label}
            </button>
          ))}
        </fieldset>
      )}
      {onClose && (
        <button type="button" class="close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
