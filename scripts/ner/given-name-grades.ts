/**
 * A graded given-name score per character, from labelled sentences (the training parts): the share
 * of a Han character's given-name places (after the surname in a PER/name span of 2–4 characters that
 * starts with a listed surname) among those places plus its places outside every labelled entity (芬
 * of 芬兰, a place, counts neither way). Characters seen fewer than MIN_SEEN times so are not graded;
 * grade i holds the scores from GRADE_FROM[i − 1] (grade 0 below the first bound). Used by
 * build-given-name-chars.ts (assets/given-name-chars.json) and, measured, as a tagger feature
 * (train.ts --name-grades).
 */
import surnames from '../../assets/surnames.json';
import type { Sentence } from './corpus';

export const MIN_SEEN = 3;
/** Lower score bounds of grades 1–4 (grade 0 below the first). */
export const GRADE_FROM = [0.02, 0.1, 0.2, 0.4];

export function givenNameGrades(sentences: readonly Sentence[]): string[] {
  const single = new Set(Array.from(surnames.single));
  const given = new Map<string, number>();
  const outside = new Map<string, number>();
  const bump = (m: Map<string, number>, c: string) => m.set(c, (m.get(c) ?? 0) + 1);
  for (const s of sentences) {
    const inside = new Uint8Array(s.text.length);
    for (const sp of s.spans) {
      inside.fill(1, sp.start, sp.end);
      if (sp.label !== 'PER' && sp.label !== 'name') continue;
      const name = s.text.slice(sp.start, sp.end);
      const compound = surnames.compound.some((x) => name.startsWith(x) && name.length > x.length);
      const sur = compound ? 2 : single.has(name[0]!) ? 1 : 0;
      if (!sur || name.length - sur < 1 || name.length - sur > 2) continue;
      for (const c of name.slice(sur)) if (/\p{Script=Han}/u.test(c)) bump(given, c);
    }
    for (let i = 0; i < s.text.length; i++)
      if (!inside[i] && /\p{Script=Han}/u.test(s.text[i]!)) bump(outside, s.text[i]!);
  }
  const grades: string[][] = [[], ...GRADE_FROM.map(() => [])];
  for (const c of [...new Set([...given.keys(), ...outside.keys()])].sort()) {
    const g = given.get(c) ?? 0;
    const seen = g + (outside.get(c) ?? 0);
    if (seen < MIN_SEEN) continue;
    grades[GRADE_FROM.filter((b) => g / seen >= b).length]!.push(c);
  }
  return grades.map((g) => g.join(''));
}
