import { i18n } from '#i18n';
import type { IdentityDecision, PersonGroup } from '../lib/store/people';

const span = (first: string, last: string) =>
  first === last ? first : i18n.t('archive.span', [first, last]);

function describe(d: IdentityDecision): string {
  return d.kind === 'split'
    ? i18n.t('archive.decisionSplit', [d.name, String(d.urls.length)])
    : i18n.t('archive.decisionMerge', [d.a.name, d.b.name]);
}

/**
 * An official's page: each person of that name (one, or several the library or the reader told
 * apart), their titles over time and every saved article naming them, in date order; the reader
 * may split off articles that are of another person, or join two people. A view only.
 */
export function PersonView({
  name,
  people,
  decisions,
  names,
  picked,
  onPick,
  onSplit,
  onMerge,
  onMergeName,
  onUndo,
}: {
  name: string;
  people: PersonGroup[] | null;
  decisions: IdentityDecision[];
  /** Other officials' names in the library, offered when the reader joins two forms of a name. */
  names: string[];
  /** Articles the reader ticked as another person's, by address. */
  picked: ReadonlySet<string>;
  onPick: (url: string, on: boolean) => void;
  onSplit: (person: PersonGroup) => void;
  onMerge: (person: PersonGroup, other: PersonGroup) => void;
  onMergeName: (person: PersonGroup, otherName: string) => void;
  onUndo: (key: string) => void;
}) {
  return (
    <main class="library archive" id="person">
      <p>
        <a href="#list" id="back">
          {i18n.t('archive.back')}
        </a>
      </p>
      <h1 lang="zh-Hans">{i18n.t('archive.person', [name])}</h1>
      {!people && <p class="muted">{i18n.t('archive.loading')}</p>}
      {people && people.length === 0 && <p id="none">{i18n.t('archive.none', [name])}</p>}
      {people && people.length > 1 && (
        <p class="muted" id="same-name">
          {i18n.t('archive.samePeople', [String(people.length)])}
        </p>
      )}
      {people?.map((person, i) => (
        <section class="person" key={person.id} data-person={person.id}>
          {people.length > 1 && <h2 lang="zh-Hans">{`${person.names[0]} (${i + 1})`}</h2>}
          {person.names.length > 1 && (
            <p class="muted aka" lang="zh-Hans">
              {i18n.t('archive.alsoKnownAs', [person.names.join('、')])}
            </p>
          )}
          <h3>{i18n.t('archive.timeline')}</h3>
          <ol class="timeline" lang="zh-Hans">
            {person.timeline.map((run) => (
              <li class="run" key={run.first}>
                <span class="titles">{run.titles.join('、') || i18n.t('archive.noTitle')}</span>
                <span class="muted">
                  {span(run.first, run.last)} · {i18n.t('archive.inArticles', run.articles)}
                </span>
              </li>
            ))}
          </ol>
          <h3>{i18n.t('archive.articles', person.mentions.length)}</h3>
          <ol class="dated person-articles">
            {person.mentions.map((m) => (
              <li class="dated-item" key={`${m.name}@${m.url}`} data-url={m.url}>
                {person.mentions.length > 1 && (
                  <input
                    type="checkbox"
                    aria-label={i18n.t('archive.pick')}
                    checked={picked.has(m.url)}
                    onChange={(e) => onPick(m.url, e.currentTarget.checked)}
                  />
                )}
                <time dateTime={m.day}>{m.day}</time>
                <a class="title" href={m.url} target="_blank" rel="noreferrer" lang="zh-Hans">
                  {m.articleTitle ?? m.url}
                </a>
                <span class="titles" lang="zh-Hans">
                  {[m.name !== name ? m.name : '', m.titles.join('、')].filter(Boolean).join(' ')}
                </span>
              </li>
            ))}
          </ol>
          <div class="identity">
            {person.mentions.length > 1 && <span class="muted">{i18n.t('archive.splitHint')}</span>}
            {person.mentions.length > 1 && (
              <button
                type="button"
                class="split"
                disabled={!person.mentions.some((m) => picked.has(m.url))}
                onClick={() => onSplit(person)}
              >
                {i18n.t('archive.split')}
              </button>
            )}
            {i > 0 && (
              <button type="button" class="merge-above" onClick={() => onMerge(person, people[i - 1]!)}>
                {i18n.t('archive.mergeAbove')}
              </button>
            )}
            <form
              class="merge-name"
              onSubmit={(e) => {
                e.preventDefault();
                const other = new FormData(e.currentTarget).get('other');
                if (typeof other === 'string' && other.trim()) onMergeName(person, other.trim());
              }}
            >
              <label>
                {i18n.t('archive.mergeName')}
                <input name="other" list="official-names" lang="zh-Hans" />
              </label>
              <button type="submit">{i18n.t('archive.merge')}</button>
            </form>
          </div>
        </section>
      ))}
      <datalist id="official-names">
        {names
          .filter((n) => n !== name)
          .map((n) => (
            <option key={n} value={n} />
          ))}
      </datalist>
      {decisions.length > 0 && (
        <section id="decisions">
          <h3>{i18n.t('archive.decisions')}</h3>
          <ul>
            {decisions.map((d) => (
              <li key={d.key} lang="zh-Hans">
                {describe(d)}{' '}
                <button type="button" onClick={() => onUndo(d.key)}>
                  {i18n.t('library.undo')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
