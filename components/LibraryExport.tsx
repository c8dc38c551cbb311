import { i18n } from '#i18n';

export type LibraryExportFormat = 'markdown' | 'csl';
export type LibraryExportTarget = 'copy' | 'download';

export interface LibraryExportStatus {
  ok: boolean;
  format: LibraryExportFormat;
  error?: string;
}

const LABEL: Record<LibraryExportFormat, string> = { markdown: 'Markdown', csl: 'CSL-JSON' };

/** Export buttons for the library's articles (the selected ones, or all listed). A view only. */
export function LibraryExport({
  count,
  selected,
  status,
  onExport,
}: {
  count: number;
  /** Whether `count` are the reader's selection rather than the whole list. */
  selected: boolean;
  status: LibraryExportStatus | null;
  onExport: (format: LibraryExportFormat, to: LibraryExportTarget) => void;
}) {
  const button = (
    format: LibraryExportFormat,
    to: LibraryExportTarget,
    label: 'library.copyMarkdown' | 'library.copyCsl' | 'library.downloadMarkdown' | 'library.downloadCsl',
  ) => (
    <button type="button" data-library-export={format} data-to={to} onClick={() => onExport(format, to)}>
      {i18n.t(label)}
    </button>
  );
  return (
    <div class="library-export" id="library-export">
      <span class="muted">
        {selected
          ? i18n.t('library.exportSelected', [String(count)])
          : i18n.t('library.exportArticles', [String(count)])}
      </span>
      {button('markdown', 'copy', 'library.copyMarkdown')}
      {button('csl', 'copy', 'library.copyCsl')}
      {button('markdown', 'download', 'library.downloadMarkdown')}
      {button('csl', 'download', 'library.downloadCsl')}
      {status && (
        <span
          class="status"
          id="library-export-status"
          role="status"
          data-exported={status.ok ? status.format : undefined}
        >
          {status.ok
            ? i18n.t('library.exported', [LABEL[status.format]])
            : i18n.t('export.failed', [status.error ?? ''])}
        </span>
      )}
    </div>
  );
}
