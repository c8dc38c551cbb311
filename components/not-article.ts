import { i18n } from '#i18n';
import type { Card } from '../lib/card';
import { MAX_PAGE_CHARS } from '../lib/page-size';

/**
 * Why a page holds no article, in the reader's language: worded from the card's code, never the
 * engine's Chinese sentence (a card from an older version has no code and gets the general words).
 */
export function notArticleWords(card: Card): string {
  if (card.reasonCode === 'tooLong') return i18n.t('notArticle.tooLong', [MAX_PAGE_CHARS.toLocaleString()]);
  return card.reasonCode ? i18n.t(`notArticle.${card.reasonCode}`) : i18n.t('state.noArticle');
}
