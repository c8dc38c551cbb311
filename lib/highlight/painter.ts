import type { EntityKind } from '../recognize/index';
import type { EntityRanges } from './ranges';

export const KINDS: readonly EntityKind[] = ['official', 'place', 'organization', 'policy'];

/** The highlight names in the page's registry, one per kind. */
export const highlightName = (kind: EntityKind) => `govlens-${kind}`;

/**
 * Colours readable on light and dark pages: translucent fills under the text, an underline in a
 * stronger tone of the same colour.
 */
const STYLE = `
::highlight(govlens-official) { background-color: rgb(255 179 0 / 0.35); text-decoration: underline 2px rgb(200 120 0); }
::highlight(govlens-place) { background-color: rgb(0 160 255 / 0.25); text-decoration: underline 2px rgb(0 110 200); }
::highlight(govlens-organization) { background-color: rgb(0 190 110 / 0.25); text-decoration: underline 2px rgb(0 135 75); }
::highlight(govlens-policy) { background-color: rgb(150 80 255 / 0.22); text-decoration: underline 2px rgb(120 60 210); }
::highlight(govlens-flash) { background-color: rgb(255 80 0 / 0.75); color: white; }
`;

/** The highlight that marks a mention the reader asked to see. */
export const FLASH = 'govlens-flash';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

/**
 * Paints mentions with the CSS Custom Highlight API: Ranges in the page's highlight registry and a
 * constructed stylesheet, so the page's DOM is never touched (Chromium ≥ 105, Firefox ≥ 140).
 */
export class HighlightPainter {
  private ranges = new Map<EntityKind, Range[]>();
  /** Mentions painted per kind: a mention across several text nodes has several ranges but is one. */
  private mentions = new Map<EntityKind, number>();
  private visible = new Set<EntityKind>(KINDS);
  private sheet: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  static supported(win: Window & typeof globalThis): boolean {
    return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  private get registry(): HighlightRegistry {
    return (this.doc.defaultView!.CSS as unknown as { highlights: HighlightRegistry }).highlights;
  }

  private adoptSheet(): void {
    if (this.sheet) return;
    const win = this.doc.defaultView!;
    this.sheet = new win.CSSStyleSheet();
    this.sheet.replaceSync(STYLE);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  /** One Range per text node the mention crosses. */
  private rangesOf(entity: EntityRanges): Range[] {
    return entity.parts.map((p) => {
      const r = this.doc.createRange();
      r.setStart(p.node, p.start);
      r.setEnd(p.node, p.end);
      return r;
    });
  }

  /**
   * Marks one mention strongly, blinking three times over about two seconds, then leaves it as it
   * was; resolves when done.
   */
  flash(entity: EntityRanges, blinks = 3, ms = 330): Promise<void> {
    this.adoptSheet();
    const win = this.doc.defaultView as unknown as { Highlight: new (...r: Range[]) => unknown };
    const highlight = new win.Highlight(...this.rangesOf(entity));
    let step = 0;
    return new Promise((done) => {
      const tick = () => {
        if (step % 2 === 0) this.registry.set(FLASH, highlight);
        else this.registry.delete(FLASH);
        if (++step < blinks * 2) this.doc.defaultView!.setTimeout(tick, ms);
        else done();
      };
      tick();
    });
  }

  paint(entities: readonly EntityRanges[]): void {
    this.ranges = new Map(KINDS.map((k) => [k, []]));
    this.mentions = new Map();
    for (const e of entities) {
      this.ranges.get(e.kind)!.push(...this.rangesOf(e));
      this.mentions.set(e.kind, (this.mentions.get(e.kind) ?? 0) + 1);
    }
    this.adoptSheet();
    this.render();
  }

  setVisible(kind: EntityKind, on: boolean): void {
    if (on) this.visible.add(kind);
    else this.visible.delete(kind);
    this.render();
  }

  isVisible(kind: EntityKind): boolean {
    return this.visible.has(kind);
  }

  /** How many mentions of a kind are painted. */
  count(kind: EntityKind): number {
    return this.mentions.get(kind) ?? 0;
  }

  private render(): void {
    const win = this.doc.defaultView as unknown as { Highlight: new (...r: Range[]) => unknown };
    for (const kind of KINDS) {
      const ranges = this.ranges.get(kind) ?? [];
      if (this.visible.has(kind) && ranges.length)
        this.registry.set(highlightName(kind), new win.Highlight(...ranges));
      else this.registry.delete(highlightName(kind));
    }
  }

  /** Removes every highlight and the stylesheet: the page is as it was. */
  clear(): void {
    this.mentions.clear();
    for (const kind of KINDS) this.registry.delete(highlightName(kind));
    this.registry.delete(FLASH);
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.ranges.clear();
  }
}
