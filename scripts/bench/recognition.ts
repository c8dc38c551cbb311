/**
 * Recognition speed: the median for a 3,000-character article (recognize alone, target ≤ 10 ms), and
 * a generated 200,000-character article naming 2,000 people, read end to end (target ≤ 1 s), with
 * the same article at a quarter of its length to show the cost grows linearly.
 */

import surnames from '../../assets/surnames.json';
import { parseDocument } from '../../cli/parse-html';
import type { Card } from '../../lib/card';
import { analyze } from '../../lib/local';
import { recognize } from '../../lib/recognize/index';
import { median, timeRuns, timeRunsAsync } from './timing';

const ARTICLE_CHARS = 3000;
const ARTICLE_TARGET_MS = 10;
const LONG_CHARS = 200_000;
const LONG_NAMES = 2000;
const LONG_TARGET_MS = 1000;

/** A deterministic stream of numbers in [0, 1) (mulberry32), so every run reads the same article. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = '建国明华强伟芳丽军平志红玉英杰涛斌海波宁晓东立新文俊峰辉勇敏静燕萍霞';
const TITLES = ['区委书记', '副区长', '市民政局局长', '街道党工委书记', '居委会主任', '市人大常委会副主任'];
const PLACES = ['长宁区', '北新泾街道', '徐汇区', '浦东新区', '江苏省', '南京市', '太湖', '长江'];
const ORGS = ['区民政局', '市委组织部', '街道党工委', '市总工会', '区人社局'];
const PHRASES = ['一网通办', '15分钟社区生活圈', '我为群众办实事', '旧区改造'];

/** A news-like article of about `chars` characters that names `names` different people. */
export function generatedArticle(chars: number, names: number, seed = 7): string {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const single = Array.from(surnames.single);
  const people = Array.from(
    { length: names },
    (_, i) =>
      `${single[i % single.length]}${GIVEN[Math.floor(i / single.length) % GIVEN.length]}${pick(Array.from(GIVEN))}`,
  );
  const sentences = [
    (p: string) => `${pick(TITLES)}${p}来到${pick(PLACES)}，调研${pick(ORGS)}工作。`,
    (p: string) => `${p}指出，要推进${pick(PHRASES)}，办好群众家门口的事。`,
    (p: string) => `困难居民${p}一家住在${pick(PLACES)}，${pick(ORGS)}定期上门看望。`,
    (p: string) => `${pick(ORGS)}负责人${p}介绍了${pick(PLACES)}的做法。`,
  ];
  const paragraphs: string[] = [];
  let length = 0;
  let paragraph = '';
  for (let i = 0; length < chars; i++) {
    const s = pick(sentences)(people[i % people.length]!);
    paragraph += s;
    length += s.length;
    if (paragraph.length > 120) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph) paragraphs.push(paragraph);
  return paragraphs.join('\n');
}

const page = (text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>生成的长文</title></head><body><article><h1>生成的长文</h1>${text
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

async function endToEnd(text: string, runs: number): Promise<{ ms: number; card: Card }> {
  const html = page(text);
  let card: Card | null = null;
  const samples = await timeRunsAsync(
    async () => {
      card = await analyze(parseDocument(html));
    },
    1,
    runs,
  );
  return { ms: median(samples), card: card! };
}

/** The bench lines: a typical article's recognition and the long article end to end. */
export async function recognitionLines(article: string): Promise<string[]> {
  let text = article;
  while (text.length < ARTICLE_CHARS) text += `\n${article}`;
  text = text.slice(0, ARTICLE_CHARS);
  const articleMs = median(timeRuns(() => recognize(text, []), 3, 21));
  const long = generatedArticle(LONG_CHARS, LONG_NAMES);
  const quarter = generatedArticle(LONG_CHARS / 4, LONG_NAMES / 4);
  const big = await endToEnd(long, 3);
  const small = await endToEnd(quarter, 3);
  const named = big.card.officials.length + big.card.persons.length;
  return [
    `recognition, ${ARTICLE_CHARS}-char article: median ${articleMs.toFixed(2)} ms of 21 runs (${(articleMs / ARTICLE_TARGET_MS).toFixed(2)} × the ${ARTICLE_TARGET_MS} ms target)`,
    `generated article, ${long.length} chars naming ${LONG_NAMES} people, end to end: ${big.ms.toFixed(0)} ms, median of 3 (${(big.ms / LONG_TARGET_MS).toFixed(2)} × the ${LONG_TARGET_MS} ms target; ${named} persons and officials found); a quarter of it ${small.ms.toFixed(0)} ms: ×${(big.ms / small.ms).toFixed(1)} for ×4 the text (linear ≈ 4)`,
  ];
}
