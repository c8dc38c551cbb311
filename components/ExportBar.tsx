export type ExportFormat = 'markdown' | 'text' | 'json';

const LABEL: Record<ExportFormat, string> = { markdown: 'Markdown', text: '纯文本', json: 'JSON' };

/** Copy buttons for the card, and the word on how the last copy went. A view only. */
export function ExportBar({ status, onCopy }: { status: string | null; onCopy: (f: ExportFormat) => void }) {
  return (
    <section class="export" aria-label="复制到剪贴板">
      <span class="muted">复制：</span>
      {(Object.keys(LABEL) as ExportFormat[]).map((f) => (
        <button type="button" key={f} data-format={f} onClick={() => onCopy(f)}>
          {LABEL[f]}
        </button>
      ))}
      {status && (
        <span class="status" id="export-status" role="status">
          {status}
        </span>
      )}
    </section>
  );
}
