import { type Card, PLACE_KIND_ZH } from '../lib/card';
import type { EntityKind } from '../lib/recognize/index';

export interface HoverTarget {
  kind: EntityKind;
  key: string;
  /** Where to show the card: the mention's box in the viewport. */
  rect: { left: number; top: number; bottom: number };
}

/** What the reader sees over a highlighted mention: an official's titles, a place's kind, a phrase's meaning. */
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
    if (o) lines = [o.titles.join('、'), `本文提及 ${o.mentions} 次`];
  } else if (target.kind === 'place') {
    const p = card.places.find((x) => x.name === target.key);
    if (p) lines = [PLACE_KIND_ZH[p.kind], `本文提及 ${p.mentions} 次`];
  } else {
    const p = card.policyPhrases.find((x) => x.text === target.key);
    heading = p?.text ?? target.key;
    lines = [p?.explanation ?? '文中引号强调的提法', `本文提及 ${p?.mentions ?? 1} 次`];
  }
  const below = target.rect.bottom + 8;
  const style = { left: `${Math.max(8, target.rect.left)}px`, top: `${below}px` };
  return (
    <div class="hover" data-kind={target.kind} role="dialog" aria-label={heading} style={style}>
      <div class="hover-head">
        <strong>{heading}</strong>
        <button type="button" class="close" aria-label="关闭" onClick={onClose}>
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
