import { i18n } from '#i18n';
import type { ReaderModel, ReaderNote, Run } from '../lib/reader/view';
import { DocumentBlock } from './CardView';

/** The words for each kind of mention marked in the text. */
const KIND_WORDS = {
  official: () => i18n.t('note.official'),
  person: () => i18n.t('reader.person'),
  place: () => i18n.t('note.place'),
  organization: () => i18n.t('note.organization'),
  policy: () => i18n.t('note.policy'),
} as const;
const KINDS = Object.keys(KIND_WORDS) as Array<keyof typeof KIND_WORDS>;

/** One run of text: a text node, inside the mention's and the highlights' elements it falls in. */
function RunText({ run }: { run: Run }) {
  let node = run.entity ? (
    <span class="ent" data-kind={run.entity.kind} title={KIND_WORDS[run.entity.kind]()}>
      {run.text}
    </span>
  ) : (
    <>{run.text}</>
  );
  for (const h of run.highlights ?? [])
    node = (
      <mark
        class="mine"
        data-colour={h.colour}
        data-note-id={h.id}
        id={run.starts?.includes(h.id) ? `hl-${h.id}` : undefined}
      >
        {node}
      </mark>
    );
  return node;
}

function NoteItem({ note: { annotation: a, at } }: { note: ReaderNote }) {
  return (
    <li data-note-id={a.id} data-colour={a.colour} data-orphaned={at === null ? '' : undefined}>
      {at === null ? (
        <>
          <p class="orphaned" title={i18n.t('notes.orphanedHelp')}>
            {i18n.t('notes.orphaned')}
          </p>
          <blockquote class="quote" lang="zh-Hans">
            {a.text}
          </blockquote>
        </>
      ) : (
        <a class="quote" href={`#hl-${a.id}`} lang="zh-Hans">
          {a.text}
        </a>
      )}
      {a.note && <p class="note-text">{a.note}</p>}
    </li>
  );
}

/**
 * A saved article read from the library, away from its page: its fields, its 信息公开 block, its
 * normalized text with the mentions and the reader's highlights marked, the reader's notes, tags and
 * note, and the original address one click away. A view only.
 */
export function ReaderView({
  model,
  missing,
  error,
  libraryHref,
}: {
  model: ReaderModel | null;
  /** The address asked for, when the library holds no article there. */
  missing: string | null;
  error: string | null;
  libraryHref: string;
}) {
  const back = (
    <a href={libraryHref} id="back">
      {i18n.t('reader.back')}
    </a>
  );
  if (error || missing !== null)
    return (
      <main class="reader">
        <nav class="muted">{back}</nav>
        <p class="notice error" id="reader-error" role="alert">
          {error ?? i18n.t('reader.missing', [missing ?? ''])}
        </p>
      </main>
    );
  if (!model) return <main class="reader" aria-busy="true" />;
  const byline = [model.date?.replace('T', ' '), model.source, model.authors.join('、')].filter(Boolean);
  return (
    <main class="reader" data-url={model.url}>
      <nav class="muted">
        {back} · <span>{i18n.t('reader.offline')}</span>
      </nav>
      <article lang="zh-Hans">
        <h1 id="reader-title">{model.title ?? i18n.t('card.untitled')}</h1>
        {model.subtitle && <p class="subtitle">{model.subtitle}</p>}
        <p class="byline" id="reader-byline">
          {byline.join(' · ')}
        </p>
        <p class="original">
          <a href={model.url} id="original" target="_blank" rel="noreferrer">
            {i18n.t('reader.original')}
          </a>{' '}
          <span class="muted">{model.url}</span>
        </p>
        {model.document && <DocumentBlock document={model.document} />}
        {(model.tags.length > 0 || model.note) && (
          <section class="meta" id="reader-meta" aria-label={i18n.t('library.meta')}>
            {model.tags.length > 0 && (
              <ul class="chips tags" id="reader-tags">
                {model.tags.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            )}
            {model.note && (
              <p class="meta-note" id="reader-note">
                {model.note}
              </p>
            )}
          </section>
        )}
        <ul class="legend" aria-label={i18n.t('note.legend')}>
          {KINDS.filter((k) => model.counts[k]).map((k) => (
            <li key={k}>
              <span class="ent" data-kind={k}>
                {KIND_WORDS[k]()}
              </span>{' '}
              <span class="muted">{model.counts[k]}</span>
            </li>
          ))}
        </ul>
        <div class="body" id="reader-body">
          {model.paragraphs.map((p, i) => (
            <p key={i}>
              {p.map((run, j) => (
                <RunText key={j} run={run} />
              ))}
            </p>
          ))}
        </div>
      </article>
      {model.notes.length > 0 && (
        <aside class="notes" id="notes" aria-labelledby="notes-title">
          <h2 id="notes-title">
            {i18n.t('notes.title')}{' '}
            <span class="muted">{i18n.t('notes.count', [String(model.notes.length)])}</span>
          </h2>
          <ol class="note-list">
            {model.notes.map((n) => (
              <NoteItem key={n.annotation.id} note={n} />
            ))}
          </ol>
        </aside>
      )}
      <p class="muted">{i18n.t('library.savedAt', [new Date(model.savedAt).toLocaleString()])}</p>
    </main>
  );
}
