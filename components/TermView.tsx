import { i18n } from '#i18n';
import type { TermMentions } from '../lib/store/timeline';
import { MonthChart } from './MonthChart';

/** A policy phrase's or an organisation's page: its mentions by month and its articles. A view only. */
export function TermView({
  kind,
  name,
  data,
}: {
  kind: 'phrase' | 'org';
  name: string;
  data: TermMentions | null;
}) {
  return (
    <main class="library archive" id="term" data-kind={kind}>
      <p>
        <a href="#list" id="back">
          {i18n.t('archive.back')}
        </a>
      </p>
      <h1 lang="zh-Hans">{i18n.t(kind === 'phrase' ? 'archive.phrase' : 'archive.org', [name])}</h1>
      {!data && <p class="muted">{i18n.t('archive.loading')}</p>}
      {data && data.articles.length === 0 && <p id="none">{i18n.t('archive.none', [name])}</p>}
      {data && data.articles.length > 0 && (
        <>
          <p class="muted" id="term-count">
            {i18n.t('archive.articles', data.articles.length)}
          </p>
          <MonthChart months={data.months} />
          <ol class="dated" id="term-articles">
            {data.articles.map((a) => (
              <li class="dated-item" key={a.url} data-url={a.url}>
                <time dateTime={a.day}>{a.day}</time>
                <a class="title" href={a.url} target="_blank" rel="noreferrer" lang="zh-Hans">
                  {a.title ?? a.url}
                </a>
                <span class="muted">{i18n.t('archive.mentionsN', a.mentions)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </main>
  );
}
