import type { Card } from '../lib/card';

/** Messages between the content script, the background and the popup. */
export type Message =
  | { type: 'govlens:card'; card: Card }
  | { type: 'govlens:get'; tabId?: number; url?: string };

export interface StoredCard {
  tabId: number;
  url: string;
  card: Card;
  at: number;
}
