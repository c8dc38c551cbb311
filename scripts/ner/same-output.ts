/**
 * `npx tsx scripts/ner/same-output.ts OUT.json`: recognize() over every sentence of the two NER
 * development corpora (../shared/ner), 20 consecutive sentences to a text as scripts/eval pages them,
 * plus the bench's generated article, written as one JSON line per text. Run before and after a
 * speed change and compare the files (cmp): a pure speed change leaves them byte-identical.
 */

import fs from 'node:fs';
import { recognize } from '../../lib/recognize/index';
import { generatedArticle } from '../bench/recognition';
import { loadCluener, loadPeoplesDaily } from './corpus';

const PAGE_SENTENCES = 20;

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx scripts/ner/same-output.ts OUT.json');
  process.exit(2);
}
const texts: string[] = [];
for (const corpus of [loadPeoplesDaily(), loadCluener()])
  for (let i = 0; i < corpus.length; i += PAGE_SENTENCES)
    texts.push(
      corpus
        .slice(i, i + PAGE_SENTENCES)
        .map((s) => s.text)
        .join('\n'),
    );
texts.push(generatedArticle(20_000, 200));
const lines = texts.map((t) => JSON.stringify(recognize(t, [])));
fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${texts.length} texts, ${texts.reduce((s, t) => s + t.length, 0)} characters → ${out}`);
