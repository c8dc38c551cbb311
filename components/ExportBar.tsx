import { i18n } from '#i18n';

export type ExportFormat = 'markdown' | 'text' | 'json';

export const EXPORT_FORMATS: ExportFormat[] = ['markdown', 'text', 'json'];

export interface ExportStatus {
  ok: boolean;
  format: ExportFormat;
  error?: string;
}

/** Copy buttons for the card, and the word on how the last copy went. A view only. */
export function ExportBar({
  status,
  onCopy,
}: {
  status: ExportStatus | null;
  onCopy: (f: ExportFormat) => void;
}) {
  return (
    <section class="export" aria-label={i18n.t('export.label')}>
      <span class="muted">{i18n.t('export.label')}</span>
      {EXPORT_FORMATS.map((f) => (
        <button type="button" key={f} data-format={f} onClick={() => onCopy(f)}>
          {i18n.t(`export.${f}`)}
        </button>
      ))}
      {status && (
        <span
          class="status"
          id="export-status"
          role="status"
          data-copied={status.ok ? status.format : undefined}
          data-failed={status.ok ? undefined : status.format}
        >
          {status.ok
            ? i18n.t('export.copied', [i18n.t(`export.${status.format}`)])
            : i18n.t('export.failed', [status.error ?? ''])}
        </span>
      )}
    </section>
  );
}
