import { i18n } from '#i18n';
import type { ArchiveIndex } from '../lib/store/timeline';
import { archiveHref } from './archive-route';

const KINDS = [
  ['officials', 'person'],
  ['phrases', 'phrase'],
  ['organizations', 'org'],
] as const;

/** Every official, phrase and organisation in the library, each a link to its page. A view only. */
export function ArchiveIndexView({ index }: { index: ArchiveIndex | null }) {
  return (
    <main class="library archive" id="archive-index">
      <p>
        <a href="#list" id="back">
          {i18n.t('archive.back')}
        </a>
      </p>
      <h1>{i18n.t('archive.indexTitle')}</h1>
      {!index && <p class="muted">{i18n.t('archive.loading')}</p>}
      {index && (
        <div class="index-columns">
          {KINDS.map(([field, route]) => (
            <section key={field} id={`index-${field}`}>
              <h2>{i18n.t(`archive.${field}`)}</h2>
              <ul lang="zh-Hans">
                {index[field].map((f) => (
                  <li key={f.name}>
                    <a href={archiveHref(route, f.name)}>{f.name}</a> <span class="muted">({f.count})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </main>
  );
}
