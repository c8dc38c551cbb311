import { sentencesOf } from '../text/segments';

/**
 * Key sentences, extractive: each sentence is scored by the entities it names (officials, places,
 * policy phrases) and by its place (leads of paragraphs carry the news); the best few are returned
 * in text order.
 */
export function keySentences(text: string, entities: readonly string[], max = 4): string[] {
  const sentences = sentencesOf(text).filter(
    (s) => s.text.trim().length >= 15 && s.text.trim().length <= 160,
  );
  const scored = sentences.map((s, i) => {
    let score = 0;
    for (const e of entities) if (s.text.includes(e)) score += 1;
    const paragraphLead = s.start === 0 || text[s.start - 1] === '\n';
    if (i === 0) score += 3;
    else if (paragraphLead) score += 1;
    return { s, score };
  });
  return scored
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start)
    .slice(0, max)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => x.s.text.trim());
}
