import { Automaton } from '../text/automaton';
import { sentencesOf } from '../text/segments';

/**
 * Key sentences, extractive: each sentence is scored by the entities it names (officials, places,
 * policy phrases; each counted once) and by its place (leads of paragraphs carry the news); the best
 * few are returned in text order. Entities are found in one pass over the text.
 */
export function keySentences(text: string, entities: readonly string[], max = 4): string[] {
  const all = sentencesOf(text);
  // Which sentence each position belongs to, and the distinct entities each sentence names.
  const sentenceAt = new Int32Array(text.length).fill(-1);
  all.forEach((s, i) => {
    sentenceAt.fill(i, s.start, s.end);
  });
  const named = all.map(() => new Set<number>());
  const words = [...new Set(entities)].filter(Boolean);
  new Automaton(words).scan(text, (start, end, word) => {
    const i = sentenceAt[start]!;
    if (i >= 0 && sentenceAt[end - 1] === i) named[i]!.add(word);
  });
  const scored = all
    .map((s, i) => ({ s, entities: named[i]!.size }))
    .filter(({ s }) => s.text.trim().length >= 15 && s.text.trim().length <= 160)
    .map(({ s, entities: n }, i) => {
      let score = n;
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
