/**
 * Work that can pause: a generator that yields between small units of work (a few DOM nodes, a few
 * lines). The CLI and the tests run it to the end at once; the content script runs it in slices of a
 * few milliseconds and gives the page's main thread back in between, so a long page never freezes.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many units a loop does between offers to pause: small enough that one batch is far below a slice. */
export const BATCH = 16;

/** Runs the steps to the end, without pausing. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Longest run before the page gets its thread back. A frame at 60 Hz is 16.7 ms; 10 ms leaves room for
 * one batch to overrun and for the page's own work in the same frame (RAIL's 50 ms budget per task
 * is the outer bound, web.dev/articles/rail).
 */
export const SLICE_MS = 10;

export interface SliceOptions {
  sliceMs?: number;
  /** Gives the thread back to the page; resolves when this work may go on. */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Checked after each pause: true stops the work (the page moved on), and the run rejects. */
  cancelled?: () => boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Runs the steps in slices of at most `sliceMs` (plus one batch), pausing in between. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const pause = options.pause ?? yieldToPage;
  const now = options.now ?? (() => performance.now());
  let start = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - start < sliceMs) continue;
    await pause();
    if (options.cancelled?.()) {
      steps.return(undefined as never);
      throw new Cancelled();
    }
    start = now();
  }
}

/**
 * Lets the page's tasks, input and rendering run, then comes back: a message to ourselves (a new task
 * without setTimeout's 4 ms clamp), else setTimeout. Not scheduler.yield(): its continuation runs
 * before the page's queued tasks, and over a long page the page's own timers starved for a second.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'function')
    return new Promise((resume) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resume();
      };
      channel.port2.postMessage(null);
    });
  return new Promise((resume) => setTimeout(resume, 0));
}
