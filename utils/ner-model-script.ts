/**
 * What the engine's `import asset from '../../assets/ner-model.json'` becomes in the extension's
 * build (wxt.config.ts redirects it here): the weights loaded from their own script, ner-model.js
 * (entrypoints/ner-model.ts), into the analysis worker, the one context that tags. The CLI and the
 * tests in Node import the JSON itself.
 */
import { NER_MODEL_GLOBAL, NER_MODEL_SCRIPT } from './ner-model-global';

declare const importScripts: ((...urls: string[]) => void) | undefined;

const scope = globalThis as Record<string, unknown>;
// importScripts is synchronous in a classic worker: the weights are there before the engine's first
// use. Anywhere else (no importScripts) the tagger is not built and nothing is loaded.
if (typeof importScripts === 'function' && scope[NER_MODEL_GLOBAL] === undefined)
  importScripts(NER_MODEL_SCRIPT);

export default scope[NER_MODEL_GLOBAL];
