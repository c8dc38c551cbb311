import type { Lifetime } from './lifetime';

export interface NoteHost {
  /** Where the note is rendered, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

/**
 * The note's place on the page: a shadow root on an element hung off <html>, its styles inside, so
 * the page's styles do not reach it. Removed when the extension goes.
 */
export function mountNote(css: string, attribute: string, lifetime: Lifetime): NoteHost {
  // A built-in element: a custom element name could be defined by the page first, which would then
  // construct our host (and could attach its own shadow root to it, so ours fails).
  const host = document.createElement('div');
  host.setAttribute(attribute, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.documentElement.append(host);
  const remove = () => host.remove();
  lifetime.onEnd(remove);
  return { container, remove };
}
