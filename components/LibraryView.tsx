import { i18n } from '#i18n';
import type { Facet, LibraryFilter, LibraryListing } from '../lib/store/library';
import { archiveHref } from './archive-route';
import { EXPORT_FORMATS, type ExportFormat, type ExportStatus } from './ExportBar';
import { LibraryExport } from './LibraryExport';
import { MetaEditor } from './MetaEditor';

/** Articles shown at a time: a library of thousands lists quickly. */
export const PAGE = 100;

export interface LibraryNotice {
  text: string;
  error?: boolean;
  onUndo?: () => void;
  /** Work under way (an import): how much is done of how much. */
  progress?: { done: number; total: number };
}

function FacetSelect({
  name,
  label,
  facets,
  value,
  onChange,
  page,
}: {
  name: 'official' | 'place' | 'phrase' | 'tag';
  label: string;
  facets: Facet[];
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  /** The archive's page for the chosen name, if the kind has one. */
  page?: 'person' | 'phrase';
}) {
  return (
    <>
      <label>
        {label}
        <select
          name={name}
          value={value ?? ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        >
          <option value="">{i18n.t('library.any')}</option>
          {facets.map((f) => (
            <option key={f.name} value={f.name}>
              {f.name} ({f.count})
            </option>
          ))}
        </select>
      </label>
      {value && page && (
        // Beside the filter, not in its label: a link inside a label would also move focus to the select.
        <a
          class="facet-page"
          data-page={page}
          href={archiveHref(page, value)}
          aria-label={i18n.t('archive.page', [value])}
          title={i18n.t('archive.page', [value])}
        >
          →
        </a>
      )}
    </>
  );
}

const savedAt = (ms: number) => i18n.t('library.savedAt', [new Date(ms).toLocaleString()]);

/** The library page: search and filters, the saved articles, and export/import. A view only. */
export function LibraryView({
  listing,
  filter,
  notice,
  onFilter,
  onDelete,
  onExport,
  onImport,
  shown,
  onMore,
  selected,
  onSelect,
  notesCopied,
  onCopyNotes,
  versions,
  exportArticles,
  onSaveMeta,
  readerHref,
}: {
  /** How many versions each article with earlier versions has; each links to its diff. */
  versions?: ReadonlyMap<string, number>;
  /** The export of the listed (or selected) articles as Markdown and CSL-JSON. */
  exportArticles?: Parameters<typeof LibraryExport>[0];
  /** The reader's tags and note on an article, as typed. */
  onSaveMeta: (url: string, title: string, tags: string, note: string) => void;
  /** The address of the reader view of a saved article. */
  readerHref: (url: string) => string;
  /** Articles whose highlights the reader picked for export, by address. */
  selected: ReadonlySet<string>;
  onSelect: (url: string, on: boolean) => void;
  notesCopied: ExportStatus | null;
  onCopyNotes: (format: ExportFormat) => void;
  /** The first `shown` matching articles (the library reads no more), and how many match. */
  listing: LibraryListing | null;
  /** How many of the matching articles to show; the rest behind a button. */
  shown: number;
  onMore: () => void;
  filter: LibraryFilter;
  notice: LibraryNotice | null;
  onFilter: (f: LibraryFilter) => void;
  onDelete: (url: string, title: string) => void;
  onExport: () => void;
  onImport: (file: File) => void;
}) {
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  const facets = listing?.facets ?? { officials: [], places: [], phrases: [], tags: [] };
  return (
    <main class="library">
      <header>
        <h1>{i18n.t('library.title')}</h1>
        <p class="muted">{i18n.t('library.private')}</p>
        <div class="actions">
          <button type="button" id="export" onClick={onExport}>
            {i18n.t('library.export')}
          </button>
          <label class="button">
            {i18n.t('library.import')}
            <input
              type="file"
              id="import"
              accept="application/json,.json"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) onImport(file);
                e.currentTarget.value = '';
              }}
            />
          </label>
          <a class="button" id="archive-index-link" href="#index">
            {i18n.t('archive.index')}
          </a>
        </div>
      </header>
      <search class="filters">
        <input
          type="search"
          id="search"
          placeholder={i18n.t('library.search')}
          aria-label={i18n.t('library.search')}
          value={filter.query ?? ''}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        <FacetSelect
          name="official"
          label={i18n.t('card.officials')}
          facets={facets.officials}
          value={filter.official}
          onChange={(official) => set({ official })}
          page="person"
        />
        <FacetSelect
          name="place"
          label={i18n.t('card.places')}
          facets={facets.places}
          value={filter.place}
          onChange={(place) => set({ place })}
        />
        <FacetSelect
          name="phrase"
          label={i18n.t('card.phrases')}
          facets={facets.phrases}
          value={filter.phrase}
          onChange={(phrase) => set({ phrase })}
          page="phrase"
        />
        <FacetSelect
          name="tag"
          label={i18n.t('library.tags')}
          facets={facets.tags}
          value={filter.tag}
          onChange={(tag) => set({ tag })}
        />
        <label>
          {i18n.t('library.from')}
          <input
            type="date"
            name="from"
            value={filter.from ?? ''}
            onInput={(e) => set({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          {i18n.t('library.to')}
          <input
            type="date"
            name="to"
            value={filter.to ?? ''}
            onInput={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </label>
      </search>
      {notice && (
        <p class={notice.error ? 'notice error' : 'notice'} id="notice" role="status">
          {notice.text}
          {notice.progress && (
            <progress id="import-progress" max={notice.progress.total} value={notice.progress.done} />
          )}
          {notice.onUndo && (
            <button type="button" id="undo" onClick={notice.onUndo}>
              {i18n.t('library.undo')}
            </button>
          )}
        </p>
      )}
      {listing && listing.damaged.length > 0 && (
        <p class="notice error" id="damaged">
          {i18n.t('library.damaged', [String(listing.damaged.length), listing.damaged.join(', ')])}
        </p>
      )}
      {listing && (
        <p class="muted" id="count">
          {listing.approximate
            ? i18n.t('library.countAtMost', [String(listing.total), String(listing.matched)])
            : i18n.t('library.count', [String(listing.total), String(listing.matched)])}
        </p>
      )}
      {exportArticles && exportArticles.count > 0 && <LibraryExport {...exportArticles} />}
      {listing && listing.total === 0 && <p id="empty">{i18n.t('library.empty')}</p>}
      {listing && listing.total > 0 && listing.matched === 0 && <p>{i18n.t('library.noMatch')}</p>}
      {selected.size > 0 && (
        <div class="notes-export" id="notes-export">
          <span class="muted">{i18n.t('notes.copySelected', [String(selected.size)])}</span>
          {EXPORT_FORMATS.map((f) => (
            <button type="button" key={f} data-notes-format={f} onClick={() => onCopyNotes(f)}>
              {i18n.t(`export.${f}`)}
            </button>
          ))}
          {notesCopied && (
            <span
              class="status"
              id="notes-export-status"
              role="status"
              data-copied={notesCopied.ok ? notesCopied.format : undefined}
            >
              {notesCopied.ok
                ? i18n.t('export.copied', [i18n.t(`export.${notesCopied.format}`)])
                : i18n.t('export.failed', [notesCopied.error ?? ''])}
            </span>
          )}
        </div>
      )}
      <ul class="articles" id="articles">
        {listing?.articles.slice(0, shown).map((a) => (
          <li key={a.url} data-url={a.url}>
            <a class="title" href={a.url} target="_blank" rel="noreferrer" lang="zh-Hans">
              {a.title ?? `${a.lead}…`}
            </a>
            <a class="read" href={readerHref(a.url)} title={i18n.t('library.readTitle')}>
              {i18n.t('library.read')}
            </a>
            <span class="muted">
              {[a.date?.replace('T', ' '), a.source, savedAt(a.savedAt)].filter(Boolean).join(' · ')}
            </span>
            {(versions?.get(a.url) ?? 0) > 1 && (
              <a
                class="versions-link"
                href={`#versions=${encodeURIComponent(a.url)}`}
                data-versions={versions!.get(a.url)}
              >
                {i18n.t('library.versions', [String(versions!.get(a.url))])}
              </a>
            )}
            {a.snippet && (
              <p class="snippet" lang="zh-Hans">
                {a.snippet}
              </p>
            )}
            {a.annotations && a.annotations.length > 0 && (
              <label class="select-notes">
                <input
                  type="checkbox"
                  checked={selected.has(a.url)}
                  onChange={(e) => onSelect(a.url, e.currentTarget.checked)}
                />
                {i18n.t('notes.select', [String(a.annotations.length)])}
              </label>
            )}
            {a.annotations && a.annotations.length > 0 && (
              <ol class="highlights" aria-label={i18n.t('notes.title')}>
                {a.annotations.map((h) => (
                  <li key={h.id} data-colour={h.colour}>
                    <q lang="zh-Hans">{h.text}</q>
                    {h.note && <p class="note-text">{h.note}</p>}
                  </li>
                ))}
              </ol>
            )}
            {a.fingerprint.officials.length > 0 && (
              <ul class="chips" lang="zh-Hans">
                {a.fingerprint.officials.slice(0, 6).map((o) => (
                  <li key={o}>
                    <a href={archiveHref('person', o)} data-official={o}>
                      {o}
                    </a>
                  </li>
                ))}
              </ul>
            )}
            <MetaEditor
              key={`${a.url} ${a.meta?.updated ?? 0}`}
              meta={a.meta}
              onSave={(tags, note) => onSaveMeta(a.url, a.title ?? a.lead, tags, note)}
              onTag={(tag) => set({ tag })}
            />
            <button type="button" class="delete" onClick={() => onDelete(a.url, a.title ?? a.lead)}>
              {i18n.t('library.delete')}
            </button>
          </li>
        ))}
      </ul>
      {listing && listing.articles.length >= shown && listing.matched > shown && (
        <button type="button" id="more" onClick={onMore}>
          {i18n.t('library.more', [String(Math.min(PAGE, listing.matched - shown))])}
        </button>
      )}
    </main>
  );
}
