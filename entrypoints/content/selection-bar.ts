import { i18n } from '#i18n';
import { COLOURS, type Colour } from '../../lib/annotate/annotation';

export interface SelectionBarHandlers {
  highlight(colour: Colour): void;
  note(text: string): void;
  /** The bar was closed without a choice. */
  closed(): void;
}

/** Room kept between the selection and the bar, and from the viewport's edges. */
const GAP = 8;

/**
 * The small bar over a selection: 高亮 in the reader's colours and 批注. Built with DOM calls only
 * (no markup strings) inside the note's closed shadow root, so the page can neither read nor restyle it.
 */
export class SelectionBar {
  private readonly bar: HTMLDivElement;
  private readonly buttons: HTMLDivElement;
  private readonly form: HTMLFormElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly message: HTMLDivElement;

  constructor(
    root: ShadowRoot,
    css: string,
    private readonly handlers: SelectionBarHandlers,
  ) {
    const doc = root.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string) => {
      const e = doc.createElement(tag);
      if (cls) e.className = cls;
      return e;
    };
    const style = el('style');
    style.textContent = css;
    this.bar = el('div', 'selbar');
    this.bar.hidden = true;
    this.bar.setAttribute('role', 'toolbar');
    this.bar.setAttribute('aria-label', i18n.t('notes.bar'));
    // A press on the bar must not take the page's selection away before a button acts on it.
    this.bar.addEventListener('mousedown', (e) => {
      if (e.target !== this.textarea) e.preventDefault();
    });
    this.bar.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });

    this.buttons = el('div', 'actions');
    for (const colour of COLOURS) {
      const b = el('button', 'swatch');
      b.type = 'button';
      b.dataset.colour = colour;
      const label = i18n.t(`notes.colour.${colour}`);
      b.setAttribute('aria-label', label);
      b.title = label;
      b.addEventListener('click', () => handlers.highlight(colour));
      this.buttons.append(b);
    }
    const note = el('button');
    note.type = 'button';
    note.dataset.action = 'note';
    note.textContent = i18n.t('notes.note');
    note.addEventListener('click', () => this.openNote());
    this.buttons.append(note);

    this.form = el('form');
    this.form.hidden = true;
    this.textarea = el('textarea');
    this.textarea.placeholder = i18n.t('notes.notePlaceholder');
    this.textarea.setAttribute('aria-label', i18n.t('notes.note'));
    const save = el('button');
    save.type = 'submit';
    save.textContent = i18n.t('notes.save');
    const cancel = el('button');
    cancel.type = 'button';
    cancel.textContent = i18n.t('notes.cancel');
    cancel.addEventListener('click', () => this.close());
    const row = el('div', 'actions');
    row.append(cancel, save);
    this.form.append(this.textarea, row);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      handlers.note(this.textarea.value.trim());
    });
    this.message = el('div', 'message');
    this.message.setAttribute('role', 'status');
    this.bar.append(this.buttons, this.form, this.message);
    root.append(style, this.bar);
  }

  get visible(): boolean {
    return !this.bar.hidden;
  }

  /** The note field is open: the page's selection may go (focus is in the field), the bar stays. */
  get writing(): boolean {
    return this.visible && !this.form.hidden;
  }

  /** Shows the bar above the selection (below it where there is no room), in either mode. */
  show(rect: { left: number; top: number; bottom: number }, mode: 'buttons' | 'note' = 'buttons'): void {
    this.message.textContent = '';
    this.buttons.hidden = mode === 'note';
    this.form.hidden = mode !== 'note';
    this.bar.hidden = false;
    const win = this.bar.ownerDocument.defaultView!;
    const { width, height } = this.bar.getBoundingClientRect();
    const above = rect.top - height - GAP;
    const top = above >= GAP ? above : Math.min(rect.bottom + GAP, win.innerHeight - height - GAP);
    const left = Math.max(GAP, Math.min(rect.left, win.innerWidth - width - GAP));
    this.bar.style.top = `${Math.max(GAP, top)}px`;
    this.bar.style.left = `${left}px`;
    if (mode === 'note') this.focusNote();
  }

  private openNote(): void {
    this.buttons.hidden = true;
    this.form.hidden = false;
    this.focusNote();
  }

  private focusNote(): void {
    this.textarea.value = '';
    this.textarea.focus();
  }

  /** Says what went wrong, in the bar. */
  fail(text: string): void {
    this.message.textContent = text;
  }

  hide(): void {
    this.bar.hidden = true;
    this.form.hidden = true;
    this.textarea.value = '';
  }

  private close(): void {
    this.hide();
    this.handlers.closed();
  }
}
