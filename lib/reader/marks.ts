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
 * A one-character name (汤 of 汤局长, 美 of 美俄关系) is not marked: recognition counted it only where
 * the tagger read it, and found again by its string it would be marked inside other words (赞美).
 */
export function entityMarks(card: Card): Mark[] {
  const named = (names: string[]) => names.filter((n) => n.length > 1);
  return mentionSpans(card.body.text, [
    // The longer mention wins (中国特色社会主义 over 中国); of two as long, the earlier kind here.
    { kind: 'policy', keys: card.policyPhrases.map((p) => p.text) },
    { kind: 'official', keys: named(card.officials.map((o) => o.name)) },
    { kind: 'person', keys: named(card.persons.map((p) => p.name)) },
    { kind: 'place', keys: named(card.places.map((p) => p.name)) },
    { kind: 'organization', keys: card.organizations.map((o) => o.name) },
  ]);
}
