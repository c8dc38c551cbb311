import { i18n } from '#i18n';
import type { ArticleMeta } from '../lib/store/library';

/**
 * The reader's tags and note on one saved article, shown, and edited in a fold-out form (its fields
 * start from what is saved and are the reader's until 保存; the list draws it anew once saved); the
 * form hands back what was typed (tags as typed: lib/store/meta.ts reads them). A view only.
 */
export function MetaEditor({
  meta,
  onSave,
  onTag,
}: {
  meta: ArticleMeta | undefined;
  onSave: (tags: string, note: string) => void;
  /** A tag clicked: show the articles with it. */
  onTag: (tag: string) => void;
}) {
  const tags = meta?.tags ?? [];
  return (
    <div class="meta">
      {tags.length > 0 && (
        <ul class="chips tags" aria-label={i18n.t('library.tags')}>
          {tags.map((t) => (
            <li key={t}>
              <button type="button" class="tag" data-tag={t} onClick={() => onTag(t)}>
                {t}
              </button>
            </li>
          ))}
        </ul>
      )}
      {meta?.note && <p class="meta-note">{meta.note}</p>}
      <details>
        <summary>{i18n.t('library.meta')}</summary>
        <form
          class="meta-form"
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            onSave(String(form.get('tags') ?? ''), String(form.get('note') ?? ''));
          }}
        >
          <label>
            {i18n.t('library.tags')}
            <input
              type="text"
              name="tags"
              defaultValue={tags.join('、')}
              placeholder={i18n.t('library.tagsHelp')}
              title={i18n.t('library.tagsHelp')}
            />
          </label>
          <label>
            {i18n.t('library.note')}
            <textarea name="note" rows={2} defaultValue={meta?.note ?? ''} />
          </label>
          <button type="submit">{i18n.t('library.saveMeta')}</button>
        </form>
      </details>
    </div>
  );
}
