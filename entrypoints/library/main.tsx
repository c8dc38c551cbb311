import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ArchiveIndexView } from '../../components/ArchiveIndexView';
import { type ArchiveRoute, readRoute } from '../../components/archive-route';
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
import {
  type IdentityDecision,
  mergeDecision,
  type PersonGroup,
  splitDecision,
} from '../../lib/store/people';
import type { ArchiveIndex, TermMentions } from '../../lib/store/timeline';
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

/** The archive's pages (a person, a phrase, an organisation, the index), read for the route shown. */
function ArchivePage({
  library,
  route,
  fail,
}: {
  library: Library;
  route: Exclude<ArchiveRoute, { kind: 'list' }>;
  fail: (e: unknown) => void;
}) {
  const [people, setPeople] = useState<{ people: PersonGroup[]; decisions: IdentityDecision[] } | null>(null);
  const [term, setTerm] = useState<TermMentions | null>(null);
  const [index, setIndex] = useState<ArchiveIndex | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [changes, setChanges] = useState(0);
  const name = route.kind === 'index' ? '' : route.name;
  useEffect(() => {
    setPeople(null);
    setTerm(null);
    setPicked(new Set());
    if (route.kind === 'person') library.people(name).then(setPeople).catch(fail);
    else if (route.kind === 'phrase' || route.kind === 'org')
      library.term(route.kind, name).then(setTerm).catch(fail);
    // The index names every official: the person page offers them when joining two forms of a name.
    if (route.kind === 'index' || route.kind === 'person') library.archiveIndex().then(setIndex).catch(fail);
  }, [route.kind, name, changes]);
  const decide = (d: IdentityDecision) =>
    library
      .decideIdentity(d)
      .then(() => setChanges((n) => n + 1))
      .catch(fail);
  if (route.kind === 'index') return <ArchiveIndexView index={index} />;
  if (route.kind !== 'person') return <TermView kind={route.kind} name={name} data={term} />;
  const first = (p: PersonGroup) => ({ name: p.mentions[0]!.name, url: p.mentions[0]!.url });
  return (
    <PersonView
      name={name}
      people={people?.people ?? null}
      decisions={people?.decisions ?? []}
      names={index?.officials.map((f) => f.name) ?? []}
      picked={picked}
      onPick={(url, on) => {
        const next = new Set(picked);
        if (on) next.add(url);
        else next.delete(url);
        setPicked(next);
      }}
      onSplit={(person) => {
        const urls = person.mentions.filter((m) => picked.has(m.url)).map((m) => m.url);
        const names = new Set(person.mentions.filter((m) => picked.has(m.url)).map((m) => m.name));
        for (const n of names) void decide(splitDecision(n, urls));
      }}
      onMerge={(person, other) => void decide(mergeDecision(first(person), first(other)))}
      onMergeName={(person, otherName) =>
        void library
          .people(otherName)
          .then((found) => {
            const other = found.people[0];
            if (other) return decide(mergeDecision(first(person), first(other)));
          })
          .catch(fail)
      }
      onUndo={(key) =>
        void library
          .undoIdentity(key)
          .then(() => setChanges((n) => n + 1))
          .catch(fail)
      }
    />
  );
}

function LibraryPage() {
  const [library, setLibrary] = useState<Library | null>(null);
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<LibraryNotice | null>(null);
  const [route, setRoute] = useState<ArchiveRoute>(() => readRoute(location.hash));
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

  const refresh = async (lib: Library, f: LibraryFilter, limit: number) => {
    const ticket = ++latest.current;
    try {
      // Only what is shown: a search reads the text of one page of candidates, not of every match.
      const next = await lib.list({ ...f, query: await simplified(f.query ?? '') }, { limit });
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
    const follow = () => {
      setRoute(readRoute(location.hash));
      window.scrollTo(0, 0);
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (!library) return;
    const timer = setTimeout(() => void refresh(library, filter, shown), 120);
    return () => clearTimeout(timer);
  }, [filter, library, changes, shown]);

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
  const exportScope = async () => {
    const chosen = (listing?.articles ?? []).filter((a) => selected.has(a.url));
    if (chosen.length || !library) return chosen;
    // Every match, not only the page shown.
    return (await library.list({ ...filter, query: await simplified(filter.query ?? '') })).articles;
  };

  const exportArticles = async (format: LibraryExportFormat, to: LibraryExportTarget) => {
    if (!library) return;
    try {
      const items: ExportedArticle[] = [];
      for (const a of await exportScope()) {
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
  if (route.kind !== 'list')
    return library ? (
      <ArchivePage library={library} route={route} fail={fail} />
    ) : (
      <p class="notice error">{notice?.text}</p>
    );
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
        count: picked || (listing?.matched ?? 0),
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
