import { COLOURS, type Colour } from '../annotate/annotation';
import type { DomSpan } from '../model/text-model';

/** The highlight names of the reader's own highlights, one per colour. */
export const noteHighlightName = (colour: Colour) => `govlens-mine-${colour}`;
const NOTE_FLASH = 'govlens-mine-flash';

/**
 * The reader's colours: fuller than the entity fills, so they read as the reader's own; a note is
 * marked by nothing more than its colour here (the popup lists it).
 */
const STYLE = `
::highlight(govlens-mine-yellow) { background-color: rgb(255 225 0 / 0.6); }
::highlight(govlens-mine-green) { background-color: rgb(120 220 90 / 0.55); }
::highlight(govlens-mine-blue) { background-color: rgb(110 180 255 / 0.55); }
::highlight(govlens-mine-pink) { background-color: rgb(255 140 190 / 0.55); }
::highlight(govlens-mine-flash) { background-color: rgb(255 80 0 / 0.8); color: white; }
`;

/** Above the entity highlights (priority 0) where both cover a character. */
const PRIORITY = 1;

interface Registry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...r: Range[]) => { priority: number };

/** Paints the reader's highlights with the CSS Custom Highlight API, apart from the entity painter. */
export class NotePainter {
  private sheet: CSSStyleSheet | null = null;
  private painted = new Map<string, unknown>();
  private first: Range | null = null;

  constructor(readonly doc: Document) {}

  private get registry(): Registry {
    return (this.doc.defaultView!.CSS as unknown as { highlights: Registry }).highlights;
  }

  private get Highlight(): HighlightCtor {
    return (this.doc.defaultView as unknown as { Highlight: HighlightCtor }).Highlight;
  }

  private rangesOf(parts: readonly DomSpan[]): Range[] {
    return parts.map((p) => {
      const r = this.doc.createRange();
      r.setStart(p.node, p.start);
      r.setEnd(p.node, p.end);
      return r;
    });
  }

  private adoptSheet(): void {
    if (this.sheet) return;
    this.sheet = new this.doc.defaultView!.CSSStyleSheet();
    this.sheet.replaceSync(STYLE);
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  /** Paints every highlight in its colour, replacing what was painted before. */
  paint(items: ReadonlyArray<{ colour: Colour; parts: readonly DomSpan[] }>): void {
    // No highlight of the reader's: nothing of ours on the page, not even the stylesheet.
    if (!items.length) {
      this.clear();
      return;
    }
    this.adoptSheet();
    this.first = null;
    for (const colour of COLOURS) {
      const ranges = items.filter((i) => i.colour === colour).flatMap((i) => this.rangesOf(i.parts));
      const name = noteHighlightName(colour);
      if (!ranges.length) {
        this.registry.delete(name);
        this.painted.delete(name);
        continue;
      }
      this.first ??= ranges[0]!;
      const h = new this.Highlight(...ranges);
      h.priority = PRIORITY;
      this.registry.set(name, h);
      this.painted.set(name, h);
    }
  }

  /** Marks one highlight strongly, blinking, then leaves it as it was. */
  flash(parts: readonly DomSpan[], blinks = 3, ms = 330): Promise<void> {
    this.adoptSheet();
    const h = new this.Highlight(...this.rangesOf(parts));
    h.priority = PRIORITY + 1;
    let step = 0;
    return new Promise((done) => {
      const tick = () => {
        if (step % 2 === 0) this.registry.set(NOTE_FLASH, h);
        else this.registry.delete(NOTE_FLASH);
        if (++step < blinks * 2) this.doc.defaultView!.setTimeout(tick, ms);
        else done();
      };
      tick();
    });
  }

  /** Puts back what the page took out of its registry or adopted sheets, while the text is there. */
  reassert(): void {
    if (!this.first?.startContainer.isConnected) return;
    for (const [name, h] of this.painted) if (this.registry.get(name) !== h) this.registry.set(name, h);
    if (this.sheet && !this.doc.adoptedStyleSheets.includes(this.sheet))
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  clear(): void {
    for (const colour of COLOURS) this.registry.delete(noteHighlightName(colour));
    this.registry.delete(NOTE_FLASH);
    if (this.sheet) this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.painted.clear();
    this.first = null;
  }
}
