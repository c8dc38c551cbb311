import { i18n } from '#i18n';
import type { Relation } from '../lib/store/similarity';

/** Why two articles are related, in the reader's words: 同一报道 · 同一官员：李强、应勇 · 同一地点：凌云街道. */
export function reasonsOf(relation: Relation): string[] {
  const { officials, places, phrases } = relation.shared;
  const list = (xs: string[]) => xs.slice(0, 3).join('、');
  const out: string[] = [];
  if (relation.nearDuplicate) out.push(i18n.t('reason.sameStory'));
  if (officials.length) out.push(i18n.t('reason.official', [list(officials)]));
  if (places.length) out.push(i18n.t('reason.place', [list(places)]));
  if (phrases.length) out.push(i18n.t('reason.phrase', [list(phrases)]));
  if (!out.length) out.push(i18n.t('reason.similar'));
  return out;
}
