import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import type { EntityKind } from '../lib/recognize/index';

export interface HoverTarget {
  kind: EntityKind;
  key: string;
  /** Where to show the card: the mention's box in the viewport. */
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
    if (o) lines = [o.titles.join('、'), i18n.t('note.mentions', [String(o.mentions)])];
  } else if (target.kind === 'place') {
    const p = card.places.find((x) => x.name === target.key);
    if (p) lines = [i18n.t(`placeKind.${p.kind}`), i18n.t('note.mentions', [String(p.mentions)])];
  } else if (target.kind === 'organization') {
    const o = card.organizations.find((x) => x.name === target.key);
    if (o) lines = [i18n.t(`orgKind.${o.kind}`), i18n.t('note.mentions', [String(o.mentions)])];
  } else {
    const p = card.policyPhrases.find((x) => x.text === target.key);
    heading = p?.text ?? target.key;
    lines = [p?.explanation ?? i18n.t('note.quoted'), i18n.t('note.mentions', [String(p?.mentions ?? 1)])];
  }
  const below = target.rect.bottom + 8;
  const style = { left: `${Math.max(8, target.rect.left)}px`, top: `${below}px` };
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
