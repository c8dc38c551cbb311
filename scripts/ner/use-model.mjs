/**
 * `node --import ./scripts/ner/use-model.mjs …` with GOVLENS_NER_MODEL=FILE: every import of
 * assets/ner-model.json reads FILE instead, so a measuring script runs the whole engine with another
 * tagger model (a split model, trained without the held-out parts: `npm run train:ner -- --split --out
 * FILE`). Scripts only; the engine never reads the environment. See with-model.ts.
 */
import { register } from 'node:module';

if (process.env.GOVLENS_NER_MODEL)
  register('./use-model-hooks.mjs', import.meta.url, { data: { file: process.env.GOVLENS_NER_MODEL } });
