import type { Card } from '../lib/card';

export interface StatusBadgeProps {
  card: Card | null;
  error?: string | null;
  onClose?: () => void;
}

/** The small note the content script shows on the page: what it found, or why it found nothing. */
export function StatusBadge({ card, error, onClose }: StatusBadgeProps) {
  let status: string;
  let detail: string | null = null;
  if (error) status = `分析出错：${error}`;
  else if (!card) status = '正在分析…';
  else if (!card.isArticle) status = card.reason ?? '此页没有文章';
  else {
    status = '已识别文章';
    detail = card.title ?? '（无标题）';
  }
  return (
    <div
      class="badge"
      role="status"
      aria-live="polite"
      data-state={error ? 'error' : card?.isArticle ? 'article' : 'none'}
    >
      <span class="brand">政闻透镜</span>
      <span class="status">{status}</span>
      {detail && <span class="detail">{detail}</span>}
      {card?.isArticle && <span class="count">{card.body.paragraphs.length} 段</span>}
      {onClose && (
        <button type="button" class="close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
