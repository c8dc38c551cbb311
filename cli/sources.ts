/**
 * What `govlens analyze INPUT` reads, told apart by content rather than by name: one page, a WARC
 * (gzipped or not), a folder of pages, or on standard input a list of paths (one a line, as a Hadoop
 * Streaming mapper or Spark's RDD.pipe feeds it). Corpus inputs come out as items in input order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './args';
import type { Item } from './items';
import { looksLikeWarc, warcItems } from './warc';

export interface Progress {
  /** Bytes of the archive or number of files, when known beforehand. */
  total: number | null;
  position(): number;
}

export type Input =
  | { mode: 'page'; bytes: Uint8Array; name: string }
  | { mode: 'corpus'; items: AsyncIterable<Item>; progress: Progress };

const HEAD_BYTES = 4096;

interface Peeked {
  head: Uint8Array;
  stream: AsyncIterable<Uint8Array>;
}

/** The first bytes of a stream, and the whole stream again (those bytes included). */
async function peek(source: AsyncIterable<Uint8Array>, min = HEAD_BYTES): Promise<Peeked> {
  const it = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let n = 0;
  let done = false;
  while (n < min) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    chunks.push(r.value);
    n += r.value.length;
  }
  const head = Buffer.concat(chunks);
  async function* stream() {
    if (head.length) yield head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  }
  return { head, stream: stream() };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

/** Counts the bytes that pass, for the progress bar. */
function counted(stream: AsyncIterable<Uint8Array>, counter: { bytes: number }): AsyncIterable<Uint8Array> {
  return (async function* () {
    for await (const c of stream) {
      counter.bytes += c.length;
      yield c;
    }
  })();
}

function readFileHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    return buf.subarray(0, fs.readSync(fd, buf, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** Non-empty lines of a stream, as they come. A line "KEY<TAB>PATH" (Hadoop's NLineInputFormat) gives PATH. */
async function* pathLines(stream: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of stream) {
    rest += decoder.decode(chunk, { stream: true });
    const lines = rest.split('\n');
    rest = lines.pop()!;
    for (const l of lines) if (l.trim()) yield l.slice(l.lastIndexOf('\t') + 1).trim();
  }
  rest += decoder.decode();
  if (rest.trim()) yield rest.slice(rest.lastIndexOf('\t') + 1).trim();
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** One file of a folder or a list: a WARC's records, or the file as one page. */
async function* fileItems(
  file: string,
  urlPattern: RegExp | null,
  counter: { bytes: number },
): AsyncGenerator<Item> {
  if (!isFile(file)) {
    yield { kind: 'error', meta: { url: null, file }, error: 'no such file' };
    return;
  }
  if (looksLikeWarc(readFileHead(file))) {
    yield* warcItems(counted(fs.createReadStream(file), counter), urlPattern);
    return;
  }
  if (urlPattern && !urlPattern.test(file)) {
    yield { kind: 'filtered' };
    return;
  }
  const bytes = fs.readFileSync(file);
  counter.bytes += bytes.length;
  yield { kind: 'page', bytes, charset: null, meta: { url: null, file } };
}

async function* listItems(
  files: AsyncIterable<string> | string[],
  urlPattern: RegExp | null,
  counter: { bytes: number; files: number },
) {
  for await (const file of files) {
    yield* fileItems(file, urlPattern, counter);
    counter.files++;
  }
}

export async function openInput(
  input: string,
  stdin: AsyncIterable<Uint8Array>,
  urlPattern: RegExp | null,
): Promise<Input> {
  const counter = { bytes: 0, files: 0 };
  if (input === '-') {
    const { head, stream } = await peek(stdin);
    if (looksLikeWarc(head))
      return {
        mode: 'corpus',
        items: warcItems(counted(stream, counter), urlPattern),
        progress: { total: null, position: () => counter.bytes },
      };
    const firstLine = new TextDecoder().decode(head).split('\n')[0]!;
    if (firstLine.trim() && isFile(firstLine.slice(firstLine.lastIndexOf('\t') + 1).trim()))
      return {
        mode: 'corpus',
        items: listItems(pathLines(stream), urlPattern, counter),
        progress: { total: null, position: () => counter.files },
      };
    return { mode: 'page', bytes: await readAll(stream), name: 'standard input' };
  }
  if (!fs.existsSync(input)) throw new UsageError(`no such file: ${input}`);
  if (fs.statSync(input).isDirectory()) {
    const files = fs
      .readdirSync(input)
      .filter((f) => /\.html?$/i.test(f))
      .sort()
      .map((f) => path.join(input, f));
    if (files.length === 0) throw new UsageError(`no .html files in ${input}`);
    return {
      mode: 'corpus',
      items: listItems(files, urlPattern, counter),
      progress: { total: files.length, position: () => counter.files },
    };
  }
  if (looksLikeWarc(readFileHead(input)))
    return {
      mode: 'corpus',
      items: warcItems(counted(fs.createReadStream(input), counter), urlPattern),
      progress: { total: fs.statSync(input).size, position: () => counter.bytes },
    };
  return { mode: 'page', bytes: fs.readFileSync(input), name: input };
}
