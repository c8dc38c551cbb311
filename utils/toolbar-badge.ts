import { browser } from 'wxt/browser';
import type { Card } from '../lib/card';

type Counted = Pick<Card, 'isArticle' | 'officials' | 'places' | 'organizations' | 'policyPhrases'>;

/** What the toolbar button shows: the number of recognised officials, places, organisations and phrases. */
export function recognisedCount(card: Counted | null | undefined): string {
  if (!card?.isArticle) return '';
  const n =
    (card.officials?.length ?? 0) +
    (card.places?.length ?? 0) +
    (card.organizations?.length ?? 0) +
    (card.policyPhrases?.length ?? 0);
  return n > 999 ? '999+' : n > 0 ? String(n) : '';
}

const CARD_KEY = /^card:(\d+)$/;

/**
 * Keeps each tab's toolbar badge in step with its card, from the session area where every card is
 * kept (utils/session-cards.ts): nothing in the reading path has to know about the badge.
 */
export function wireToolbarBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#9a6700' }).catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tab = CARD_KEY.exec(key);
      if (!tab) continue;
      const card = (change.newValue as { card?: Counted } | undefined)?.card;
      void browser.action
        .setBadgeText({ tabId: Number(tab[1]), text: recognisedCount(card) })
        .catch(() => undefined);
    }
  });
}
