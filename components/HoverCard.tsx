import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import { placeHoverCard } from '../lib/highlight/placement';
import type { EntityKind } from '../lib/recognize/index';

export interface HoverTarget {
  kind: EntityKind;
  key: string;
  /** Where to show the card: the mention's box in the viewport, on the line the reader points at. */
  rect: { left: number; top: number; bottom: number };
}

/** What the reader sees over a highlighted mention: an official's titles, a place's or an organisation's kind, a phrase's meaning. */
export function HoverCard({
  target,
  card,
  onClose,
}: {
  target: HoverTarget;
  card: Card;
  onClose: () => void;
}) {
  let heading = target.key;
  let lines: string[] = [];
  if (target.kind === 'official') {
    const o = card.officials.find((x) => x.name === target.key);
    if (o) lines = [o.titles.join('、'), i18n.t('note.mentions', o.mentions)];
  } else if (target.kind === 'place') {
    const p = card.places.find((x) => x.name === target.key);
    if (p) lines = [i18n.t(`placeKind.${p.kind}`), i18n.t('note.mentions', p.mentions)];
  } else if (target.kind === 'organization') {
    const o = card.organizations.find((x) => x.name === target.key);
    if (o) lines = [i18n.t(`orgKind.${o.kind}`), i18n.t('note.mentions', o.mentions)];
  } else {
    const p = card.policyPhrases.find((x) => x.text === target.key);
    heading = p?.text ?? target.key;
    lines = [p?.explanation ?? i18n.t('note.quoted'), i18n.t('note.mentions', p?.mentions ?? 1)];
  }
  const place = placeHoverCard(
    { ...target.rect, right: target.rect.left },
    { width: window.innerWidth, height: window.innerHeight },
  );
  const style =
    'top' in place
      ? { left: `${place.left}px`, top: `${place.top}px` }
      : { left: `${place.left}px`, bottom: `${place.bottom}px` };
  return (
    <div class="hover" data-kind={target.kind} role="dialog" aria-label={heading} style={style}>
      <div class="hover-head">
        <strong>{heading}</strong>
        <button type="button" class="close" aria-label={i18n.t('note.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {lines.map((l) => (
        <div key={l} class="hover-line">
          {l}
        </div>
      ))}
    </div>
  );
}
