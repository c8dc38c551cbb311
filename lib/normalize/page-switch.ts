import type { Script, ScriptServices } from './services';

type Convert = ScriptServices['convert'];

export type ScriptMode = 'original' | Script;

/**
 * Switches the article's own text nodes between the page's original script, simplified and
 * traditional, in place. Only `Text.data` of the given nodes changes — never elements, attributes,
 * scripts or inputs — and switching back to `original` writes back the exact original strings, so
 * the DOM is then identical to what it was.
 */
export class ScriptSwitch {
  private readonly originals: string[];
  private mode: ScriptMode = 'original';
  /** Counts requests, so a conversion that answers after a newer request is dropped (rapid clicks). */
  private requests = 0;

  constructor(private readonly nodes: readonly Text[]) {
    this.originals = nodes.map((n) => n.data);
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
    this.nodes.forEach((node, i) => {
      const next = converted[i] ?? this.originals[i]!;
      if (node.data !== next) node.data = next;
    });
    this.mode = mode;
  }

  restore(): void {
    this.requests++;
    this.nodes.forEach((node, i) => {
      if (node.data !== this.originals[i]) node.data = this.originals[i]!;
    });
    this.mode = 'original';
  }
}
