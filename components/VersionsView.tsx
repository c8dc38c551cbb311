import { i18n } from '#i18n';
import { changeCount, foldUnchanged } from '../lib/store/diff';
import type { VersionStep } from '../lib/store/versions';

const when = (ms: number) => new Date(ms).toLocaleString();
const dated = (s: VersionStep) => s.card.date?.replace('T', ' ') ?? i18n.t('library.noDate');

/**
 * The versions of one saved article, newest change first: each change with the dates of both
 * versions, insertions and deletions marked. Text nodes only: page text never goes into HTML.
 */
export function VersionsView({
  title,
  steps,
  backHref,
}: {
  title: string | null;
  /** Oldest first; null while they are read. */
  steps: VersionStep[] | null;
  backHref: string;
}) {
  const changes = (steps ?? [])
    .map((after, i) => ({ after, before: steps![i - 1], n: i }))
    .slice(1)
    .reverse();
  return (
    <main class="library versions" id="versions">
      <header>
        <a href={backHref} id="versions-back">
          {i18n.t('library.versionsBack')}
        </a>
        <h1>{i18n.t('library.versionsTitle')}</h1>
        {title && (
          <p class="versions-title" lang="zh-Hans">
            {title}
          </p>
        )}
      </header>
      {steps && steps.length === 0 && <p id="versions-missing">{i18n.t('library.versionsMissing')}</p>}
      {changes.map(({ before, after, n }) => {
        const parts = after.changes ?? [];
        const count = changeCount(parts);
        return (
          <section class="version-change" key={after.savedAt} data-step={n}>
            <h2>{i18n.t('library.versionStep', [String(n), String(n + 1)])}</h2>
            <p class="muted version-dates">
              {i18n.t('library.versionDates', [
                dated(before!),
                when(before!.savedAt),
                dated(after),
                when(after.savedAt),
              ])}
            </p>
            {before!.url !== after.url && (
              <p class="muted version-from">{i18n.t('library.versionFrom', [before!.url])}</p>
            )}
            <p class="version-count">
              {count ? i18n.t('library.changes', [String(count)]) : i18n.t('library.noChanges')}
              <span class="legend">
                <ins>{i18n.t('library.added')}</ins> <del>{i18n.t('library.removed')}</del>
              </span>
            </p>
            <div class="diff" lang="zh-Hans">
              {foldUnchanged(parts).map((p, i) =>
                p.kind === 'folded' ? (
                  <details key={i} class="folded">
                    <summary>{i18n.t('library.folded', [String(p.lines)])}</summary>
                    <span>{p.text}</span>
                  </details>
                ) : p.kind === 'added' ? (
                  <ins key={i}>{p.text}</ins>
                ) : p.kind === 'removed' ? (
                  <del key={i}>{p.text}</del>
                ) : (
                  <span key={i}>{p.text}</span>
                ),
              )}
            </div>
          </section>
        );
      })}
    </main>
  );
}
