import { i18n } from '#i18n';
import type { Card, DocumentInfo, OrganizationKind, PlaceKind, Quote } from '../lib/card';
import type { ArticleSummary } from '../lib/store/record';
import type { Relation } from '../lib/store/similarity';
import type { Restriction } from '../utils/page-access';
import { sectionCount } from './counts';
import { notArticleWords } from './not-article';
import { reasonsOf } from './relation';
import { quotesToShow, topFirst } from './top';

const PLACE_ORDER: PlaceKind[] = [
  'city',
  'district',
  'subdistrict',
  'town',
  'neighbourhood',
  'road',
  'building',
  'venue',
  'other',
];

const ORGANIZATION_ORDER: OrganizationKind[] = ['government', 'party', 'company', 'other'];

export interface RelatedArticle {
  item: ArticleSummary;
  relation: Relation;
}

/** Which of the popup's folding sections the reader left open, by section id. */
export type Folds = Record<string, boolean>;

export interface FoldProps {
  folds?: Folds;
  onFold?: (id: string, open: boolean) => void;
}

function Section({
  title,
  children,
  count,
  id,
  fold,
}: {
  title: string;
  count?: number;
  id?: string;
  /** Folds away (closed unless the reader opened it): the popup's first screen keeps the essentials. */
  fold?: FoldProps;
  children: preact.ComponentChildren;
}) {
  const heading = (
    <h2>
      {title}
      {count !== undefined && <span class="muted"> {sectionCount(id, count)}</span>}
    </h2>
  );
  if (!fold || !id)
    return (
      <section class="section" id={id}>
        {heading}
        {children}
      </section>
    );
  return (
    <section class="section" id={id}>
      <details
        open={fold.folds?.[id] ?? false}
        onToggle={(e) => fold.onFold?.(id, (e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{heading}</summary>
        {children}
      </details>
    </section>
  );
}

/** The order and names of the 信息公开 block's fields, as pages print them. */
const DOCUMENT_FIELDS: Array<keyof DocumentInfo> = [
  'docNumber',
  'issuer',
  'indexNumber',
  'writtenDate',
  'publishedDate',
  'subject',
  'validity',
];

/** The 政府信息公开 block: the document's number, issuer and dates, as the page prints them. */
export function DocumentBlock({ document }: { document: DocumentInfo }) {
  return (
    <section class="document" id="card-document" aria-label={i18n.t('document.label')}>
      <dl lang="zh-Hans">
        {DOCUMENT_FIELDS.map((k) =>
          document[k] ? (
            <div key={k} data-field={k}>
              <dt>{i18n.t(`document.${k}`)}</dt>
              <dd>{document[k]!.replace('T', ' ')}</dd>
            </div>
          ) : null,
        )}
      </dl>
    </section>
  );
}

/** Names under their kind, kinds in a fixed order: places (区县, 街道…), organisations (政府机构, 党组织…). */
/** The most mentioned names first; the others behind 其余 N 个, opened on demand. */
function TopAndRest<T extends { mentions: number }>({
  items,
  render,
}: {
  items: readonly T[];
  render: (items: readonly T[]) => preact.ComponentChildren;
}) {
  const { top, rest } = topFirst(items);
  return (
    <>
      {render(top)}
      {rest.length > 0 && (
        <details class="more">
          <summary>{i18n.t('card.more', [String(rest.length)])}</summary>
          {render(rest)}
        </details>
      )}
    </>
  );
}

function KindGroups<K extends string>({
  items,
  order,
  label,
}: {
  items: ReadonlyArray<{ name: string; kind: K; mentions: number }>;
  order: readonly K[];
  label: (kind: K) => string;
}) {
  return (
    <dl class="groups">
      {order.map((kind) => {
        const named = items.filter((p) => p.kind === kind);
        if (!named.length) return null;
        return (
          <div key={kind} class="group" data-kind={kind}>
            <dt>{label(kind)}</dt>
            <dd>
              <ul class="chips">
                {named.map((p) => (
                  <li key={p.name}>
                    {p.name}
                    {p.mentions > 1 && <span class="count">×{p.mentions}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Each speaker once, with everything the article quotes them saying. */
function QuotesBySpeaker({ quotes }: { quotes: readonly Quote[] }) {
  const speakers = [...new Set(quotes.map((q) => q.speaker))];
  return (
    <dl class="quotes">
      {speakers.map((speaker) => (
        <div key={speaker}>
          <dt>{speaker}</dt>
          {quotes
            .filter((q) => q.speaker === speaker)
            .map((q) => (
              <dd key={q.text}>“{q.text}”</dd>
            ))}
        </div>
      ))}
    </dl>
  );
}

function RelatedList({ related }: { related: RelatedArticle[] }) {
  if (!related.length) return <p class="muted">{i18n.t('card.relatedNone')}</p>;
  return (
    <ul class="related">
      {related.map(({ item, relation }) => (
        <li key={item.url} data-near-duplicate={relation.nearDuplicate}>
          <a href={item.url} target="_blank" rel="noreferrer">
            {item.title ?? `${item.lead}…`}
          </a>
          <span class="muted">{[item.date?.slice(0, 10), item.source].filter(Boolean).join(' · ')}</span>
          <span class="reasons">{reasonsOf(relation).join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary card: metadata, then what the engine recognised. A view only: it receives a finished
 * card; `onReveal` asks the page to show an official's first mention, `related` comes from the library.
 */
export function CardView({
  card,
  onReveal,
  related,
  folds,
  onFold,
}: {
  card: Card;
  onReveal?: (name: string) => void;
  related?: RelatedArticle[] | null;
} & FoldProps) {
  const fold = { folds, onFold };
  const quotes = quotesToShow(card);
  const meta = [
    card.date?.replace('T', ' '),
    card.source,
    card.authors.length ? card.authors.join('、') : null,
  ].filter(Boolean);
  return (
    <article class="card">
      {card.document && <DocumentBlock document={card.document} />}
      <header lang={card.language === 'other' ? undefined : 'zh-Hans'}>
        <h1 id="card-title">{card.title ?? i18n.t('card.untitled')}</h1>
        {card.subtitle && <p class="subtitle">{card.subtitle}</p>}
        {meta.length > 0 && (
          <p class="meta" id="card-meta">
            {meta.join(' · ')}
          </p>
        )}
      </header>
      <p class="muted">
        {card.language === 'zh-Hant' ? `${i18n.t('card.converted')} · ` : ''}
        {i18n.t('card.size', [String(card.body.paragraphs.length), String(card.body.text.length)])}
      </p>
      {card.language === 'other' && (
        <p class="notice" id="card-language">
          {i18n.t('card.notChinese')}
        </p>
      )}
      {card.officials.length > 0 && (
        <Section title={i18n.t('card.officials')} count={card.officials.length} id="officials">
          <TopAndRest
            items={card.officials}
            render={(items) => (
              <ul class="list">
                {items.map((o) => (
                  <li key={o.name}>
                    {onReveal ? (
                      <button
                        type="button"
                        class="link"
                        data-official={o.name}
                        title={i18n.t('card.showInPage')}
                        onClick={() => onReveal(o.name)}
                      >
                        {o.name}
                      </button>
                    ) : (
                      <strong>{o.name}</strong>
                    )}{' '}
                    <span class="muted">{o.titles.join('、')}</span>
                    <span class="count">×{o.mentions}</span>
                  </li>
                ))}
              </ul>
            )}
          />
        </Section>
      )}
      {card.places.length > 0 && (
        <Section title={i18n.t('card.places')} count={card.places.length} id="places">
          <TopAndRest
            items={card.places}
            render={(items) => (
              <KindGroups items={items} order={PLACE_ORDER} label={(k) => i18n.t(`placeKind.${k}`)} />
            )}
          />
        </Section>
      )}
      {card.organizations.length > 0 && (
        <Section title={i18n.t('card.organizations')} count={card.organizations.length} id="organizations">
          <TopAndRest
            items={card.organizations}
            render={(items) => (
              <KindGroups items={items} order={ORGANIZATION_ORDER} label={(k) => i18n.t(`orgKind.${k}`)} />
            )}
          />
        </Section>
      )}
      {card.keySentences.length > 0 && (
        <Section title={i18n.t('card.keySentences')}>
          <ol class="list">
            {card.keySentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </Section>
      )}
      {card.policyPhrases.length > 0 && (
        <Section title={i18n.t('card.phrases')} count={card.policyPhrases.length} id="phrases" fold={fold}>
          <ul class="list">
            {card.policyPhrases.map((p) => (
              <li key={p.text}>
                {p.explanation ? (
                  // The explanation on demand.
                  <details class="explain">
                    <summary>
                      {p.text} <span class="count">×{p.mentions}</span>
                    </summary>
                    <div class="muted">{p.explanation}</div>
                  </details>
                ) : (
                  <>
                    {p.text} <span class="count">×{p.mentions}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {quotes.length > 0 && (
        <Section title={i18n.t('card.quotes')} id="quotes" fold={fold}>
          <QuotesBySpeaker quotes={quotes} />
        </Section>
      )}
      <Section title={i18n.t('card.lead')} id="lead" fold={fold}>
        <p class="lead" id="card-lead">
          {card.body.paragraphs[0]?.slice(0, 120) ?? ''}
          {(card.body.paragraphs[0]?.length ?? 0) > 120 ? '…' : ''}
        </p>
      </Section>
      {card.otherArticles.length > 0 && (
        <Section
          title={i18n.t('card.otherArticles')}
          count={card.otherArticles.length}
          id="other-articles"
          fold={fold}
        >
          <ul class="list">
            {card.otherArticles.map((a, i) => (
              <li key={i}>{a.title ?? a.lead}</li>
            ))}
          </ul>
        </Section>
      )}
      {related && (
        <Section title={i18n.t('card.related')} count={related.length} id="related" fold={fold}>
          <RelatedList related={related} />
        </Section>
      )}
    </article>
  );
}

export type PopupState =
  /** `analysing`: the background is analysing the page now (or it waits its turn), not just asked. */
  | { kind: 'loading'; analysing?: boolean }
  | { kind: 'card'; card: Card }
  | { kind: 'unavailable'; onRead?: () => void }
  | { kind: 'restricted'; why: Restriction }
  | { kind: 'error'; message: string };

const RESTRICTION_MESSAGE = {
  browser: 'state.browserPage',
  store: 'state.storePage',
  pdf: 'state.pdf',
} as const;

/** Every state the popup can be in, each with a message a reader understands. */
export function PopupView({
  state,
  onReveal,
  related,
  folds,
  onFold,
}: {
  state: PopupState;
  onReveal?: (name: string) => void;
  related?: RelatedArticle[] | null;
} & FoldProps) {
  if (state.kind === 'loading')
    return (
      <p class="state" id="state" data-state={state.analysing ? 'analysing' : 'loading'}>
        {i18n.t('state.analysing')}
      </p>
    );
  if (state.kind === 'error')
    return (
      <p class="state error" id="state" data-state="error">
        {i18n.t('state.error', [state.message])}
      </p>
    );
  if (state.kind === 'restricted')
    return (
      <p class="state" id="state" data-state={`restricted-${state.why}`}>
        {i18n.t(RESTRICTION_MESSAGE[state.why])}
      </p>
    );
  if (state.kind === 'unavailable')
    return (
      <div class="state" id="state" data-state="unavailable">
        <p>{i18n.t('state.notRead')}</p>
        {state.onRead && (
          <button type="button" id="read-page" onClick={state.onRead}>
            {i18n.t('state.readPage')}
          </button>
        )}
      </div>
    );
  if (!state.card.isArticle)
    return (
      <div class="state" id="state" data-state="no-article">
        <p>{notArticleWords(state.card)}</p>
        {state.card.title && <p class="muted">{state.card.title}</p>}
      </div>
    );
  return <CardView card={state.card} onReveal={onReveal} related={related} folds={folds} onFold={onFold} />;
}
