import namedReferences from '../../assets/html4-entities.json';
import { BLOCK_TAGS, SCRIPT_FIELDS } from './patterns';

const DATE_FIELD = /(?:pub(?:lish)?_?(?:day|date|time)|news_?(?:date|time)|pubtime|ptime|release_?time)/i;

/** What the page declares about itself: `<meta>` tags, JSON-LD and `<title>`. */
export interface PageMeta {
  /** Lower-cased `name`/`property`/`itemprop` → content, first occurrence wins. */
  tags: Map<string, string>;
  jsonLd: { headline?: string; datePublished?: string; author?: string; publisher?: string };
  /**
   * Publication times that CMSs keep in fields of their own, often hidden: `<input id="newstime">`,
   * `<div id="NewsArticlePubDay">`, `<span id="pubtime_baidu">`. Used only to make a printed date precise.
   */
  dateFields: string[];
  documentTitle: string;
  /**
   * Values an article template assigns in its inline scripts, by variable name (SCRIPT_FIELDS):
   * WeChat's `var ct = "1694513100"` (publication time) and `var nickname = "文澜发布"` (the account).
   */
  scriptVars: Map<string, string>;
}

const TAG = /<!--[\s\S]*?-->|<\/?([A-Za-z][\w-]*)[^<>]*>/g;

/** A tag that breaks the line leaves a space; an inline one nothing, so 标<b>题</b> stays 标题. */
const dropTags = (v: string) =>
  v.replace(TAG, (_, name?: string) =>
    name && (BLOCK_TAGS.has(name.toUpperCase()) || /^br$/i.test(name)) ? ' ' : '',
  );

/** `&name;`, `&#123;` and `&#x4e2d;`; a reference needs its semicolon, so `?a=1&copy=2` in a URL stays. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;
const NAMED: Record<string, number> = namedReferences;

function codePoint(n: number): string | null {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : null;
}

function decodeReferences(v: string): string {
  return v.replace(REFERENCE, (ref, dec?: string, hex?: string, name?: string) => {
    const n = dec
      ? Number(dec)
      : hex
        ? Number.parseInt(hex, 16)
        : Object.hasOwn(NAMED, name!)
          ? NAMED[name!]!
          : 0;
    return codePoint(n) ?? ref;
  });
}

/**
 * A value the page meant as plain text, as plain text. CMSs paste the headline's HTML into
 * `<meta name="ArticleTitle">` and escape it once more than HTML needs, so after the parser's own
 * decoding a value can still hold tags (`<div>`, `&lt;br&gt;`) and references (`&amp;nbsp;`, `&#x4e2d;`).
 * Two rounds undo a double escape. Named references are HTML 4.01's 252 (assets/html4-entities.json):
 * the ones CMSs print (&ldquo; &mdash; &middot; &nbsp;), at 3 kB where the standard's 2,231 cost the
 * content script 24 kB gzipped.
 */
export function plainText(value: string): string {
  let v = value;
  for (let round = 0; round < 2 && /[<&]/.test(v); round++) v = dropTags(decodeReferences(dropTags(v)));
  return v.replace(/\s+/g, ' ').trim();
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return plainText(v) || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return undefined;
}

/** The elements readPageMeta reads, each in document order. */
interface MetaElements {
  metas: Element[];
  scripts: Element[];
  /** Elements with an `id` or a `name`. */
  named: Element[];
  title: Element | null;
}

/**
 * One walk over the elements instead of a querySelectorAll per kind: in Node (linkedom) each call
 * compiles its selector and walks the whole tree, five walks that cost as much as the rest of
 * readPageMeta. Tag names are compared as the selectors did, case-insensitively.
 */
function metaElements(doc: Document): MetaElements {
  const found: MetaElements = { metas: [], scripts: [], named: [], title: null };
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n as Element;
    const tag = el.localName.toLowerCase();
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'script') found.scripts.push(el);
    else if (tag === 'title') found.title ??= el;
    if (el.hasAttribute('id') || el.hasAttribute('name')) found.named.push(el);
  }
  return found;
}

export function readPageMeta(doc: Document): PageMeta {
  const { metas, scripts, named, title } = metaElements(doc);
  const tags = new Map<string, string>();
  for (const m of metas) {
    // Keys are trimmed: CMSs print name="og:time " with a stray space.
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop'))?.trim();
    const content = plainText(m.getAttribute('content') ?? '');
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  const jsonLd: PageMeta['jsonLd'] = {};
  for (const s of scripts) {
    if (!s.matches('script[type="application/ld+json"]')) continue;
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (!item || typeof item !== 'object') continue;
        const o = item as Record<string, unknown>;
        jsonLd.headline ??= str(o.headline) ?? str(o.name);
        jsonLd.datePublished ??= str(o.datePublished) ?? str(o.dateCreated);
        jsonLd.author ??= str(o.author);
        jsonLd.publisher ??= str(o.publisher);
      }
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  const dateFields: string[] = [];
  for (const el of named) {
    const key = `${el.getAttribute('id') ?? ''} ${el.getAttribute('name') ?? ''}`;
    if (!DATE_FIELD.test(key)) continue;
    const value = (el.getAttribute('value') ?? el.textContent ?? '').trim();
    if (value && value.length <= 40) dateFields.push(value);
  }
  const documentTitle = plainText(title?.textContent ?? '');
  return {
    tags,
    jsonLd,
    dateFields,
    documentTitle,
    scriptVars: readScriptVars(scripts.filter((s) => !s.hasAttribute('src'))),
  };
}

export function metaValue(meta: PageMeta, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = meta.tags.get(n.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

const SCRIPT_NAMES = [...SCRIPT_FIELDS.date, ...SCRIPT_FIELDS.source];
/** `var ct = "…"`, `var nickname = htmlDecode("…")`: a string assigned to a variable, first one wins. */
const SCRIPT_VAR = new RegExp(
  `\\bvar\\s+(${SCRIPT_NAMES.join('|')})\\s*=\\s*(?:htmlDecode\\(\\s*)?(["'])([^"'\\n]{1,80})\\2`,
  'g',
);

/** `inline`: the page's scripts without a `src`. */
function readScriptVars(inline: Element[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const s of inline) {
    const text = s.textContent ?? '';
    for (const m of text.matchAll(SCRIPT_VAR)) {
      const value = m[3]!.trim();
      if (value && !vars.has(m[1]!)) vars.set(m[1]!, value);
    }
  }
  return vars;
}

/** The first script variable of `names` that holds a value. */
export function scriptValue(meta: PageMeta, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = meta.scriptVars.get(n);
    if (v) return v;
  }
  return undefined;
}
