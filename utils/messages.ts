import type { Card } from '../lib/card';
import type { Script } from '../lib/normalize/services';

/** Messages between the content script, the background and the popup. */
export type Message =
  | { type: 'govlens:card'; card: Card }
  | { type: 'govlens:get'; tabId?: number; url?: string }
  | { type: 'govlens:readings'; chars: string[] }
  | { type: 'govlens:convert'; texts: string[]; to: Script };

export interface StoredCard {
  tabId: number;
  url: string;
  card: Card;
  at: number;
}
