/**
 * The tagger's gazetteers: word lists by kind (administrative divisions, countries) and surnames,
 * shipped inside the model asset so tagging always sees the lists the weights were trained with.
 */

/** Longest listed word looked for; longer ones are dropped when the lexicon is built. */
export const MAX_WORD = 10;

export interface LexiconData {
  /**
   * Word lists, one per kind; a kind's words joined by "|". At most 8 kinds: 0–3 the gazetteers
   * (features.ts groups 7, 8, 10), 4–7 the dictionary's persons, places, organisations and common
   * words (groups 16–18), when the model was trained with them.
   */
  lists: string[];
  /** Single-character surnames, as one string. */
  surnames: string;
  /** Two-character surnames joined by "|". */
  compoundSurnames: string;
  /** Characters common in given names (learned from the training corpora's persons). */
  givenNameChars: string;
  /** Characters common in transliterated names (learned likewise). */
  foreignNameChars: string;
  /**
   * Characters by given-name grade, 0 (ordinary text) to 4 (mostly in given names), learned likewise
   * (scripts/ner/given-name-grades.ts); only in a model trained with them (measured, train.ts
   * --name-grades): they refine the name-character classes of features.ts group 13.
   */
  givenNameGrades?: string[];
}

const edgeHash = (node: number, c: number) => {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca77);
  return h ^ (h >>> 15);
};

export interface Marks {
  /** Per position, 4 bits per list kind k at bit 4k: a word begins, continues, ends, stands alone. */
  at: Int32Array;
  /** Per position: 1 a single surname, 2 a compound surname begins here, 0 neither. */
  surname: Int32Array;
  /**
   * Per position: bit 0 a surname, bit 1 a given-name character, bit 2 a transliteration character;
   * bits 4–6 the given-name grade + 1 where the lexicon grades characters (0 ungraded).
   */
  name: Int32Array;
  /**
   * Per position, the listed word forward maximum matching puts over it (from the text's start, the
   * longest listed word at each point, else one character on): its length (at most 7) << 6 | its
   * first list kind << 2 | part (0 begins, 1 continues, 2 ends, 3 stands alone); 0 outside words.
   */
  longest: Int32Array;
  /** Trie steps taken: at most MAX_WORD per position, so linear in the text length. */
  steps: number;
}

export class Lexicon {
  /** Per trie node, the list kinds (bit k for list k) whose word ends there. */
  private readonly kinds: number[] = [0];
  /**
   * A character trie's edges in open addressing, (node, code, child) per slot, child 0 for an empty
   * one: a look-up with no number boxed (node × 0x10000 + code outgrows small integers).
   */
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  /** The root's children by character code (0: none), the look-up made at every position. */
  private readonly rootChild = new Int32Array(0x10000);
  private readonly single: Set<number>;
  /** Two-character surnames as their two UTF-16 units packed into one number (no string per look-up). */
  private readonly compound: Set<number>;
  private readonly given: Set<number>;
  private readonly foreign: Set<number>;
  /**
   * Per UTF-16 unit: bit 0 a single surname, bit 1 a given-name, bit 2 a transliteration character,
   * bits 4–6 its given-name grade + 1 (0: ungraded, or the lexicon has no grades).
   */
  private readonly nameBits = new Uint8Array(0x10000);

