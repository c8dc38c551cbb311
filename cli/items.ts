/** What the corpus readers hand on, in input order: pages to analyse and the records that are not. */

/** Where a page came from, printed beside its card. */
export interface PageMeta {
  url: string | null;
  /** WARC records: WARC-Date and WARC-Record-ID. */
  warcDate?: string | null;
  recordId?: string | null;
  /** Files of a folder or of a list of paths. */
  file?: string;
}

export type Item =
  /** Bytes of a page and the HTTP charset when it came with one. */
  | { kind: 'page'; bytes: Uint8Array; charset: string | null; meta: PageMeta }
  /** A record that is not an HTML page (an image, a PDF, a redirect). */
  | { kind: 'skipped' }
  /** Left out by --url-pattern. */
  | { kind: 'filtered' }
  /** A record or file that could not be read. */
  | { kind: 'error'; meta: PageMeta; error: string };
