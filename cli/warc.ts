/**
 * WARC (ISO 28500) → the pages in it, one record at a time, through webrecorder's warcio: it reads
 * WARC 1.0/1.1, per-record gzip members, HTTP headers, chunked transfer and gzip/br content encodings.
 * Only one record's payload is held at a time, so memory does not grow with the archive.
 */
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { contentTypeCharset } from './decode-html';
import type { Item } from './items';

/** Records longer than this are reported, not read: Common Crawl cuts payloads at 1 MiB, pages are far smaller. */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;

const HTML_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

function recordMeta(record: WARCRecord) {
  return {
    url: record.warcTargetURI ?? null,
    warcDate: record.warcDate ?? null,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
  };
}

/**
 * What one record is: a page (a 2xx `response`, or a `resource`, with an HTML Content-Type or none),
 * a skipped record (any other payload: images, PDF, redirects, errors), or nothing (requests, warcinfo,
 * metadata, revisits carry no page).
 */
async function readRecord(record: WARCRecord, urlPattern: RegExp | null): Promise<Item | null> {
  const type = record.warcType;
  if (type !== 'response' && type !== 'resource') return null;
  const meta = recordMeta(record);
  const http = record.httpHeaders;
  const status = Number(http?.statusCode ?? 200);
  const contentType = http ? http.headers.get('content-type') : record.warcContentType;
  if (!(status >= 200 && status < 300) || (contentType && !HTML_TYPES.test(contentType))) {
    await record.skipFully();
    return { kind: 'skipped' };
  }
  if (urlPattern && !urlPattern.test(meta.url ?? '')) {
    await record.skipFully();
    return { kind: 'filtered' };
  }
  if (record.warcContentLength > MAX_RECORD_BYTES) {
    await record.skipFully();
    return {
      kind: 'error',
      meta,
      error: `record larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB, not read`,
    };
  }
  // Raw first, so a record cut short (an interrupted crawl or download) is told from a whole one.
  const raw = await record.readFully(false);
  const reader = record.reader;
  if (reader instanceof LimitReader && reader.limit > 0)
    return {
      kind: 'error',
      meta,
      error: `record truncated: ${reader.limit} of its ${record.warcContentLength} bytes missing`,
    };
  // Then decoded: chunked transfer and gzip/deflate/br content encodings undone.
  const bytes = http ? await record.readFully(true) : raw;
  return { kind: 'page', bytes, charset: contentTypeCharset(contentType), meta };
}

/** The items of one archive, in record order. A record the parser cannot read ends the archive with an error item. */
export async function* warcItems(
  source: AsyncIterable<Uint8Array>,
  urlPattern: RegExp | null,
): AsyncGenerator<Item> {
  let fed = 0;
  let gzipped = false;
  const parser = new WARCParser(
    (async function* () {
      for await (const chunk of source) {
        if (fed === 0) gzipped = chunk[0] === GZIP_MAGIC[0] && chunk[1] === GZIP_MAGIC[1];
        fed += chunk.length;
        yield chunk;
      }
    })(),
  );
  let last: ReturnType<typeof recordMeta> | null = null;
  try {
    for await (const record of parser) {
      last = recordMeta(record);
      const item = await readRecord(record, urlPattern);
      if (item) yield item;
    }
    // A gzip member cut short or damaged yields no record at all: only the inflater's error or the bytes
    // the parser left unread tell.
    const read = parser._reader.getRawOffset();
    const after = last?.recordId ?? 'its start';
    // warcio tries gzip on every input; its inflater's error counts only when the input was gzip.
    const zlibError = gzipped ? parser._reader.inflator?.err : 0;
    if (!last && fed > 0)
      yield {
        kind: 'error',
        meta: { url: null, warcDate: null, recordId: null },
        error: 'no WARC record found',
      };
    else if (zlibError || read < fed)
      yield {
        kind: 'error',
        meta: { url: null, warcDate: null, recordId: null },
        error: zlibError
          ? `archive damaged after ${after}: invalid gzip data (zlib error ${zlibError})`
          : `archive truncated: ${fed - read} bytes after ${after} are not a whole record`,
      };
  } catch (e) {
    // The archive cannot be read past here (a damaged header or gzip member): nothing to resynchronize on.
    yield {
      kind: 'error',
      meta: { url: null, warcDate: null, recordId: null },
      error: `archive unreadable after ${last?.recordId ?? 'its start'}: ${(e as Error).message}`,
    };
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];
const WARC_MAGIC = 'WARC/';

/** Whether bytes start a WARC: gzip (whose first member a WARC's would be) or "WARC/1.x" in the clear. */
export function looksLikeWarc(head: Uint8Array): boolean {
  if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return true;
  return new TextDecoder('latin1')
    .decode(head.subarray(0, WARC_MAGIC.length + 2))
    .startsWith(`${WARC_MAGIC}1.`);
}
