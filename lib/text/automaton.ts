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

interface Node {
  next: Map<string, number>;
  fail: number;
  /** The word that ends here, or -1. */
  out: number;
  /** The nearest node down the fail chain that ends a word (the dictionary link), or -1. */
  dict: number;
}

export class Automaton {
  readonly words: readonly string[];
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: -1, dict: -1 }];

  constructor(words: readonly string[]) {
    this.words = words;
    words.forEach((w, i) => {
      if (!w) return;
      let s = 0;
      for (const c of w) {
        let t = this.nodes[s]!.next.get(c);
        if (t === undefined) {
          t = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, out: -1, dict: -1 });
          this.nodes[s]!.next.set(c, t);
        }
        s = t;
      }
      if (this.nodes[s]!.out < 0) this.nodes[s]!.out = i;
    });
    // Breadth first: a node's fail link is the longest proper suffix of its path that is a prefix.
    const queue: number[] = [];
    for (const t of this.nodes[0]!.next.values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.nodes[s]!.next) {
        let f = this.nodes[s]!.fail;
        while (f && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail;
        const g = this.nodes[f]!.next.get(c);
        const fail = g !== undefined && g !== t ? g : 0;
        const node = this.nodes[t]!;
        node.fail = fail;
        node.dict = this.nodes[fail]!.out >= 0 ? fail : this.nodes[fail]!.dict;
        queue.push(t);
      }
    }
  }

  /** Every occurrence of every word, overlapping ones included, in order of their end. */
  *matches(text: string): Generator<Match> {
    let s = 0;
    let i = 0;
    for (const c of text) {
      i += c.length;
      while (s && !this.nodes[s]!.next.has(c)) s = this.nodes[s]!.fail;
      s = this.nodes[s]!.next.get(c) ?? 0;
      for (let o = this.nodes[s]!.out >= 0 ? s : this.nodes[s]!.dict; o >= 0; o = this.nodes[o]!.dict) {
        const word = this.nodes[o]!.out;
        yield { start: i - this.words[word]!.length, end: i, word };
      }
    }
  }

  /** How often each word occurs, each counted without overlapping itself (like repeated indexOf). */
  counts(text: string): Map<string, number> {
    const n = new Map<string, number>();
    const lastEnd = new Map<number, number>();
    for (const m of this.matches(text)) {
      if (m.start < (lastEnd.get(m.word) ?? 0)) continue;
      lastEnd.set(m.word, m.end);
      const w = this.words[m.word]!;
      n.set(w, (n.get(w) ?? 0) + 1);
    }
    return n;
  }
}

/** How often each of `words` occurs in `text`, in one pass. */
export function countAll(text: string, words: Iterable<string>): Map<string, number> {
  const list = [...new Set(words)].filter(Boolean);
  const counts = new Automaton(list).counts(text);
  for (const w of list) if (!counts.has(w)) counts.set(w, 0);
  return counts;
}
