/** One page → its card in the format asked for: `govlens analyze page.html`. */
import type { Card } from '../lib/card';
import { toJSON, toMarkdown, toText } from '../lib/export/index';
import { analyze } from '../lib/local';
import { type Args, UsageError } from './args';
import { decodeHtml } from './decode-html';
import { looksLikeHtml } from './looks-like-html';
import { parseDocument } from './parse-html';

function pageHtml(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new UsageError(`${name} is empty`);
  const html = decodeHtml(bytes);
  if (!looksLikeHtml(html)) throw new UsageError(`${name} is not an HTML page`);
  return html;
}

function render(card: Card, format: Args['format']): string {
  if (format === 'md') return toMarkdown(card, { body: true });
  if (format === 'text') return toText(card, { body: true });
  return `${toJSON(card, true)}\n`;
}

export async function analyzeOnePage(
  bytes: Uint8Array,
  name: string,
  url: string | null,
  format: Args['format'],
): Promise<string> {
  const html = pageHtml(bytes, name);
  return render(await analyze(parseDocument(html), { url }), format);
}
