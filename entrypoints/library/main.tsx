import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ExportFormat, ExportStatus } from '../../components/ExportBar';
import type {
  LibraryExportFormat,
  LibraryExportStatus,
  LibraryExportTarget,
} from '../../components/LibraryExport';
import { type LibraryNotice, LibraryView, PAGE } from '../../components/LibraryView';
import { libraryMessage } from '../../components/library-messages';
import { VersionsView } from '../../components/VersionsView';
import { type ExportedArticle, libraryCSL, libraryMarkdown } from '../../lib/export/library';
import { exportNotes } from '../../lib/export/notes';
import { Library, type LibraryFilter, type LibraryListing } from '../../lib/store/library';
import { type VersionStep, versionSteps } from '../../lib/store/versions';
import { copyText } from '../../utils/clipboard';
import { downloadJSON, downloadText } from '../../utils/download';
import { errorMessage } from '../../utils/error-message';
import { useStoredTemplate } from '../../utils/notes-template';
import { remoteConvert } from '../../utils/remote-services';
import './style.css';

/** Saved texts are simplified: a query typed in traditional script is converted the same way. */
async function simplified(query: string): Promise<string> {
  if (!query.trim()) return query;
  try {
    return (await remoteConvert([query], 'simplified'))[0] ?? query;
  } catch {
    return query;
  }
}

/** The article whose versions the page shows (`#versions=<address>`), or null for the list. */
function versionsRoute(hash: string): string | null {
  const m = /^#versions=(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

/** The versions of one article, read from the library, compared. */
function VersionsPage({ library, url, fail }: { library: Library; url: string; fail: (e: unknown) => void }) {
  const [steps, setSteps] = useState<VersionStep[] | null>(null);
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    setSteps(null);
    Promise.all([library.get(url), library.versions(url)])
      .then(([current, versions]) => {
        setTitle(current?.card.title ?? null);
        setSteps(current ? versionSteps(versions, current) : []);
      })
      .catch(fail);
  }, [library, url]);
  return <VersionsView title={title} steps={steps} backHref="#" />;
}

