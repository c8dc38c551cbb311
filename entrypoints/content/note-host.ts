import type { Lifetime } from './lifetime';

export interface NoteHost {
  /** Where the note is rendered, inside the shadow root. */
  container: HTMLElement;
  /** Where the note's own events can be heard: they stop at its boundary and never reach the page. */
  events: EventTarget;
  remove(): void;
}

/**
 * What the reader does in the note stays in the note: the page's listeners never hear these (they
 * bubble out of the shadow root otherwise, retargeted to the host).
 */
const PRIVATE_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'focusin',
  'focusout',
  'wheel',
];

/**
 * The note's place on the page: a closed shadow root (the page cannot read or change the note) on an
 * element hung off <html>, its styles inside, so the page's styles do not reach it. Removed when the
 * extension goes.
 */
export function mountNote(css: string, attribute: string, lifetime: Lifetime): NoteHost {
  // A built-in element: a custom element name could be defined by the page first, which would then
  // construct our host (and could attach its own shadow root to it, so ours fails).
  const host = document.createElement('div');
  host.setAttribute(attribute, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  for (const type of PRIVATE_EVENTS) lifetime.listen(shadow, type, (e) => e.stopPropagation());
  const style = document.createElement('style');
  // The page's inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  const remove = () => host.remove();
  lifetime.onEnd(remove);
  return { container, events: shadow, remove };
}
