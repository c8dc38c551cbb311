/** Writes records to a WARC file as they come, through warcio (the library the CLI reads WARCs with). */
import fs from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcResponse {
  url: string;
  /** ISO 8601, e.g. 2024-03-01T08:00:00Z. */
  date: string;
  contentType: string;
  body: Uint8Array;
  status?: string;
  recordId?: string;
}

async function* once(body: Uint8Array) {
  yield body;
}

export function responseRecord(r: WarcResponse): WARCRecord {
  return WARCRecord.create(
    {
      type: 'response',
      url: r.url,
      date: r.date,
      warcHeaders: r.recordId ? { 'WARC-Record-ID': r.recordId } : undefined,
      httpHeaders: { 'Content-Type': r.contentType },
      statusline: r.status ?? 'HTTP/1.1 200 OK',
    },
    once(r.body),
  );
}

/** Streams the records into `file` (one gzip member per record when gzip); returns the bytes written. */
export async function writeWarc(
  file: string,
  records: Iterable<WarcResponse> | AsyncIterable<WarcResponse>,
  gzip = true,
): Promise<number> {
  const out = fs.createWriteStream(file);
  let bytes = 0;
  for await (const r of records) {
    const chunk = await WARCSerializer.serialize(responseRecord(r), { gzip });
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return bytes;
}
