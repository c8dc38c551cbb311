import type { Card } from '../card';
import { type DiffPart, diffTexts } from './diff';
import { type ArticleSummary, isCard, isSummary, isWebAddress } from './record';
import type { ArticleVersion, LibraryDB } from './schema';
import { distance, type Fingerprint, fingerprint } from './similarity';

/**
 * Versions of a saved article. When the reader saves a document again and its text changed, the
 * card saved before is kept in `versions`, under the address of the article it is a version of; the
 * current card stays in `saved`. A document saved at a new address that is the same document as
 * one already saved (the same 文号, or the same title from the same source) gets that article as an
 * earlier version: sites move and reissue notices.
 */

/**
 * Articles of one document at other addresses linked to a new one: the most recently saved. A
 * reissued notice has one or two earlier addresses; a title many pages share (a column's daily
 * 工作动态) must not make a save read hundreds of cards.
 */
const LINKED = 5;

/** The text two versions are compared by, and the diff shows: what a reader reads of the document. */
export function versionText(card: Card): string {
  const doc = card.document;
  const head = [
    card.title,
    card.subtitle,
    card.date && `日期：${card.date.replace('T', ' ')}`,
    card.source && `来源：${card.source}`,
    doc?.docNumber && `文号：${doc.docNumber}`,
    doc?.writtenDate && `成文日期：${doc.writtenDate}`,
    doc?.publishedDate && `发布日期：${doc.publishedDate}`,
    doc?.validity && `有效性：${doc.validity}`,
  ].filter(Boolean);
  return `${head.join('\n')}\n\n${card.body.paragraphs.join('\n')}`;
}

/**
 * A 文号 as one string whatever brackets a site prints around its year: GB/T 9704-2012 prescribes
 * 〔〕, sites also print [] ［］【】 or (). Spaces are dropped.
 */
export function docNumberKey(n: string | null | undefined): string | null {
  const key = (n ?? '')
    .replace(/\s+/g, '')
    .replace(/[[［【(（]/g, '〔')
    .replace(/[\]］】)）]/g, '〕');
  return key || null;
}

/** What identifies a document across addresses. */
export type DocumentKey = Pick<ArticleSummary, 'title' | 'source'> & {
  docNumber?: string | null;
  fingerprint?: Fingerprint;
};

/**
 * Most SimHash bits two texts of one title may differ by to be one document edited. Unrelated texts
 * differ in about half of the 64 bits, as Binomial(64, ½): 16 or fewer happens by chance about 4 in
 * 100 000 times, while an edit of some words moves a few bits (6 on the fixture notice).
 */
export const SAME_DOCUMENT_BITS = 16;

/**
 * Whether two articles are one document: the same 文号 when both print one (two notices of one title
 * and different numbers, a yearly notice, are two documents); otherwise the same title from the same
 * source, with texts closer than chance (a column's pages all titled 工作动态 are not one document).
 */
export function sameDocument(a: DocumentKey, b: DocumentKey): boolean {
  const an = docNumberKey(a.docNumber);
  const bn = docNumberKey(b.docNumber);
  if (an && bn) return an === bn;
  if (!a.title || a.title !== b.title || !a.source || a.source !== b.source) return false;
  return !a.fingerprint || !b.fingerprint || distance(a.fingerprint, b.fingerprint) <= SAME_DOCUMENT_BITS;
}

/** Whether a stored or imported value is a version this version of the extension can show. */
export function isVersion(x: unknown): x is ArticleVersion {
  const v = x as Partial<ArticleVersion> | null;
  return !!v && isWebAddress(v.url) && typeof v.savedAt === 'number' && isCard(v.card);
}

/** One version is another when it is the same card of the same address saved at the same moment. */
const versionId = (v: ArticleVersion) => `${v.url}\n${v.card.url ?? v.url}\n${v.savedAt}`;

/**
 * Within a read-write transaction on `versions`: adds versions not already there (an import of a
 * backup taken after the versions were made, an undone removal).
 */
export async function addVersions(db: LibraryDB, versions: readonly ArticleVersion[]): Promise<number> {
  if (!versions.length) return 0;
  const urls = [...new Set(versions.map((v) => v.url))];
  const have = new Set(
    (await db.versions.where('url').anyOf(urls).toArray()).filter(isVersion).map(versionId),
  );
  const fresh: ArticleVersion[] = [];
  for (const v of versions) {
    const id = versionId(v);
    if (have.has(id)) continue;
    have.add(id);
    const { id: _dropped, ...rest } = v;
    fresh.push(rest);
  }
  await db.versions.bulkAdd(fresh);
  return fresh.length;
}

/**
 * The earlier versions to keep when `card` is saved at `key`: the card saved there before if its text
 * differs; for an address new to the library, the articles that are the same document with other
 * text. Reads `saved` and `summaries`.
 */
export async function earlierVersions(db: LibraryDB, card: Card, key: string): Promise<ArticleVersion[]> {
  const text = versionText(card);
  const before = await db.saved.get({ url: key });
  if (before) {
    return isCard(before.card) && versionText(before.card) !== text
      ? [{ url: key, savedAt: before.savedAt, card: before.card }]
      : [];
  }
  const me: DocumentKey = {
    title: card.title,
    source: card.source,
    docNumber: card.document?.docNumber,
    fingerprint: fingerprint(card),
  };
  if (!docNumberKey(me.docNumber) && !(me.title && me.source)) return [];
  // The summaries are what list() reads on every listing: one pass over them per new address.
  const matches = (await db.summaries.toArray())
    .filter((s) => isSummary(s) && s.url !== key && sameDocument(me, s))
    .sort((a, b) => b.savedAt - a.savedAt)
    .slice(0, LINKED);
  if (!matches.length) return [];
  const others = await db.saved
    .where('url')
    .anyOf(matches.map((s) => s.url))
    .toArray();
  return others
    .filter((o) => isCard(o.card) && versionText(o.card) !== text)
    .map((o) => ({ url: key, savedAt: o.savedAt, card: { ...o.card, url: o.card.url ?? o.url } }));
}

/** An article's versions, oldest first, the current card last, each with what changed since the one before. */
export interface VersionStep {
  savedAt: number;
  /** The address the version was saved from (another one when it was linked by its 文号 or title). */
  url: string;
  card: Card;
  /** Against the version before; null for the first. */
  changes: DiffPart[] | null;
}

export function versionSteps(
  versions: readonly ArticleVersion[],
  current: { url: string; savedAt: number; card: Card },
): VersionStep[] {
  const all = [...versions.filter(isVersion)].sort((a, b) => a.savedAt - b.savedAt);
  const list = [...all, current];
  return list.map((v, i) => ({
    savedAt: v.savedAt,
    url: v.card.url ?? v.url,
    card: v.card,
    changes: i === 0 ? null : diffTexts(versionText(list[i - 1]!.card), versionText(v.card)),
  }));
}
