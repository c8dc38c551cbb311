import type { Lifetime } from './lifetime';

/** How often the address is compared, how long the DOM must be quiet after a move, and at most. */
const NAV = { pollMs: 400, quietMs: 300, maxMs: 3000 };

/** The page's address without its fragment: a jump to an anchor is the same article. */
const address = () => location.href.replace(/#.*$/, '');

/** Resolves when the page's DOM has had no elements added or removed for a moment (or at most maxMs). */
function settled(): Promise<void> {
  return new Promise((done) => {
    const start = Date.now();
    let quiet: ReturnType<typeof setTimeout>;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quiet);
      done();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(finish, Date.now() - start > NAV.maxMs ? 0 : NAV.quietMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    quiet = setTimeout(finish, NAV.quietMs);
  });
}

/**
 * Single-page apps move to another article without a load (history.pushState, back and forward):
 * when the address changes, and the new page has been drawn, `onMove` is called. The page's own
 * pushState is not seen from this script's world, so besides popstate and the Navigation API's
 * currententrychange (where the browser has it) the address is compared on a clock.
 */
export function watchNavigation(lifetime: Lifetime, onMove: () => Promise<void>): void {
  let last = address();
  const check = () => {
    if (!lifetime.alive || address() === last) return;
    last = address();
    void settled().then(() => (lifetime.alive && address() === last ? onMove() : undefined));
  };
  lifetime.listen(window, 'popstate', check);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function')
    lifetime.listen(navigation, 'currententrychange', check);
  const clock = setInterval(check, NAV.pollMs);
  lifetime.onEnd(() => clearInterval(clock));
}
