/**
 * The card: what `analyze` returns and what the CLI prints as JSON.
 * Field names and meanings follow docs/card-contract.md and are stable; fields may be added.
 */

export type Language = 'zh-Hans' | 'zh-Hant' | 'other';

export type PlaceKind =
  | 'city'
  | 'district'
  | 'subdistrict'
  | 'town'
  | 'neighbourhood'
  | 'road'
  | 'building'
  | 'venue'
  | 'other';

/** A half-open range of UTF-16 offsets into `body.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Official {
  name: string;
  titles: string[];
  mentions: number;
}

export interface Person {
  name: string;
  mentions: number;
}

export interface Place {
  name: string;
  kind: PlaceKind;
  mentions: number;
}

/** Government bodies, party organs, companies and other organisations (区民政局, 市委组织部, 居委会). */
export type OrganizationKind = 'government' | 'party' | 'company' | 'other';

export interface Organization {
  name: string;
  kind: OrganizationKind;
  mentions: number;
}

export interface PolicyPhrase {
  text: string;
  mentions: number;
  explanation?: string;
}

export interface Quote {
  speaker: string;
  text: string;
}

/** Another article printed on the same page (e-paper pages hold several). */
export interface OtherArticle {
  title: string | null;
  subtitle: string | null;
  /** First characters of its normalized body, so a reader can recognise it. */
  lead: string;
}

/** A picture printed in the article, known by its caption and photo credit (not body text). */
export interface Figure {
  caption: string | null;
  credit: string | null;
}

/**
 * The metadata block a 政府信息公开 page prints for a published document (索引号, 发文机关, 文号, 成文日期,
 * 发布日期, 主题分类, 有效性), as printed; each null when the page leaves it out. Dates are ISO like `date`.
 */
export interface DocumentInfo {
  indexNumber: string | null;
  issuer: string | null;
  docNumber: string | null;
  writtenDate: string | null;
  publishedDate: string | null;
  subject: string | null;
  validity: string | null;
}

/**
 * Why a page holds no article, as a code the extension words in the reader's language: an empty
 * page, a page without article text, a list of links, search results.
 */
export type ReasonCode = 'empty' | 'noText' | 'list' | 'search' | 'tooLong';

export interface Card {
  url: string | null;
  isArticle: boolean;
  /** Why `isArticle` is false, as a Chinese sentence (the CLI's words); null for an article. */
  reason: string | null;
  /** Why `isArticle` is false, as a code; null for an article or when the engine could not say. */
  reasonCode: ReasonCode | null;
  /** Script of the original page text. */
  language: Language;
  title: string | null;
  subtitle: string | null;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:mm[:ss]; null unless the page prints a year. */
  date: string | null;
  source: string | null;
  authors: string[];
  body: {
    paragraphs: string[];
    text: string;
  };
  officials: Official[];
  persons: Person[];
  places: Place[];
  organizations: Organization[];
  policyPhrases: PolicyPhrase[];
  keySentences: string[];
  quotes: Quote[];
  otherArticles: OtherArticle[];
  figures: Figure[];
  /** The 政府信息公开 block; null on pages that print none. */
  document: DocumentInfo | null;
}

export function emptyCard(url: string | null, reason: string, language: Language = 'other'): Card {
  return {
    url,
    isArticle: false,
    reason,
    reasonCode: null,
    language,
    title: null,
    subtitle: null,
    date: null,
    source: null,
    authors: [],
    body: { paragraphs: [], text: '' },
    officials: [],
    persons: [],
    places: [],
    organizations: [],
    policyPhrases: [],
    keySentences: [],
    quotes: [],
    otherArticles: [],
    figures: [],
    document: null,
  };
}
