/**
 * A synthetic ≥ 2 MB page: the body content of the largest pages, repeated inside one document.
 * It stresses the engine's scaling (block walk, scoring, normalization) far past any real page.
 */

import { parseDocument } from '../../cli/parse-html';
import type { BenchPage } from './pages';

export const SYNTHETIC_BYTES = 2 * 1024 * 1024;
const SOURCE_PAGES = 5;

/** Body markup without scripts and styles: those add bytes but no text to read. */
function bodyContent(html: string): string {
  const doc = parseDocument(html);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, iframe, template'))) el.remove();
  return doc.body?.innerHTML ?? '';
}

export function buildSyntheticPage(pages: BenchPage[]): { html: string; sources: string[] } {
  const chunks = pages
    .map((p) => ({ id: p.id, content: bodyContent(p.html) }))
    .sort((a, b) => b.content.length - a.content.length)
    .slice(0, SOURCE_PAGES)
    .filter((c) => c.content.length > 0);
  if (chunks.length === 0) throw new Error('no page body to build the synthetic page from');
  const head =
    '<!doctype html><html><head><meta charset="utf-8"><title>synthetic 2 MB page</title></head><body>';
  const tail = '</body></html>';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head + tail);
  for (let i = 0; bytes < SYNTHETIC_BYTES; i++) {
    const c = chunks[i % chunks.length]!;
    const part = `<div class="synthetic-copy" data-copy="${i}">${c.content}</div>`;
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  parts.push(tail);
  return { html: parts.join(''), sources: chunks.map((c) => c.id) };
}
