import type { Script, ScriptServices } from './services';

type Convert = ScriptServices['convert'];

export type ScriptMode = 'original' | Script;

/**
 * Switches the article's own text nodes between the page's original script, simplified and
 * traditional, in place. Only `Text.data` of the given nodes changes — never elements, attributes,
 * scripts or inputs — and switching back to `original` writes back the exact original strings, so
 * the DOM is then identical to what it was. A node whose text the page itself changed after it was
 * read (a live counter, a ticking clock) is the page's: it is neither converted nor restored.
 */
export class ScriptSwitch {
  private readonly originals: string[];
  /** What each node held when the switch last read or wrote it. */
  private readonly last: string[];
  private mode: ScriptMode = 'original';
  /** Counts requests, so a conversion that answers after a newer request is dropped (rapid clicks). */
  private requests = 0;

  constructor(private readonly nodes: readonly Text[]) {
    this.originals = nodes.map((n) => n.data);
    this.last = [...this.originals];
  }

  get current(): ScriptMode {
    return this.mode;
  }

  async set(mode: ScriptMode, convert: Convert): Promise<void> {
    const request = ++this.requests;
    if (mode === 'original') {
      this.restore();
      return;
    }
    const converted = await convert(this.originals, mode);
    if (request !== this.requests) return;
    for (let i = 0; i < this.nodes.length; i++) this.write(i, converted[i] ?? this.originals[i]!);
    this.mode = mode;
  }

  restore(): void {
    this.requests++;
    for (let i = 0; i < this.nodes.length; i++) this.write(i, this.originals[i]!);
    this.mode = 'original';
  }

  /** Writes a node only while it still holds what the switch last read or wrote there. */
  private write(i: number, next: string): void {
    const node = this.nodes[i]!;
    if (node.data !== this.last[i]) return;
    if (node.data !== next) node.data = next;
    this.last[i] = next;
  }
}
