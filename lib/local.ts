/**
 * The engine with its dictionaries in this process: for Node (CLI, tests, eval, bench) and the
 * extension's background. The content script imports `analyze.ts` and asks the background instead.
 */
import { type Analysis, type AnalyzeOptions, analyzeDocument } from './analyze';
import type { Card } from './card';
import { localServices } from './normalize/local-services';

export { localServices } from './normalize/local-services';

type LocalOptions = Omit<AnalyzeOptions, 'services'>;

export function analyzeLocal(doc: Document, options: LocalOptions = {}): Promise<Analysis> {
  return analyzeDocument(doc, { ...options, services: localServices });
}

export async function analyze(doc: Document, options: LocalOptions = {}): Promise<Card> {
  return (await analyzeLocal(doc, options)).card;
}
