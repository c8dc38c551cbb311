import { analyse } from 'chardet';

/**
 * Bytes of a saved page → text, the way a browser picks the encoding (WHATWG Encoding Standard and
 * HTML "encoding sniffing"): a BOM, else the `<meta>` prescan, else detection from the bytes. Two
 * departures, both for saved files: a declaration the bytes do not decode under gives way to UTF-8 (or the
 * detected encoding) when that decodes them with fewer errors, as on pages re-saved as UTF-8 that kept
 * their `charset=gb2312`; and the prescan looks past the first 1024 bytes while still in <head>, as
 * Chromium does, since CMS headers push the meta further.
 */

/** The standard prescan window; beyond it the scan stops at the first tag that cannot be in <head>. */
const PRESCAN_BYTES = 1024;
const PRESCAN_MAX_BYTES = 65536;
const HEAD_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'link',
  'script',
  'style',
  'base',
  'noscript',
  'template',
  'bgsound',
  'basefont',
]);

/** Decoders that can report invalid bytes; single-byte ones accept anything, so they prove nothing. */
const CHECKABLE = new Set(['utf-8', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

/** An encoding label → the Encoding Standard's name, or null for a label it does not know. */
export function encodingFor(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  // The standard's GBK decoder is its gb18030 decoder (gb2312, gbk, x-gbk all land here); a meta cannot
  // declare UTF-16 (the bytes were already read as ASCII); x-user-defined is windows-1252 for text.
  if (name === 'gbk') return 'gb18030';
  if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
  if (name === 'x-user-defined') return 'windows-1252';
  return name;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) => !!c && /[A-Za-z]/.test(c);

/** The HTML standard's "get an attribute" over the prescan's text; null at the tag's end. */
function getAttribute(s: string, at: { i: number }): [string, string] | null {
  let i = at.i;
  while (isSpace(s[i]) || s[i] === '/') i++;
  if (i >= s.length || s[i] === '>') {
    at.i = i;
    return null;
  }
  let name = '';
  let value = '';
  for (;;) {
    const c = s[i];
    if (c === undefined) break;
    if (c === '=' && name) {
      i++;
      while (isSpace(s[i])) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const end = s.indexOf(q, i + 1);
        value = s.slice(i + 1, end < 0 ? s.length : end);
        i = end < 0 ? s.length : end + 1;
      } else if (q !== '>') {
        const start = i;
        while (i < s.length && !isSpace(s[i]) && s[i] !== '>') i++;
        value = s.slice(start, i);
      }
      break;
    }
    if (isSpace(c)) {
      while (isSpace(s[i])) i++;
      if (s[i] !== '=') break;
      continue;
    }
    if (c === '/' || c === '>') break;
    name += c;
    i++;
  }
  at.i = i;
  return [name.toLowerCase(), value];
}

/** The HTML standard's "extract a character encoding from a meta element" (its content attribute). */
function charsetFromContent(content: string): string | null {
  const re = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;
  const m = re.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

function metaEncoding(attrs: Map<string, string>): string | null {
  const charset = attrs.get('charset');
  if (charset !== undefined) return encodingFor(charset);
  const pragma = attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type';
  const content = attrs.get('content');
  if (!pragma || content === undefined) return null;
  const label = charsetFromContent(content);
  return label ? encodingFor(label) : null;
}

/** The charset the page's `<meta>` declares (the HTML standard's prescan), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const s = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_MAX_BYTES));
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 2);
      i = end < 0 ? s.length : end + 3;
      continue;
    }
    if (s[i] !== '<') {
      i++;
      continue;
    }
    const closing = s[i + 1] === '/';
    if (isLetter(s[i + (closing ? 2 : 1)])) {
      let j = i + (closing ? 2 : 1);
      while (j < s.length && !isSpace(s[j]) && s[j] !== '/' && s[j] !== '>') j++;
      const tag = s.slice(i + (closing ? 2 : 1), j).toLowerCase();
      if (i >= PRESCAN_BYTES && !closing && !HEAD_TAGS.has(tag)) return null;
      const at = { i: j };
      const attrs = new Map<string, string>();
      for (let a = getAttribute(s, at); a; a = getAttribute(s, at))
        if (!attrs.has(a[0])) attrs.set(a[0], a[1]);
      if (tag === 'meta' && !closing) {
        const found = metaEncoding(attrs);
        if (found) return found;
      }
      i = at.i + 1;
      continue;
    }
    if (s[i + 1] === '!' || s[i + 1] === '/' || s[i + 1] === '?') {
      const end = s.indexOf('>', i + 1);
      i = end < 0 ? s.length : end + 1;
      continue;
    }
    i++;
  }
  return null;
}

/**
 * The encoding the bytes look like, from their non-ASCII runs only (markup says nothing about it and
 * slows the detector down). chardet (ICU's recognizers) over jschardet: on the 158 bench pages it named
 * all right, where jschardet took 8 GBK pages (characters outside GB2312) for KOI8-U.
 */
export function detectCharset(bytes: Uint8Array): string | null {
  const sample: number[] = [];
  for (let i = 0; i < bytes.length && sample.length < PRESCAN_MAX_BYTES; i++) {
    const b = bytes[i]!;
    // A multi-byte character's trail bytes can be ASCII (GBK, Big5): keep one after each high byte.
    if (b >= 0x80) sample.push(b, bytes[++i] ?? 0x20);
    else if (sample.length && sample[sample.length - 1] !== 0x20) sample.push(0x20);
  }
  for (const match of analyse(Uint8Array.from(sample))) {
    const name = encodingFor(match.name);
    if (name && name !== 'utf-16le' && name !== 'utf-16be') return name;
  }
  return null;
}

interface Decoded {
  encoding: string;
  text: string;
  errors: number;
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  let errors = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) errors++;
  return { encoding, text, errors };
}

/** The decoding with the fewest invalid bytes; the first of equals (the likelier one) wins. */
function fewestErrors(options: Decoded[]): Decoded {
  return options.reduce((best, d) => (d.errors < best.errors ? d : best));
}

function decodePage(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return decodeAs(bytes, bom);
  const declared = declaredCharset(bytes);
  if (declared) {
    const d = decodeAs(bytes, declared);
    if (d.errors === 0 || !CHECKABLE.has(declared)) return d;
    const utf8 = decodeAs(bytes, 'utf-8');
    if (utf8.errors === 0) return utf8;
    const options = [d, utf8];
    const guess = detectCharset(bytes);
    if (guess && CHECKABLE.has(guess) && guess !== declared && guess !== 'utf-8')
      options.push(decodeAs(bytes, guess));
    return fewestErrors(options);
  }
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8.errors === 0) return utf8;
  // Undeclared and not UTF-8: the detector's guess, else GBK, what browsers set to Chinese fall back to.
  const guess = detectCharset(bytes) ?? 'gb18030';
  return fewestErrors([decodeAs(bytes, guess), utf8]);
}