function LibraryPage() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  /** Bumped after every change to the library: the list is read again with the filter of that moment. */
  const [changes, setChanges] = useState(0);
  const changed = () => setChanges((n) => n + 1);
  const latest = useRef(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notesCopied, setNotesCopied] = useState<ExportStatus | null>(null);
  const template = useStoredTemplate();
  const [versionCounts, setVersionCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [hash, setHash] = useState(location.hash);
  const [exported, setExported] = useState<LibraryExportStatus | null>(null);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const select = (url: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(url);
    else next.delete(url);
    setSelected(next);
    setNotesCopied(null);
  };
  /** The highlights of the chosen articles, in the list's order, to the clipboard. */
  const copyNotes = (format: ExportFormat) => {
    const items = (listing?.articles ?? [])
      .filter((a) => selected.has(a.url) && a.annotations?.length)
      .map((a) => ({
        article: { title: a.title, url: a.url, date: a.date, source: a.source },
        // The library cannot tell which still stand on today's page: each is exported as found.
        notes: a.annotations!.map((annotation) => ({ annotation, orphaned: false })),
      }));
    copyText(exportNotes(format, items, template))
      .then(() => setNotesCopied({ ok: true, format }))
      .catch((e: unknown) => setNotesCopied({ ok: false, format, error: errorMessage(e) }));
  };
  /** Says what went wrong with the library, in the reader's words. */
  const fail = (e: unknown) => setNotice({ text: libraryMessage(e), error: true });

  const refresh = async (lib: Library, f: LibraryFilter) => {
    const ticket = ++latest.current;
    try {
      const next = await lib.list({ ...f, query: await simplified(f.query ?? '') });
      const counts = await lib.versionCounts();
      // Typing fast starts several searches: only the last one is shown.
      if (ticket === latest.current) {
        setListing(next);
        setVersionCounts(counts);
      }
    } catch (e) {
      fail(e);
    }
  };

  useEffect(() => {
    document.title = i18n.t('library.title');
    Library.open().then(setLibrary).catch(fail);
  }, []);

  useEffect(() => {
    if (!library) return;
    const timer = setTimeout(() => void refresh(library, filter), 120);
    return () => clearTimeout(timer);
  }, [filter, library, changes]);

  const remove = async (url: string, title: string) => {
    if (!library) return;
    try {
      const saved = await library.get(url);
      // The article's highlights, tags and note go with it, and come back with it on 撤销.
      const notes = await library.annotations(url);
      const versions = await library.versions(url);
      const meta = await library.meta(url);
      await library.remove(url);
      setNotice({
        text: i18n.t('library.deleted', [title]),
        onUndo: saved
          ? () =>
              void library
                .save(saved.card, saved.url, saved.savedAt)
                .then(() => Promise.all(notes.map((n) => library.putAnnotation(n))))
                .then(() => library.restoreVersions(versions))
                .then(() => meta && library.setMeta(url, meta, meta.updated))
                .then(() => {
                  setNotice(null);
                  changed();
                })
                .catch(fail)
          : undefined,
      });
      changed();
    } catch (e) {
      fail(e);
    }
  };

  const saveMeta = async (url: string, title: string, tags: string, note: string) => {
    if (!library) return;
    try {
      await library.setMeta(url, { tags, note });
      setNotice({ text: i18n.t('library.metaSaved', [title]) });
      changed();
    } catch (e) {
      fail(e);
    }
  };

  const exportAll = async () => {
    if (!library) return;
    try {
      downloadJSON(
        `govlens-library-${new Date().toISOString().slice(0, 10)}.json`,
        await library.exportJSON(),
      );
    } catch (e) {
      fail(e);
    }
  };

  /** The articles to export: those selected, else every listed one, each with its highlights. */
  const exportScope = () => {
    const listed = listing?.articles ?? [];
    const chosen = listed.filter((a) => selected.has(a.url));
    return chosen.length ? chosen : listed;
  };

  const exportArticles = async (format: LibraryExportFormat, to: LibraryExportTarget) => {
    if (!library) return;
    try {
      const items: ExportedArticle[] = [];
      for (const a of exportScope()) {
        const saved = await library.get(a.url);
        if (saved) items.push({ ...saved, annotations: a.annotations ?? [] });
      }
      const text = format === 'markdown' ? libraryMarkdown(items) : libraryCSL(items);
      const day = new Date().toISOString().slice(0, 10);
      if (to === 'copy') await copyText(text);
      else if (format === 'markdown') downloadText(`govlens-${day}.md`, text, 'text/markdown');
      else downloadText(`govlens-${day}.csl.json`, text, 'application/vnd.citationstyles.csl+json');
      setExported({ ok: true, format });
    } catch (e) {
      setExported({ ok: false, format, error: errorMessage(e) });
    }
  };

  const importFile = async (file: File) => {
    if (!library) return;
    // A large library takes a while to index: say so until it is done.
    setNotice({ text: i18n.t('library.importing', [file.name]) });
    try {
      const r = await library.importJSON(await file.text(), {
        onProgress: (done, total) =>
          setNotice({
            text: i18n.t('library.importProgress', [file.name, String(done), String(total)]),
            progress: { done, total },
          }),
      });
      setNotice({
        text: i18n.t('library.imported', [String(r.added), String(r.updated), String(r.skipped)]),
      });
      changed();
    } catch (e) {
      fail(e);
    }
  };

  const versionsOf = versionsRoute(hash);
  if (library && versionsOf) return <VersionsPage library={library} url={versionsOf} fail={fail} />;
  const listed = listing?.articles ?? [];
  const picked = listed.filter((a) => selected.has(a.url)).length;

  return (
    <LibraryView
      listing={listing}
      filter={filter}
      notice={notice}
      onFilter={(f) => {
        setFilter(f);
        setShown(PAGE);
      }}
      shown={shown}
      onMore={() => setShown((n) => n + PAGE)}
      onDelete={(url, title) => void remove(url, title)}
      onExport={() => void exportAll()}
      onImport={(file) => void importFile(file)}
      selected={selected}
      onSelect={select}
      notesCopied={notesCopied}
      onCopyNotes={copyNotes}
      versions={versionCounts}
      exportArticles={{
        count: picked || listed.length,
        selected: picked > 0,
        status: exported,
        onExport: (format, to) => void exportArticles(format, to),
      }}
      onSaveMeta={(url, title, tags, note) => void saveMeta(url, title, tags, note)}
      readerHref={(url) => `reader.html?url=${encodeURIComponent(url)}`}
    />
  );
}

render(<LibraryPage />, document.getElementById('app')!);
