/** Where ner-model.js (entrypoints/ner-model.ts) leaves the tagger's weights, and its address. */
export const NER_MODEL_GLOBAL = 'govlensNerModel';
export const NER_MODEL_SCRIPT = '/ner-model.js';
