import type { Card } from '../card';
import { type MentionKind, mentionSpans } from '../recognize/mentions';

/** A mention the reader view marks: officials, persons, places, organisations, policy phrases. */
export interface Mark {
  kind: MentionKind;
  key: string;
  start: number;
  end: number;
}

/**
 * Every mention of the card's entities in its normalized text, found again from the names the card
 * lists (a saved card keeps names, not offsets), the way recognition counted them: one pass over all
 * names, the longest winning where two overlap, none overlapping another (lib/recognize/mentions.ts).
 */
export function entityMarks(card: Card): Mark[] {
  return mentionSpans(card.body.text, [
    // The longer mention wins (中国特色社会主义 over 中国); of two as long, the earlier kind here.
    { kind: 'policy', keys: card.policyPhrases.map((p) => p.text) },
    { kind: 'official', keys: card.officials.map((o) => o.name) },
    { kind: 'person', keys: card.persons.map((p) => p.name) },
    { kind: 'place', keys: card.places.map((p) => p.name) },
    { kind: 'organization', keys: card.organizations.map((o) => o.name) },
  ]);
}
