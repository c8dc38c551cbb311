/**
 * The entity tagger (lib/recognize/tagger.ts) on article text from the sample pages' cards: first use
 * (decoding the model), a 3 000-character article, and a 200 000-character text, whose cost per
 * character beside the article's shows the tagger is linear. Plus the model's size gzipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Card } from '../../lib/card';
import { tagEntities } from '../../lib/recognize/tagger';
import { median, now, timeRuns } from './timing';

const ARTICLE_CHARS = 3_000;
const LONG_CHARS = 200_000;
const ARTICLE_TARGET_MS = 10;
const LONG_TARGET_MS = 1000;
const MODEL = path.resolve(import.meta.dirname, '../../assets/ner-model.json');

export function taggerLines(cards: readonly Card[], runs = 21): string[] {
  const bodies = cards.filter((c) => c.isArticle && c.body.text).map((c) => c.body.text);
  if (!bodies.length) return ['tagger: no article text to tag'];
  let text = bodies.join('\n');
  while (text.length < LONG_CHARS) text += `\n${text}`;
  const article = text.slice(0, ARTICLE_CHARS);
  const long = text.slice(0, LONG_CHARS);
  let t = now();
  tagEntities('');
  const loadMs = now() - t;
  const articleMs = median(timeRuns(() => tagEntities(article), 3, runs));
  const longMs = median(timeRuns(() => tagEntities(long), 1, 3));
  // Processor time beside wall time: on a busy machine the wall clock also counts waiting.
  const cpu = process.cpuUsage();
  for (let i = 0; i < 10; i++) tagEntities(article);
  const used = process.cpuUsage(cpu);
  const articleCpuMs = (used.user + used.system) / 10_000;
  const perChar = (ms: number, n: number) => (ms / n) * 1000;
  const json = fs.readFileSync(MODEL);
  t = now();
  const found = tagEntities(article).length;
  t = now() - t;
  return [
    `tagger: model ${(json.length / 1024).toFixed(0)} KB (${(gzipSync(json).length / 1024).toFixed(0)} KB gzipped), first use ${loadMs.toFixed(0)} ms (decodes it)`,
    `  ${ARTICLE_CHARS} chars: ${articleMs.toFixed(2)} ms median of ${runs} (${(articleMs / ARTICLE_TARGET_MS).toFixed(2)} × the ${ARTICLE_TARGET_MS} ms target; ${articleCpuMs.toFixed(2)} ms processor time; ${found} entities); ` +
      `${LONG_CHARS} chars: ${longMs.toFixed(0)} ms median of 3 (${(longMs / LONG_TARGET_MS).toFixed(2)} × ${LONG_TARGET_MS} ms)`,
    `  µs per char: ${perChar(articleMs, ARTICLE_CHARS).toFixed(2)} (article), ${perChar(longMs, LONG_CHARS).toFixed(2)} (long): ` +
      `ratio ${(perChar(longMs, LONG_CHARS) / perChar(articleMs, ARTICLE_CHARS)).toFixed(2)} (1 = linear)`,
  ];
}
