import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import type { EntityKind } from '../lib/recognize/index';

/** How many names of a kind the card lists: the first number every view gives beside a kind. */
export function namesOf(card: Card, kind: EntityKind): number {
  if (kind === 'official') return card.officials.length;
  if (kind === 'place') return card.places.length;
  if (kind === 'organization') return card.organizations.length;
  return card.policyPhrases.length;
}

/** "6 位" / "6 names": how many names, in words, so it cannot be read as a count of mentions. */
export const namesWords = (kind: EntityKind, n: number) => i18n.t(`count.${kind}`, n);

/** "24 处" / "24 mentions": how many places in the page, in words. */
export const mentionsWords = (n: number) => i18n.t('count.mentions', n);

/** The card's sections that list names of a kind the page highlights, by their element id. */
const SECTION_KIND: Record<string, EntityKind> = {
  officials: 'official',
  places: 'place',
  organizations: 'organization',
  phrases: 'policy',
};

/** A section heading's count: in words for a kind of names (6 位), else the bare number. */
export const sectionCount = (id: string | undefined, n: number) => {
  const kind = id ? SECTION_KIND[id] : undefined;
  return kind ? namesWords(kind, n) : String(n);
};

/** A highlight toggle's count: "6 位 · 24 处", names from the card and mentions painted in the page. */
export const toggleWords = (card: Card | null, kind: EntityKind, painted: number) =>
  card ? `${namesWords(kind, namesOf(card, kind))} · ${mentionsWords(painted)}` : mentionsWords(painted);
