/**
 * Where the time of one page goes: extraction + text model (DOM), normalization (with the local
 * dictionaries, converters already loaded), recognition; and normalization beside opencc-js's own
 * converter called directly on the same text. Medians of `runs` runs.
 */
import * as OpenCC from 'opencc-js';
import { buildCard } from '../../lib/build-card';
import { extract } from '../../lib/extract/index';
import { localServices } from '../../lib/local';
import { normalizePage } from '../../lib/normalize/index';
import { pageTextOf } from '../../lib/page-text';
import { recognize } from '../../lib/recognize/index';
import { median, now } from './timing';

async function timed(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    xs.push(now() - t);
  }
  return median(xs);
}

export async function stageLines(id: string, doc: Document, runs: number): Promise<string[]> {
  const extractMs = await timed(runs, () => extract(doc));
  const page = pageTextOf(extract(doc), null);
  const normalizeMs = await timed(runs, () => normalizePage(page.articles, [], localServices, page.sample));
  const { card } = await buildCard(page, localServices);
  const recognizeMs = await timed(runs, () => recognize(card.body.text, card.authors));
  const total = extractMs + normalizeMs + recognizeMs;
  const raw = page.articles.map((a) => a.raw).join('\n');
  const t0 = now();
  const direct = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const loadMs = now() - t0;
  const directMs = await timed(runs, () => direct(raw));
  const ours = raw.length / normalizeMs;
  return [
    `stages on ${id} (${raw.length} chars of article): extract + text model ${extractMs.toFixed(2)} ms, ` +
      `normalize ${normalizeMs.toFixed(2)} ms, recognize ${recognizeMs.toFixed(2)} ms ` +
      `(${((100 * recognizeMs) / total).toFixed(0)} % of ${total.toFixed(2)} ms)`,
    `  normalization ${Math.round(ours)} chars/ms (pinyin, script, indents, rejoin) vs opencc-js tw->cn alone ` +
      `${Math.round(raw.length / directMs)} chars/ms; opencc-js converter load ${loadMs.toFixed(1)} ms`,
  ];
}
