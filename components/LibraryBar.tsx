import { i18n } from '#i18n';

export type SaveState =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; justNow: boolean }
  | { kind: 'failed'; message: string };

/** Saving the current article to the library, and the way into the library. A view only. */
export function LibraryBar({
  save,
  onSave,
  onOpenLibrary,
  onReanalyze,
}: {
  save: SaveState | null;
  onSave?: () => void;
  onOpenLibrary: () => void;
  /** Reads the page again (the page changed, or the reader wants a fresh card); none when it cannot. */
  onReanalyze?: () => void;
}) {
  return (
    <section class="librarybar">
      {save && onSave && (
        <button
          type="button"
          id="save"
          class="primary"
          data-state={save.kind}
          disabled={save.kind === 'saving'}
          onClick={onSave}
        >
          {save.kind === 'saved' ? i18n.t('library.resave') : i18n.t('library.save')}
        </button>
      )}
      <button type="button" id="open-library" onClick={onOpenLibrary}>
        {i18n.t('library.open')}
      </button>
      {onReanalyze && (
        <button type="button" id="reanalyze" onClick={onReanalyze}>
          {i18n.t('library.reanalyze')}
        </button>
      )}
      {save?.kind === 'saved' && save.justNow && (
        <span class="status" id="save-status" role="status">
          {i18n.t('library.saved')}
        </span>
      )}
      {save?.kind === 'failed' && (
        <span class="status error" id="save-status" role="alert">
          {save.message}
        </span>
      )}
    </section>
  );
}
