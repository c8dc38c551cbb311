import { i18n } from '#i18n';
import { anchor } from '../../lib/annotate/anchor';
import { type Annotation, type Colour, newAnnotationId } from '../../lib/annotate/annotation';
import { pageSpans, printedText, selectionSpan, type TextSpan } from '../../lib/annotate/page-range';
import { describe } from '../../lib/annotate/selectors';
import { NotePainter } from '../../lib/highlight/note-painter';
import type { MappedText } from '../../lib/model/mapped-text';
import type { DomSpan, TextModel } from '../../lib/model/text-model';
import {
  type NoteState,
  type NotesAction,
  type NotesReply,
  type NotesState,
  sendMessage,
} from '../../utils/messages';
import type { Lifetime } from './lifetime';
import { SelectionBar } from './selection-bar';

interface Article {
  model: TextModel;
  map: MappedText;
  /** The article's address without its #fragment. */
  url: string;
}

type Placed = NoteState & { parts: DomSpan[] };

/**
 * The reader's own highlights and notes on the page: the selection bar, painting, and the answers to
 * the popup and the keyboard commands. The library is the background's; this keeps what the page shows.
 */
export class ReaderNotes {
  private article: Article | null = null;
  private placed: Placed[] = [];
  private painter: NotePainter | null = null;
  private bar: SelectionBar | null = null;
  /** The selection the bar acts on, taken when it was shown (focus in the note field drops it). */
  private pending: TextSpan | null = null;
  private error: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly lifetime: Lifetime,
  ) {
    lifetime.listen(doc, 'mouseup', () => this.later(() => this.offer()));
    lifetime.listen(doc, 'keyup', (e: KeyboardEvent) => {
      if (e.key === 'Escape') this.closeBar();
      else if (e.shiftKey || e.key.startsWith('Arrow')) this.later(() => this.offer());
    });
    // A press elsewhere on the page (the bar's own presses stop at the shadow root) closes the bar.
    lifetime.listen(doc, 'mousedown', () => {
      if (this.bar?.visible) this.closeBar();
    });
    lifetime.listen(doc, 'selectionchange', () => {
      if (this.bar?.visible && !this.bar.writing && this.doc.getSelection()?.isCollapsed) this.closeBar();
    });
  }

  /** The bar goes in the note's shadow root. */
  mountBar(root: ShadowRoot, css: string): void {
    this.bar = new SelectionBar(root, css, {
      highlight: (colour) => void this.create(colour, ''),
      note: (text) => void this.create('yellow', text),
      closed: () => {
        this.pending = null;
      },
    });
  }

  private later(fn: () => void): void {
    this.doc.defaultView?.setTimeout(() => {
      if (this.lifetime.alive) fn();
    }, 0);
  }

  /** The selection as a span of the article's normalized text, and where it is on screen. */
  private selection(): { span: TextSpan; rect: DOMRect } | null {
    const sel = this.doc.getSelection();
    if (!this.article || !sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    const span = selectionSpan(range, this.article.model, this.article.map);
    if (!span || !this.article.map.text.slice(span.start, span.end).trim()) return null;
    return { span, rect: range.getBoundingClientRect() };
  }

  private offer(): void {
    if (this.bar?.writing) return;
    const got = this.selection();
    if (!got || !this.bar) return;
    this.pending = got.span;
    this.bar.show(got.rect);
  }

  private closeBar(): void {
    this.bar?.hide();
    this.pending = null;
  }

  /**
   * Reads the reader's highlights of this article and puts them on the page: after every reading, in
   * the document the article was read from (the page, or a same-origin frame). `supported`: that
   * document has the CSS Custom Highlight API.
   */
  async attach(
    model: TextModel,
    map: MappedText,
    url: string,
    doc: Document,
    supported: boolean,
  ): Promise<void> {
    const key = url.split('#')[0]!;
    // A selection of the text read before is no span of this one.
    this.closeBar();
    this.article = { model, map, url: key };
    // The article moved to another document (the page, a frame): the old one's highlights go.
    if (this.painter && (!supported || this.painter.doc !== doc)) this.unpaint();
    if (supported) this.painter ??= new NotePainter(doc);
    const reply = await sendMessage('govlens:notes:list', key).catch(
      (e: unknown): NotesReply => ({ ok: false, error: String(e) }),
    );
    if (this.article?.url !== key) return;
    this.take(reply);
  }

  /** Whether every placed highlight is still in the page (the page may have written its text anew). */
  connected(): boolean {
    return this.placed.every((p) => p.parts.every((part) => part.node.isConnected));
  }

  /** The page is read again or left: nothing of ours stays on it. */
  detach(): void {
    this.article = null;
    this.placed = [];
    this.painter?.clear();
    this.painter = null;
    this.closeBar();
  }

  /** 清除标注: the page as it was, the reader's highlights too (they stay in the library). */
  unpaint(): void {
    this.painter?.clear();
    this.painter = null;
  }

  /** After the script switch wrote the text nodes again (live ranges collapse): paint again. */
  repaint(): void {
    this.painter?.paint(
      this.placed.filter((p) => p.parts.length).map((p) => ({ colour: p.annotation.colour, parts: p.parts })),
    );
  }

  reassert(): void {
    this.painter?.reassert();
  }

  private take(reply: NotesReply): void {
    if (!reply.ok) {
      this.error = reply.error;
      return;
    }
    this.error = null;
    this.place(reply.annotations);
  }

  /** Anchors every highlight in today's text, in page order, the ones not found (未能定位) last. */
  private place(annotations: readonly Annotation[]): void {
    const a = this.article;
    if (!a) return;
    this.placed = annotations.map((annotation) => {
      const found = anchor(a.map.text, annotation.selectors);
      if (found.status === 'orphaned') return { annotation, at: null, via: null, parts: [] };
      return { annotation, at: found.start, via: found.via, parts: pageSpans(found, a.model, a.map) };
    });
    this.placed.sort((x, y) => (x.at ?? Number.POSITIVE_INFINITY) - (y.at ?? Number.POSITIVE_INFINITY));
    this.repaint();
  }

  state(): NotesState {
    return {
      notes: this.placed.map(({ annotation, at, via }) => ({ annotation, at, via })),
      error: this.error,
    };
  }

  /** A new highlight of the pending selection (or the page's selection, from a command). */
  private async create(colour: Colour, note: string, span = this.pending): Promise<void> {
    const a = this.article;
    if (!a || !span) return;
    const now = Date.now();
    const annotation: Annotation = {
      id: newAnnotationId(),
      url: a.url,
      colour,
      note,
      text: printedText(span, a.model, a.map),
      selectors: describe(a.map.text, span.start, span.end),
      created: now,
      updated: now,
    };
    const reply = await sendMessage('govlens:notes:put', annotation);
    if (!reply.ok) {
      this.bar?.fail(i18n.t('notes.failed', [reply.error]));
      this.error = reply.error;
      return;
    }
    this.closeBar();
    // The selection's own colour would hide the new highlight.
    this.doc.getSelection()?.removeAllRanges();
    this.take(reply);
  }

  async act(action: NotesAction): Promise<NotesState> {
    if ('highlightSelection' in action) {
      const got = this.selection();
      if (!got) this.error = i18n.t('notes.notInArticle');
      else if (action.highlightSelection === 'note') {
        this.pending = got.span;
        this.bar?.show(got.rect, 'note');
      } else await this.create(action.highlightSelection, '', got.span);
    } else if ('revealNote' in action) this.reveal(action.revealNote);
    else if ('editNote' in action) {
      const p = this.placed.find((x) => x.annotation.id === action.editNote.id);
      if (p)
        this.take(
          await sendMessage('govlens:notes:put', {
            ...p.annotation,
            note: action.editNote.note,
            updated: Date.now(),
          }),
        );
    } else if ('removeNote' in action) {
      if (this.article)
        this.take(
          await sendMessage('govlens:notes:remove', { url: this.article.url, id: action.removeNote }),
        );
    } else if ('restoreNote' in action) {
      this.take(await sendMessage('govlens:notes:put', action.restoreNote));
    }
    return this.state();
  }

  /** Scrolls to a highlight and flashes it. */
  private reveal(id: string): void {
    const p = this.placed.find((x) => x.annotation.id === id);
    const first = p?.parts[0];
    if (!p || !first) return;
    first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (this.painter) void this.painter.flash(p.parts);
  }
}

export const isNotesAction = (action: object): action is NotesAction =>
  ['highlightSelection', 'revealNote', 'editNote', 'removeNote', 'restoreNote'].some((k) => k in action);
