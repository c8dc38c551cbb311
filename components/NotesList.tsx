import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { NotesState } from '../utils/messages';
import { EXPORT_FORMATS, type ExportFormat, type ExportStatus } from './ExportBar';

export interface NotesListProps {
  state: NotesState;
  onReveal: (id: string) => void;
  onSaveNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
  /** Set just after a highlight was deleted: the undo button puts it back. */
  onUndo: (() => void) | null;
  copied: ExportStatus | null;
  onCopy: (format: ExportFormat) => void;
}

/**
 * The reader's own highlights and notes, in page order, those not found (未能定位) last with their text;
 * each can be shown on the page, its note edited, or deleted. A view: it reports the reader's choices.
 */
export function NotesList({ state, onReveal, onSaveNote, onRemove, onUndo, copied, onCopy }: NotesListProps) {
  const [editing, setEditing] = useState<{ id: string; draft: string } | null>(null);
  const { notes } = state;
  return (
    <section class="notes" id="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">
        {i18n.t('notes.title')}
        {notes.length > 0 && <span class="muted"> · {i18n.t('notes.count', [String(notes.length)])}</span>}
      </h2>
      {state.error && (
        <p class="error" role="alert">
          {i18n.t('notes.failed', [state.error])}
        </p>
      )}
      {notes.length === 0 && <p class="muted">{i18n.t('notes.empty')}</p>}
      <ol class="note-list">
        {notes.map(({ annotation: a, at, via }) => {
          const orphaned = at === null;
          const isEditing = editing?.id === a.id;
          return (
            <li
              key={a.id}
              data-note-id={a.id}
              data-colour={a.colour}
              data-orphaned={orphaned ? '' : undefined}
            >
              {orphaned && (
                <p class="orphaned" title={i18n.t('notes.orphanedHelp')}>
                  {i18n.t('notes.orphaned')}
                </p>
              )}
              {orphaned ? (
                <blockquote class="quote">{a.text}</blockquote>
              ) : (
                <button
                  type="button"
                  class="quote"
                  title={via === 'fuzzy' ? i18n.t('notes.fuzzy') : i18n.t('notes.reveal')}
                  data-via={via ?? undefined}
                  onClick={() => onReveal(a.id)}
                >
                  {a.text}
                </button>
              )}
              {isEditing ? (
                <form
                  class="edit"
                  onSubmit={(e) => {
                    e.preventDefault();
                    onSaveNote(a.id, editing.draft.trim());
                    setEditing(null);
                  }}
                >
                  <textarea
                    aria-label={i18n.t('notes.note')}
                    value={editing.draft}
                    onInput={(e) => setEditing({ id: a.id, draft: (e.target as HTMLTextAreaElement).value })}
                  />
                  <div class="row">
                    <button type="button" onClick={() => setEditing(null)}>
                      {i18n.t('notes.cancel')}
                    </button>
                    <button type="submit" data-action="save-note">
                      {i18n.t('notes.save')}
                    </button>
                  </div>
                </form>
              ) : (
                a.note && <p class="note-text">{a.note}</p>
              )}
              {!isEditing && (
                <div class="row">
                  <button
                    type="button"
                    class="link-button"
                    data-action="edit-note"
                    onClick={() => setEditing({ id: a.id, draft: a.note })}
                  >
                    {i18n.t('notes.edit')}
                  </button>
                  <button
                    type="button"
                    class="link-button"
                    data-action="remove-note"
                    onClick={() => onRemove(a.id)}
                  >
                    {i18n.t('notes.remove')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {onUndo && (
        <p class="undo" role="status">
          {i18n.t('notes.removed')}{' '}
          <button type="button" data-action="undo-note" onClick={onUndo}>
            {i18n.t('notes.undo')}
          </button>
        </p>
      )}
      {notes.length > 0 && (
        <div class="notes-export">
          <span class="muted">{i18n.t('notes.copy')}</span>
          {EXPORT_FORMATS.map((f) => (
            <button type="button" key={f} data-notes-format={f} onClick={() => onCopy(f)}>
              {i18n.t(`export.${f}`)}
            </button>
          ))}
          {copied && (
            <span
              class="status"
              id="notes-export-status"
              role="status"
              data-copied={copied.ok ? copied.format : undefined}
            >
              {copied.ok
                ? i18n.t('export.copied', [i18n.t(`export.${copied.format}`)])
                : i18n.t('export.failed', [copied.error ?? ''])}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
