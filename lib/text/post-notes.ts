import words from '../../assets/official-words.json';

/** The notes, longest first, as an alternation. */
export const POST_NOTE_WORDS = [...words.postNotes].sort((a, b) => b.length - a.length).join('|');

/**
 * A note in brackets right after a post on how it is held ((兼), （挂职）, （主持工作）, （正处级）;
 * assets/official-words.json `postNotes`): part of the title, so no clause ends at its brackets.
 */
export const POST_NOTE = `[（(](?:${POST_NOTE_WORDS})[)）]`;

/** Such a note at the end of a title ("市总工会副主席(兼)"). */
export const POST_NOTE_END = new RegExp(`${POST_NOTE}$`);
