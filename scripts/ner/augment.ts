/**
 * Entity-substitution augmentation for training the tagger (train.ts `--augment N`): copies of the
 * training sentences that name a Chinese person, each such name replaced by a synthetic one, so the
 * tagger learns a name from its surname and its context rather than by heart (it missed unseen names
 * such as 袁步兵, whose given name is also a word). Measured and not kept (assets/README.md, ner-model.json):
 * persons' precision fell on People's Daily more than their recall rose; the option stays off by default.
 *
 * A synthetic name is a surname from assets/surnames.json, weighted by how often it begins a person's
 * name in the training part (plus `smooth`, by default one, so every listed surname can appear), and a
 * given name of one or two characters (lengths in the proportions of the training part's names). A
 * given-name character is drawn from the given-name characters of the training part's names, by their
 * counts; with `wordShare`, a two-character given name is instead a common word of CC-CEDICT
 * (assets/cedict-words.json), as 步兵 is. Nothing comes from the held-out parts: callers pass the
 * training sentences only. Deterministic for a seed.
 */

import cedict from '../../assets/cedict-words.json';
import surnames from '../../assets/surnames.json';
import type { GoldSpan, Sentence } from './corpus';

const PERSON = new Set(['PER', 'name']);

export interface AugmentOptions {
  /** Copies of each sentence that names a person. */
  copies: number;
  seed: number;
  /** Share of two-character given names taken from CC-CEDICT's common words. */
  wordShare: number;
  /** Added to each listed surname's count in the training names (1 unless given; 0: seen ones only). */
  smooth?: number;
  /** If given, only this corpus's sentences are copied. */
  corpus?: Sentence['corpus'];
  /** Only names with a two-character given name are replaced, by such names (周桂芳, not 陈明). */
  twoOnly?: boolean;
  /** If given, the only given-name characters drawn (those typical of names, gazetteers.ts). */
  chars?: string;
}

/** The surname and given name of a Chinese name (as gazetteers.ts reads them), or null. */
export function splitName(name: string): [string, string] | null {
  const compound = surnames.compound.find((x) => name.startsWith(x));
  if (compound) return name.length >= 3 && name.length <= 4 ? [compound, name.slice(2)] : null;
  if (name.length >= 2 && name.length <= 3 && surnames.single.includes(name[0]!))
    return [name[0]!, name.slice(1)];
  return null;
}

/** A weighted choice, drawn with a uniform number in [0, 1). */
class Weighted {
  private readonly items: string[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;
  constructor(counts: Map<string, number>) {
    for (const [item, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      this.total += n;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
  }
  pick(u: number): string {
    if (!this.total) throw new Error('nothing to draw a synthetic name from');
    const x = u * this.total;
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);

/** Person spans that a synthetic name may replace: Chinese names inside no other span. */
function replaceable(s: Sentence, twoOnly = false): GoldSpan[] {
  return s.spans.filter(
    (sp) =>
      PERSON.has(sp.label) &&
      (splitName(s.text.slice(sp.start, sp.end))?.[1].length ?? 0) >= (twoOnly ? 2 : 1) &&
      !s.spans.some((o) => o !== sp && o.start < sp.end && sp.start < o.end),
  );
}

/** A synthetic copy of the training sentence at index `of`. */
export type Synthetic = Sentence & { of: number };

export function augment(train: Sentence[], options: AugmentOptions): Synthetic[] {
  const surnameCounts = new Map<string, number>();
  for (const c of [...surnames.single, ...surnames.compound]) bump(surnameCounts, c, options.smooth ?? 1);
  const givenChars = new Map<string, number>();
  const lengths = new Map<string, number>();
  for (const s of train)
    for (const sp of replaceable(s, options.twoOnly)) {
      const [surname, given] = splitName(s.text.slice(sp.start, sp.end))!;
      bump(surnameCounts, surname);
      bump(lengths, String(given.length));
      for (const c of given) if (!options.chars || options.chars.includes(c)) bump(givenChars, c);
    }
  const surnamePick = new Weighted(surnameCounts);
  const charPick = new Weighted(givenChars);
  const lengthPick = new Weighted(lengths);
  const words = cedict.words.filter((w) => w.length === 2);

  let state = options.seed >>> 0 || 1;
  const rand = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const synthetic = (): string => {
    const surname = surnamePick.pick(rand());
    const length = Number(lengthPick.pick(rand()));
    if (length === 2 && rand() < options.wordShare)
      return surname + words[Math.floor(rand() * words.length)]!;
    let given = '';
    for (let j = 0; j < length; j++) given += charPick.pick(rand());
    return surname + given;
  };

  const out: Synthetic[] = [];
  train.forEach((s, of) => {
    const targets = replaceable(s, options.twoOnly);
    if (!targets.length || (options.corpus && s.corpus !== options.corpus)) return;
    for (let copy = 0; copy < options.copies; copy++) {
      // The same name gets the same substitute throughout the sentence.
      const substitute = new Map<string, string>();
      for (const sp of targets) {
        const name = s.text.slice(sp.start, sp.end);
        if (!substitute.has(name)) substitute.set(name, synthetic());
      }
      out.push({ ...replaceSpans(s, targets, (sp) => substitute.get(s.text.slice(sp.start, sp.end))!), of });
    }
  });
  return out;
}

/** The sentence with each target span's text replaced, every span moved to its new offsets. */
export function replaceSpans(s: Sentence, targets: GoldSpan[], by: (sp: GoldSpan) => string): Sentence {
  const sorted = [...targets].sort((a, b) => a.start - b.start);
  let text = '';
  let at = 0;
  // Offset shift at each original position: an edit applies to spans starting at or after its end.
  const edits: Array<{ end: number; delta: number; span: GoldSpan; start: number }> = [];
  let delta = 0;
  for (const sp of sorted) {
    const replacement = by(sp);
    text += s.text.slice(at, sp.start);
    const start = text.length;
    text += replacement;
    at = sp.end;
    edits.push({ end: sp.end, delta: delta + replacement.length - (sp.end - sp.start), span: sp, start });
    delta += replacement.length - (sp.end - sp.start);
  }
  text += s.text.slice(at);
  const shiftAt = (pos: number) => {
    let d = 0;
    for (const e of edits) if (e.end <= pos) d = e.delta;
    return d;
  };
  const spans = s.spans.map((sp) => {
    const edit = edits.find((e) => e.span === sp);
    if (edit) return { ...sp, start: edit.start, end: edit.start + by(sp).length };
    return { ...sp, start: sp.start + shiftAt(sp.start), end: sp.end + shiftAt(sp.end) };
  });
  return { ...s, text, spans };
}