  constructor(data: LexiconData) {
    // The trie while it is built: child of node n by character code c under key n × 0x10000 + c.
    const children = new Map<number, number>();
    data.lists.forEach((list, k) => {
      for (const w of list.split('|')) {
        if (!w || w.length > MAX_WORD) continue;
        let node = 0;
        for (let j = 0; j < w.length; j++) {
          const key = node * 0x10000 + w.charCodeAt(j);
          let next = children.get(key);
          if (next === undefined) {
            next = this.kinds.length;
            this.kinds.push(0);
            children.set(key, next);
          }
          node = next;
        }
        this.kinds[node]! |= 1 << k;
      }
    });
    this.single = new Set(Array.from(data.surnames, (c) => c.charCodeAt(0)));
    this.compound = new Set(
      data.compoundSurnames
        .split('|')
        .filter((w) => w.length === 2)
        .map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)),
    );
    this.given = new Set(Array.from(data.givenNameChars, (c) => c.charCodeAt(0)));
    this.foreign = new Set(Array.from(data.foreignNameChars, (c) => c.charCodeAt(0)));
    for (const c of this.single) this.nameBits[c]! |= 1;
    for (const c of this.given) this.nameBits[c]! |= 2;
    for (const c of this.foreign) this.nameBits[c]! |= 4;
    data.givenNameGrades?.forEach((chars, grade) => {
      for (let j = 0; j < chars.length; j++) this.nameBits[chars.charCodeAt(j)]! |= (grade + 1) << 4;
    });
    for (const [key, child] of children) if (key < 0x10000) this.rootChild[key] = child;
    let cap = 1;
    while (cap < 2 * children.size) cap <<= 1;
    this.edgeMask = cap - 1;
    this.edges = new Int32Array(3 * cap);
    for (const [key, child] of children) {
      const node = Math.floor(key / 0x10000);
      const c = key % 0x10000;
      let slot = edgeHash(node, c) & this.edgeMask;
      while (this.edges[3 * slot + 2] !== 0) slot = (slot + 1) & this.edgeMask;
      this.edges[3 * slot] = node;
      this.edges[3 * slot + 1] = c;
      this.edges[3 * slot + 2] = child;
    }
  }

  /** The child of `node` by code `c`, 0 if none. */
  private child(node: number, c: number): number {
    const edges = this.edges;
    for (let slot = edgeHash(node, c) & this.edgeMask; ; slot = (slot + 1) & this.edgeMask) {
      const child = edges[3 * slot + 2]!;
      if (child === 0) return 0;
      if (edges[3 * slot] === node && edges[3 * slot + 1] === c) return child;
    }
  }

  /**
   * Marks every position of `text`, walking the trie at most MAX_WORD steps from each; `longest`
   * only when asked for (no feature uses it in the shipped model).
   */
  marks(text: string, withLongest = false): Marks {
    const n = text.length;
    const at = new Int32Array(n);
    const surname = new Int32Array(n);
    const name = new Int32Array(n);
    const longest = new Int32Array(withLongest ? n : 0);
    const longLen = new Int32Array(withLongest ? n : 0);
    const longKind = new Int32Array(withLongest ? n : 0);
    let steps = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const bits = this.nameBits[c]!;
      if (bits & 1) surname[i] = 1;
      name[i] = bits;
      if (i + 1 < n && this.compound.has(c * 0x10000 + text.charCodeAt(i + 1))) surname[i] = 2;
      let node = 0;
      for (let len = 1; len <= MAX_WORD && i + len <= n; len++) {
        steps++;
        const c = text.charCodeAt(i + len - 1);
        const next = node === 0 ? this.rootChild[c]! : this.child(node, c);
        if (next === 0) break;
        node = next;
        const kinds = this.kinds[node]!;
        if (kinds && withLongest) {
          longLen[i] = len;
          longKind[i] = 31 - Math.clz32(kinds & -kinds);
        }
        for (let k = 0; kinds >> k; k++) {
          if (!((kinds >> k) & 1)) continue;
          const shift = 4 * k;
          if (len === 1) at[i]! |= 8 << shift;
          else {
            at[i]! |= 1 << shift;
            for (let j = i + 1; j < i + len - 1; j++) at[j]! |= 2 << shift;
            at[i + len - 1]! |= 4 << shift;
          }
        }
      }
    }
    for (let i = 0; withLongest && i < n; ) {
      const len = longLen[i]!;
      if (!len) {
        i++;
        continue;
      }
      const head = (Math.min(len, 7) << 6) | (longKind[i]! << 2);
      if (len === 1) longest[i] = head | 3;
      else for (let j = 0; j < len; j++) longest[i + j] = head | (j === 0 ? 0 : j === len - 1 ? 2 : 1);
      i += len;
    }
    return { at, surname, name, longest, steps };
  }
}
