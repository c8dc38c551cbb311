import { KINDS } from '../lib/highlight/painter';
import type { ScriptMode } from '../lib/normalize/page-switch';
import type { ReaderTerm } from '../lib/recognize/reader-glossary';

/** The reader's settings as the options page exports and imports them. */
export interface SettingsFile {
  format: 'govlens-settings';
  version: 1;
  /** The Markdown template of the highlights' export; null for the default. */
  template: string | null;
  /** Entity kinds not highlighted unless the reader turns them on. */
  hiddenKinds: string[];
  /** The script each site is shown in, by host. */
  scripts: Record<string, ScriptMode>;
  /** Hosts the reader added, where the extension runs by itself (each needs its permission again). */
  sites: string[];
  /** The reader's own glossary, highlighted as policy phrases. */
  glossary: ReaderTerm[];
}

/** Storage keys (browser.storage.local) of the settings. */
export const SETTINGS_KEYS = {
  template: 'notes:template',
  hiddenKinds: 'highlights:hidden',
  glossary: 'glossary',
  scriptPrefix: 'script:',
} as const;

const MODES: readonly string[] = ['original', 'simplified', 'traditional'];
/** A host name as browsers print it (IDNs in punycode), optionally a port-less IPv4 address. */
const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A site the reader typed (an address or a host) as its host and the match pattern that covers it;
 * null when it is not a web host. A leading `*.` covers every subdomain; a scheme typed with it
 * (http://) keeps the permission to that scheme.
 */
export function sitePattern(input: string): { host: string; pattern: string } | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  const wild = text.startsWith('*.');
  if (wild) text = text.slice(2);
  let host: string;
  // An address typed with its scheme asks for that scheme only; a bare host for both.
  const scheme = /^[a-z][a-z0-9+.-]*:/.exec(text)?.[0];
  try {
    const url = new URL(scheme ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  if (!HOST.test(host)) return null;
  const name = wild ? `*.${host}` : host;
  return { host: name, pattern: `${scheme ? scheme.slice(0, -1) : '*'}://${name}/*` };
}

/** Settings read from a file: checked field by field; throws on a file that is not a settings export. */
export function readSettingsFile(text: string): SettingsFile {
  const data = JSON.parse(text) as Partial<SettingsFile>;
  if (data?.format !== 'govlens-settings') throw new Error('not a GovNews Lens settings file');
  const scripts: Record<string, ScriptMode> = {};
  for (const [host, mode] of Object.entries(data.scripts ?? {}))
    if (sitePattern(host) && MODES.includes(mode as string)) scripts[host] = mode as ScriptMode;
  return {
    format: 'govlens-settings',
    version: 1,
    template: typeof data.template === 'string' && data.template.trim() ? data.template : null,
    hiddenKinds: Array.isArray(data.hiddenKinds)
      ? data.hiddenKinds.filter((k): k is string => (KINDS as readonly unknown[]).includes(k))
      : [],
    scripts,
    glossary: readGlossary(data.glossary),
    sites: Array.isArray(data.sites)
      ? data.sites
          .map((s) => (typeof s === 'string' ? sitePattern(s)?.host : null))
          .filter((s): s is string => !!s)
      : [],
  };
}

/** Longest term and explanation kept: a glossary entry, not a document. */
const TERM_MAX = 40;
const EXPLANATION_MAX = 400;

/** The reader's glossary as stored or imported: entries with a term, each term once. */
export function readGlossary(v: unknown): ReaderTerm[] {
  if (!Array.isArray(v)) return [];
  const seen = new Set<string>();
  const out: ReaderTerm[] = [];
  for (const e of v as Array<Partial<ReaderTerm> | null>) {
    const term = typeof e?.term === 'string' ? e.term.trim().slice(0, TERM_MAX) : '';
    if (!term || seen.has(term)) continue;
    seen.add(term);
    const explanation =
      typeof e?.explanation === 'string' ? e.explanation.trim().slice(0, EXPLANATION_MAX) : '';
    out.push({ term, explanation });
  }
  return out;
}
