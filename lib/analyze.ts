import { type BuiltCard, buildCard } from './build-card';
import type { Card } from './card';
import { type Extraction, extract } from './extract/index';
import type { Normalized, ScriptServices } from './normalize/index';
import { pageTextOf } from './page-text';

export interface AnalyzeOptions {
  url?: string | null;
  /** Elements carrying this attribute are not page text (the extension's own UI). */
  ignoreAttribute?: string;
  /** Readings and script conversion (`localServices` from lib/local.ts in Node). */
  services: ScriptServices;
}

/** The card plus what the page-side stages need: the text model and the normalized text's map. */
export interface Analysis extends BuiltCard {
  card: Card;
  extraction: Extraction;
  /** The main article's normalized text, mapped to `extraction.main.model`. */
  normalized: Normalized;
}

/** Reads a page: DOM → text model → normalized text → entities → card. Never modifies the document. */
export async function analyzeDocument(doc: Document, options: AnalyzeOptions): Promise<Analysis> {
  const extraction = extract(doc, { ignoreAttribute: options.ignoreAttribute, url: options.url ?? null });
  const built = await buildCard(pageTextOf(extraction, options.url ?? null), options.services);
  return { ...built, extraction };
}

/** The card for a document. */
export async function analyze(doc: Document, options: AnalyzeOptions): Promise<Card> {
  return (await analyzeDocument(doc, options)).card;
}
