import { i18n } from '#i18n';
import type { Card } from '../lib/card';

/**
 * Why a page holds no article, in the reader's language: worded from the card's code, never the
 * engine's Chinese sentence (a card from an older version has no code and gets the general words).
 */
export const notArticleWords = (card: Card): string =>
  card.reasonCode ? i18n.t(`notArticle.${card.reasonCode}`) : i18n.t('state.noArticle');
