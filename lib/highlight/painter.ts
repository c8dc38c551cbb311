import type { EntityKind } from '../recognize/index';
import { BATCH, runAtOnce, type Steps } from '../slices';
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
  get(name: string): unknown;
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
  /** What this painter put in the registry, by name: to see whether the page took it out. */
  private painted = new Map<string, unknown>();

  constructor(readonly doc: Document) {}

  static supported(win: Window & typeof globalThis): boolean {
    return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  private get registry(): HighlightRegistry {
    return (this.doc.defaultView!.CSS as unknown as { highlights: HighlightRegistry }).highlights;
  }

  private adoptSheet(): void {
    if (!this.sheet) {
      // One sheet per document, kept between readings: on a big page each change of a sheet with
      // ::highlight rules costs the browser a style pass over every element (0.7–1 s on a 1.7 MB page).
      const win = this.doc.defaultView!;
      this.sheet = sheets.get(this.doc) ?? new win.CSSStyleSheet();
      if (!sheets.has(this.doc)) {
        this.sheet.replaceSync(STYLE);
        sheets.set(this.doc, this.sheet);
      }
    }
    if (!this.doc.adoptedStyleSheets.includes(this.sheet))
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
    runAtOnce(this.paintSteps(entities));
  }

  /**
   * paint, pausing every few mentions (lib/slices.ts). The ranges are made first and shown at once
   * at the end, so the page never shows half of them.
   */
  *paintSteps(entities: readonly EntityRanges[]): Steps<void> {
    const ranges = new Map<EntityKind, Range[]>(KINDS.map((k) => [k, []]));
    const mentions = new Map<EntityKind, number>();
    for (const [i, e] of entities.entries()) {
      if (i % BATCH === BATCH - 1) yield;
      for (const r of this.rangesOf(e)) ranges.get(e.kind)!.push(r);
      mentions.set(e.kind, (mentions.get(e.kind) ?? 0) + 1);
    }
    this.ranges = ranges;
    this.mentions = mentions;
    this.adoptSheet();
    yield* this.renderSteps();
  }

  setVisible(kind: EntityKind, on: boolean): void {
    if (on) this.visible.add(kind);
    else this.visible.delete(kind);
    // Before painting there is nothing to show or hide (and the registry may hold a previous painter's).
    if (this.ranges.size) this.render();
  }

  isVisible(kind: EntityKind): boolean {
    return this.visible.has(kind);
  }

  /** How many mentions of a kind are painted. */
  count(kind: EntityKind): number {
    return this.mentions.get(kind) ?? 0;
  }

  private render(): void {
    runAtOnce(this.renderSteps());
  }

  /**
   * A Highlight per kind, filled a batch at a time (one call with thousands of ranges is one long
   * task), then all shown at once: each frame drawn with highlights costs the browser a repaint.
   */
  private *renderSteps(): Steps<void> {
    const win = this.doc.defaultView as unknown as {
      Highlight: new (...r: Range[]) => { add(r: Range): void };
    };
    const shown = new Map<string, unknown>();
    for (const kind of KINDS) {
      const ranges = this.ranges.get(kind) ?? [];
      if (!this.visible.has(kind) || !ranges.length) continue;
      const highlight = new win.Highlight();
      for (const [i, r] of ranges.entries()) {
        if (i % BATCH === BATCH - 1) yield;
        highlight.add(r);
      }
      shown.set(highlightName(kind), highlight);
    }
    for (const kind of KINDS) {
      const name = highlightName(kind);
      const highlight = shown.get(name);
      if (highlight) {
        this.registry.set(name, highlight);
        this.painted.set(name, highlight);
      } else {
        this.registry.delete(name);
        this.painted.delete(name);
      }
    }
  }

  /**
   * Puts back what the page took away (highlights out of its registry, the stylesheet out of its
   * adopted sheets) while the painted text is still in the page; true when something was put back.
   */
  reassert(): boolean {
    const kept = [...this.ranges.values()].find((r) => r.length)?.[0];
    if (!kept?.startContainer.isConnected) return false;
    let changed = false;
    for (const [name, highlight] of this.painted) {
      if (this.registry.get(name) === highlight) continue;
      this.registry.set(name, highlight);
      changed = true;
    }
    if (this.sheet && !this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
      changed = true;
    }
    return changed;
  }

  /**
   * Removes every highlight and the stylesheet: the page is as it was. `keepStyle` leaves the (then
   * inert) stylesheet for the next painter of the same document: the page is read again.
   */
  clear(keepStyle = false): void {
    this.mentions.clear();
    for (const kind of KINDS) this.registry.delete(highlightName(kind));
    this.registry.delete(FLASH);
    const sheet = this.sheet;
    if (sheet && !keepStyle)
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
    this.sheet = null;
    this.ranges.clear();
    this.painted.clear();
  }
}

/** The highlight stylesheet of each document painted. */
const sheets = new WeakMap<Document, CSSStyleSheet>();
