/**
 * End-to-end analyze (parse excluded: extract, normalize, recognize, card) on a generated article of
 * 200,000 characters naming 2,000 officials, and on a quarter of it: the time against the 1 s target,
 * and how time grows with the text (×4 text: ≈ ×4 time when cost is linear, ×16 when quadratic).
 */
import { parseDocument } from '../../cli/parse-html';
import { analyze } from '../../lib/local';
import { longArticle } from './long-article';
import { median, timeRunsAsync } from './timing';

const TARGET_MS = 1000;
const RUNS = 3;

async function timeArticle(chars: number, names: number) {
  const article = longArticle({ chars, names });
  const doc = parseDocument(article.html);
  let officials = 0;
  const samples = await timeRunsAsync(
    async () => {
      officials = (await analyze(doc)).officials.length;
    },
    1,
    RUNS,
  );
  return { ...article, officials, ms: median(samples) };
}

export async function endToEndLines(): Promise<string[]> {
  const full = await timeArticle(200_000, 2000);
  const quarter = await timeArticle(50_000, 500);
  const verdict = full.ms <= TARGET_MS ? 'within' : 'OVER';
  return [
    `end-to-end analyze, generated article of ${full.chars} chars naming ${full.names} officials (${full.officials} found): ` +
      `${full.ms.toFixed(0)} ms (median of ${RUNS}, ${verdict} the ${TARGET_MS} ms target)`,
    `  a quarter of it (${quarter.chars} chars, ${quarter.names} officials): ${quarter.ms.toFixed(0)} ms; ` +
      `×${(full.chars / quarter.chars).toFixed(1)} text took ×${(full.ms / quarter.ms).toFixed(1)} time (linear ≈ 4, quadratic ≈ 16)`,
  ];
}