/**
 * The HTTP Content-Type charset first (it outranks the page's <meta>, as in browsers), kept only when it
 * is a multi-byte encoding the bytes decode under without error: servers that send a default
 * `charset=ISO-8859-1` or `utf-8` in front of GBK pages are common, and a single-byte label can never be
 * proven wrong. Otherwise the page's own sniffing decides.
 */
function decodeWithTransport(bytes: Uint8Array, transportLabel: string | null | undefined): Decoded {
  const bom = bomEncoding(bytes);
  const transport = transportLabel ? encodingFor(transportLabel) : null;
  if (!bom && transport && CHECKABLE.has(transport)) {
    const d = decodeAs(bytes, transport);
    if (d.errors === 0) return d;
  }
  return decodePage(bytes);
}

/** The encoding decodeHtml reads the bytes with. */
export function sniffCharset(bytes: Uint8Array, transportCharset?: string | null): string {
  return decodeWithTransport(bytes, transportCharset).encoding;
}

/** Bytes → text; `transportCharset` is the charset of an HTTP Content-Type header when there was one. */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string | null): string {
  return decodeWithTransport(bytes, transportCharset).text;
}

/** The charset parameter of a Content-Type value (`text/html; charset=GB2312` → "GB2312"), or null. */
export function contentTypeCharset(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}
