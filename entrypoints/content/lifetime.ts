import { browser } from 'wxt/browser';

/**
 * How long the content script lives: until the extension is reloaded or removed, when
 * `browser.runtime.id` goes. Not WXT's ContentScriptContext, which stops when it sees its start-up
 * event on the document: that event is named by the extension's id, which is public (the store id, the
 * add-on id), so any page could forge it and switch the extension off.
 */
export class Lifetime {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension is gone; then every listener added here is removed. */
  get alive(): boolean {
    if (!browser.runtime?.id) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onEnd(cb: () => void): void {
    this.controller.signal.addEventListener('abort', cb, { once: true });
  }

  /** Listens until the end of the lifetime. */
  listen<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (e: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }
}
