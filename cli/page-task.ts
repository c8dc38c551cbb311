/**
 * One page of a corpus → its output line: decode, parse, analyse, add where it came from. Runs in a
 * worker thread (cli/worker.ts) or, with --jobs 1, in the CLI's own thread; the same code either way.
 */
import { analyze } from '../lib/local';
import { decodeHtml } from './decode-html';
import type { PageMeta } from './items';
import { cardLine, errorLine, type LineOptions, type Outcome } from './lines';
import { looksLikeHtml } from './looks-like-html';
import { parseDocument } from './parse-html';

export async function analyzePage(
  bytes: Uint8Array,
  charset: string | null,
  meta: PageMeta,
  options: LineOptions,
): Promise<Outcome> {
  try {
    if (bytes.length === 0) return { kind: 'notHtml' };
    const html = decodeHtml(bytes, charset);
    if (!looksLikeHtml(html)) return { kind: 'notHtml' };
    const card = await analyze(parseDocument(html), { url: meta.url });
    if (options.onlyArticles && !card.isArticle) return { kind: 'card', isArticle: false, line: null };
    return { kind: 'card', isArticle: card.isArticle, line: cardLine(card, meta, options.fields) };
  } catch (e) {
    return { kind: 'error', line: errorLine(meta, (e as Error).message || String(e)) };
  }
}
