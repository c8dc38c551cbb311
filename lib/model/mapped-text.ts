/**
 * A string whose every UTF-16 unit remembers the range of an underlying text it stands for.
 * Normalization stages build one from another; characters they delete map to nothing, characters
 * they convert keep their source range, characters they insert (a joining space) map to an empty range.
 */
export class MappedText {
  constructor(
    readonly text: string,
    /** Source range of each unit: [starts[i], ends[i]). */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
  ) {}

  /** The identity map of a text onto itself. */
  static identity(text: string): MappedText {
    const starts = new Int32Array(text.length);
    const ends = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return new MappedText(text, starts, ends);
  }

  /** The source range behind [start, end) of this text. */
  toSource(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = start < this.text.length ? this.starts[start]! : (this.ends[this.text.length - 1] ?? 0);
      return { start: at, end: at };
    }
    let s = Number.POSITIVE_INFINITY;
    let e = Number.NEGATIVE_INFINITY;
    for (let i = start; i < end; i++) {
      if (this.ends[i]! > this.starts[i]!) {
        if (this.starts[i]! < s) s = this.starts[i]!;
        if (this.ends[i]! > e) e = this.ends[i]!;
      }
    }
    if (s === Number.POSITIVE_INFINITY) return { start: this.starts[start]!, end: this.starts[start]! };
    return { start: s, end: e };
  }
}

/** Builds a MappedText from pieces of another one. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  get length(): number {
    return this.starts.length;
  }

  /** Copies [from, to) of `src` unchanged. */
  copy(src: MappedText, from: number, to: number): this {
    if (to <= from) return this;
    this.parts.push(src.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(src.starts[i]!);
      this.ends.push(src.ends[i]!);
    }
    return this;
  }

  /**
   * Writes `text` in place of [from, to) of `src`. Equal lengths map unit to unit (a script conversion);
   * otherwise every new unit stands for the whole replaced range.
   */
  replace(src: MappedText, from: number, to: number, text: string): this {
    if (text.length === to - from) {
      this.parts.push(text);
      for (let i = from; i < to; i++) {
        this.starts.push(src.starts[i]!);
        this.ends.push(src.ends[i]!);
      }
      return this;
    }
    const range = src.toSource(from, to);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(range.start);
      this.ends.push(range.end);
    }
    return this;
  }

  /** Writes text that stands for nothing in the source (a separator), anchored at source position `at`. */
  insert(text: string, at: number): this {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at);
      this.ends.push(at);
    }
    return this;
  }

  build(): MappedText {
    return new MappedText(this.parts.join(''), Int32Array.from(this.starts), Int32Array.from(this.ends));
  }
}

/**
 * A MappedText as plain data, to send between extension contexts. Most units stand for the next unit
 * of the source, so the map is sent as runs: [length, start, end] each, where a run longer than one
 * unit maps unit k to [start + k, start + k + 1). A long article's map is a few thousand numbers, not
 * two per character.
 */
export interface MappedTextData {
  text: string;
  runs: number[];
}

export function mappedTextData(m: MappedText): MappedTextData {
  const runs: number[] = [];
  const { starts, ends } = m;
  for (let i = 0; i < starts.length; ) {
    let j = i + 1;
    if (ends[i] === starts[i]! + 1)
      while (j < starts.length && starts[j] === starts[i]! + (j - i) && ends[j] === starts[j]! + 1) j++;
    runs.push(j - i, starts[i]!, ends[i]!);
    i = j;
  }
  return { text: m.text, runs };
}

export function fromMappedTextData(d: MappedTextData): MappedText {
  const starts = new Int32Array(d.text.length);
  const ends = new Int32Array(d.text.length);
  let at = 0;
  for (let r = 0; r < d.runs.length; r += 3) {
    const [length, start, end] = [d.runs[r]!, d.runs[r + 1]!, d.runs[r + 2]!];
    if (length === 1) {
      starts[at] = start;
      ends[at++] = end;
    } else
      for (let k = 0; k < length; k++) {
        starts[at] = start + k;
        ends[at++] = start + k + 1;
      }
  }
  return new MappedText(d.text, starts, ends);
}
