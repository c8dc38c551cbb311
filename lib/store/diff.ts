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

/** A stretch of unchanged text, or one place changed: what was removed there and what was added. */
/** Text with no letter or digit in it: punctuation and spaces. */
const SEPARATOR = /^[^\p{L}\p{N}]+$/u;

type Run = { same: string } | { removed: string; added: string };

const editSize = (r: { removed: string; added: string }) => Math.max(r.removed.length, r.added.length);

/**
 * Punctuation or space left unchanged between two changes, no longer than either, joins them (a
 * narrow form of diff-match-patch's semantic cleanup): 10:00 → 16:30 reads as one change, not
 * 10 → 16, a colon kept, 00 → 30. A word between two changes stays: 380元，每月 keeps its 元.
 */
function runsOf(parts: readonly DiffPart[]): Run[] {
  const runs: Run[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = runs[runs.length - 1];
    if (p.kind === 'same') {
      if (last && 'same' in last) last.same += p.text;
      else runs.push({ same: p.text });
    } else if (last && !('same' in last)) last[p.kind] += p.text;
    else runs.push(p.kind === 'added' ? { removed: '', added: p.text } : { removed: p.text, added: '' });
  }
  for (let i = 1; i + 1 < runs.length; ) {
    const [before, gap, after] = [runs[i - 1]!, runs[i]!, runs[i + 1]!];
    if ('same' in gap && !('same' in before) && !('same' in after)) {
      if (SEPARATOR.test(gap.same) && gap.same.length <= Math.min(editSize(before), editSize(after))) {
        before.removed += gap.same + after.removed;
        before.added += gap.same + after.added;
        runs.splice(i, 2);
        i = Math.max(1, i - 1);
        continue;
      }
    }
    i++;
  }
  return runs;
}

/** The runs as parts in reading order, deletions before insertions at one place. */
function partsOf(runs: readonly Run[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const r of runs) {
    if ('same' in r) out.push({ kind: 'same', text: r.same });
    else {
      if (r.removed) out.push({ kind: 'removed', text: r.removed });
      if (r.added) out.push({ kind: 'added', text: r.added });
    }
  }
  return out;
}

/** The parts of `after` kept, added and of `before` removed, in reading order. */
export function diffTexts(before: string, after: string, by: Tokenization = 'word'): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffArrays(tokenize(before, by), tokenize(after, by), { maxEditLength: MAX_EDITS });
  const parts: DiffPart[] = changes
    ? changes.map((c) => ({
        kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
        text: c.value.join(''),
      }))
    : [
        { kind: 'removed', text: before },
        { kind: 'added', text: after },
      ];
  return partsOf(runsOf(parts));
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

/** Unchanged lines folded away in a diff shown to the reader, kept whole to open on demand. */
export interface FoldedPart {
  kind: 'folded';
  text: string;
  lines: number;
}

/** Fewest unchanged lines worth folding: fewer are shown, a fold of one line saves nothing. */
const MIN_FOLD = 3;

/**
 * The parts with long runs of unchanged lines folded, `context` lines kept next to each change: a
 * long notice with three edits shows the three places, not the whole text. The parts' texts, folds
 * included, still join to the new text with the removals.
 */
export function foldUnchanged(parts: readonly DiffPart[], context = 1): Array<DiffPart | FoldedPart> {
  return parts.flatMap((p, i): Array<DiffPart | FoldedPart> => {
    if (p.kind !== 'same') return [p];
    const lines = p.text.split('\n');
    // After a change: the rest of its line and `context` more; before one: `context` lines and its start.
    const head = i > 0 ? context + 1 : 0;
    const tail = i < parts.length - 1 ? context + 1 : 0;
    const hidden = lines.slice(head, lines.length - tail);
    if (hidden.length < MIN_FOLD) return [p];
    const out: Array<DiffPart | FoldedPart> = [];
    // The line breaks around a fold go inside it: shut, it is a line of its own.
    if (head) out.push({ kind: 'same', text: lines.slice(0, head).join('\n') });
    const text = (head ? '\n' : '') + hidden.join('\n') + (tail ? '\n' : '');
    out.push({ kind: 'folded', text, lines: hidden.length });
    if (tail) out.push({ kind: 'same', text: lines.slice(lines.length - tail).join('\n') });
    return out;
  });
}
