/**
 * An Aho–Corasick automaton over a set of words: every occurrence of every word in one pass over the
 * text, whatever the number of words. Written here rather than taken from npm because the recognizer
 * needs two things the packages do not give together: UTF-16 offsets that agree with String#slice, and
 * the occurrences of each word counted without overlaps with itself (as String#indexOf counts them).
 */
export interface Match {
  start: number;
  end: number;
  /** Index of the word in the list the automaton was built from. */
  word: number;
}

export class Automaton {
  readonly words: readonly string[];
  /** Per state: its transitions by UTF-16 code unit. */
  private next: Array<Map<number, number>> = [new Map()];
  private fail: number[] = [0];
  /** The word that ends at a state, or -1. */
  private out: number[] = [-1];
  /** The nearest state down the fail chain that ends a word (the dictionary link), or -1. */
  private dict: number[] = [-1];

  constructor(words: readonly string[]) {
    this.words = words;
    words.forEach((w, i) => {
      if (!w) return;
      let s = 0;
      for (let k = 0; k < w.length; k++) {
        const c = w.charCodeAt(k);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(-1);
          this.dict.push(-1);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      if (this.out[s]! < 0) this.out[s] = i;
    });
    // Breadth first: a state's fail link is the longest proper suffix of its path that is a prefix.
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        const fail = g !== undefined && g !== t ? g : 0;
        this.fail[t] = fail;
        this.dict[t] = this.out[fail]! >= 0 ? fail : this.dict[fail]!;
        queue.push(t);
      }
    }
  }

  /** Calls `found(start, end, word)` for every occurrence of every word, in order of their end. */
  scan(text: string, found: (start: number, end: number, word: number) => void): void {
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s && !this.next[s]!.has(c)) s = this.fail[s]!;
      s = this.next[s]!.get(c) ?? 0;
      for (let o = this.out[s]! >= 0 ? s : this.dict[s]!; o >= 0; o = this.dict[o]!) {
        const word = this.out[o]!;
        found(i + 1 - this.words[word]!.length, i + 1, word);
      }
    }
  }

  /** Every occurrence of every word, overlapping ones included, in order of their end. */
  matches(text: string): Match[] {
    const out: Match[] = [];
    this.scan(text, (start, end, word) => out.push({ start, end, word }));
    return out;
  }

  /** How often each word occurs, each counted without overlapping itself (like repeated indexOf). */
  counts(text: string): Map<string, number> {
    const n = new Int32Array(this.words.length);
    const lastEnd = new Int32Array(this.words.length);
    this.scan(text, (start, end, word) => {
      if (start < lastEnd[word]!) return;
      lastEnd[word] = end;
      n[word] = n[word]! + 1;
    });
    const out = new Map<string, number>();
    this.words.forEach((w, i) => {
      if (w) out.set(w, Math.max(out.get(w) ?? 0, n[i]!));
    });
    return out;
  }
}

/** How often each of `words` occurs in `text`, in one pass. */
export function countAll(text: string, words: Iterable<string>): Map<string, number> {
  return new Automaton([...new Set(words)].filter(Boolean)).counts(text);
}
