import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
// Imported through the `~` alias, which the build's redirect of `../assets/ner-model.json`
// (wxt.config.ts) does not match: this script is where the weights really are.
import asset from '~/assets/ner-model.json';
import { NER_MODEL_GLOBAL } from '../utils/ner-model-global';

/**
 * The tagger's weights and word lists as a script of their own (ner-model.js), loaded by the
 * analysis worker with importScripts before the engine first tags. Kept apart from the worker's
 * bundle so no script of the extension is over the 5 MB that Firefox's add-on linter parses.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[NER_MODEL_GLOBAL] = asset;
});
