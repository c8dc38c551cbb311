import { SCRIPT_FIELDS } from './patterns';

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

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as { name: unknown }).name);
  return undefined;
}

export function readPageMeta(doc: Document): PageMeta {
  const tags = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    // Keys are trimmed: CMSs print name="og:time " with a stray space.
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop'))?.trim();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  const jsonLd: PageMeta['jsonLd'] = {};
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
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
  for (const el of Array.from(doc.querySelectorAll('[id],[name]'))) {
    const key = `${el.getAttribute('id') ?? ''} ${el.getAttribute('name') ?? ''}`;
    if (!DATE_FIELD.test(key)) continue;
    const value = (el.getAttribute('value') ?? el.textContent ?? '').trim();
    if (value && value.length <= 40) dateFields.push(value);
  }
  const documentTitle = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { tags, jsonLd, dateFields, documentTitle, scriptVars: readScriptVars(doc) };
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

function readScriptVars(doc: Document): Map<string, string> {
  const vars = new Map<string, string>();
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
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
