import type { Card } from '../lib/card';

const KIND_LABEL: Record<string, string> = {
  city: '城市',
  district: '区县',
  subdistrict: '街道',
  town: '镇',
  neighbourhood: '居民区',
  road: '道路',
  building: '建筑',
  venue: '场所',
  other: '其他',
};

function Section({
  title,
  children,
  count,
}: {
  title: string;
  count?: number;
  children: preact.ComponentChildren;
}) {
  return (
    <section class="section">
      <h2>
        {title}
        {count !== undefined && <span class="muted"> {count}</span>}
      </h2>
      {children}
    </section>
  );
}

/** The summary card: metadata, then what the engine recognised. A view only: it receives a finished card. */
export function CardView({ card }: { card: Card }) {
  const meta = [
    card.date?.replace('T', ' '),
    card.source,
    card.authors.length ? card.authors.join('、') : null,
  ].filter(Boolean);
  return (
    <article class="card" lang="zh-Hans">
      <header>
        <h1 id="card-title">{card.title ?? '（无标题）'}</h1>
        {card.subtitle && <p class="subtitle">{card.subtitle}</p>}
        {meta.length > 0 && (
          <p class="meta" id="card-meta">
            {meta.join(' · ')}
          </p>
        )}
        <p class="muted">
          {card.language === 'zh-Hant' ? '原文为繁体，已转为简体分析 · ' : ''}
          {card.body.paragraphs.length} 段 · {card.body.text.length} 字
        </p>
      </header>
      {card.officials.length > 0 && (
        <Section title="官员" count={card.officials.length}>
          <ul class="list">
            {card.officials.map((o) => (
              <li key={o.name}>
                <strong>{o.name}</strong> <span class="muted">{o.titles.join('、')}</span>
                <span class="count">×{o.mentions}</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {card.places.length > 0 && (
        <Section title="地点" count={card.places.length}>
          <ul class="chips">
            {card.places.map((p) => (
              <li key={p.name} title={KIND_LABEL[p.kind]}>
                {p.name}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {card.policyPhrases.length > 0 && (
        <Section title="政策用语" count={card.policyPhrases.length}>
          <ul class="list">
            {card.policyPhrases.map((p) => (
              <li key={p.text}>
                {p.text} <span class="count">×{p.mentions}</span>
                {p.explanation && <div class="muted">{p.explanation}</div>}
              </li>
            ))}
          </ul>
        </Section>
      )}
      {card.keySentences.length > 0 && (
        <Section title="要点">
          <ol class="list">
            {card.keySentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </Section>
      )}
      {card.quotes.length > 0 && (
        <Section title="引语">
          <ul class="list">
            {card.quotes.map((q) => (
              <li key={`${q.speaker}:${q.text}`}>
                <strong>{q.speaker}</strong>：{q.text}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="正文开头">
        <p class="lead" id="card-lead">
          {card.body.paragraphs[0]?.slice(0, 120) ?? ''}
          {(card.body.paragraphs[0]?.length ?? 0) > 120 ? '…' : ''}
        </p>
      </Section>
      {card.otherArticles.length > 0 && (
        <Section title="本页其他文章" count={card.otherArticles.length}>
          <ul class="list">
            {card.otherArticles.map((a, i) => (
              <li key={i}>{a.title ?? a.lead}</li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'card'; card: Card }
  | { kind: 'unavailable'; onRead?: () => void }
  | { kind: 'error'; message: string };

/** Every state the popup can be in, each with a message a reader understands. */
export function PopupView({ state }: { state: PopupState }) {
  if (state.kind === 'loading')
    return (
      <p class="state" id="state">
        正在分析…
      </p>
    );
  if (state.kind === 'error')
    return (
      <p class="state error" id="state">
        出错了：{state.message}
      </p>
    );
  if (state.kind === 'unavailable')
    return (
      <div class="state" id="state">
        <p>这个页面还没有分析。政闻透镜在政府新闻网站（*.gov.cn 等）上自动运行。</p>
        {state.onRead && (
          <button type="button" id="read-page" onClick={state.onRead}>
            分析此页
          </button>
        )}
      </div>
    );
  if (!state.card.isArticle)
    return (
      <div class="state" id="state">
        <p>{state.card.reason}</p>
        {state.card.title && <p class="muted">{state.card.title}</p>}
      </div>
    );
  return <CardView card={state.card} />;
}
