import data from '../../assets/given-name-chars.json';

/**
 * How strongly a character reads as part of a Chinese given name, learned from the NER corpora's
 * training parts (assets/given-name-chars.json): grade 0 (起, 的: almost always ordinary text) to 4
 * (芬, 嘉: mostly in given names); undefined for a character seen too rarely to grade.
 */
const GRADE = new Map<string, number>();
data.grades.forEach((chars, grade) => {
  for (const c of chars) GRADE.set(c, grade);
});

export const givenNameGrade = (c: string | undefined): number | undefined =>
  c === undefined ? undefined : GRADE.get(c);

/** Lowest grade that lets a character end a given name the tagger cut short (赵东|芬是). */
export const STRONG_GRADE = 3;
