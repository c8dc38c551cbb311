import { diffArrays } from 'diff';

/**
 * What changed between two texts of an article, word by word: the `diff` package's Myers diff
 * over word tokens. Chinese has no spaces, so the words are the browser's own segmentation
 * (Intl.Segmenter, ICU's dictionary for Chinese); where it is missing, single characters.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export type Tokenization = 'word' | 'char';

/** Edits beyond which the diff gives up and shows the texts as one deletion and one insertion. */
const MAX_EDITS = 4000;

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** The text cut into tokens whose concatenation is the text: words where the browser can, else characters. */
export function tokenize(text: string, by: Tokenization = 'word'): string[] {
  const words = by === 'word' ? wordSegmenter() : null;
  if (!words) return Array.from(text);
  return Array.from(words.segment(text), (s) => s.segment);
}

/** Neighbouring parts of one kind as one part, deletions before insertions at one place. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** The parts of `after` kept, added and of `before` removed, in reading order. */
export function diffTexts(before: string, after: string, by: Tokenization = 'word'): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffArrays(tokenize(before, by), tokenize(after, by), { maxEditLength: MAX_EDITS });
  if (!changes)
    return merge([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  return merge(
    changes.map((c) => ({
      kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
      text: c.value.join(''),
    })),
  );
}

/** How many places changed: runs of insertions and deletions with unchanged text between them. */
export function changeCount(parts: readonly DiffPart[]): number {
  let n = 0;
  let inChange = false;
  for (const p of parts) {
    if (p.kind !== 'same' && !inChange) n++;
    inChange = p.kind !== 'same';
  }
  return n;
}
