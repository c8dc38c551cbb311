import { describe, expect, it } from 'vitest';
import { AnalysisQueue, type Runner } from '../../utils/analysis-queue';

/** A job's input: a page name and its size. */
type Page = { name: string; size: number };

/** Fake threads: each job waits until the test finishes it; terminated threads are recorded. */
function threads() {
  const started: Array<{ page: Page; finish(out?: string): void; fail(e: Error): void; runner: number }> = [];
  const terminated: number[] = [];
  let made = 0;
  const spawn = (): Runner<Page, string> => {
    const id = made++;
    return {
      run: (page) =>
        new Promise((resolve, reject) => {
          started.push({
            page,
            finish: (out) => resolve(out ?? `card of ${page.name}`),
            fail: reject,
            runner: id,
          });
        }),
      terminate: () => terminated.push(id),
    };
  };
  const running = (name: string) => started.find((s) => s.page.name === name);
  return { spawn, started, terminated, running, made: () => made };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const queueOf = (t: ReturnType<typeof threads>) =>
  new AnalysisQueue<Page, string>(t.spawn, (p) => p.size, { lanes: 2, longFrom: 50_000 });

describe('each tab analysed on its own: a queue over a few threads', () => {
  it('starts its threads at once, before the first page comes', () => {
    const t = threads();
    queueOf(t);
    expect(t.made()).toBe(2);
  });

  it('starts a short page beside a long one at once, and answers it first', async () => {
    const t = threads();
    const q = queueOf(t);
    const long = q.run(1, 0, { name: 'report', size: 600_000 });
    const short = q.run(2, 0, { name: 'news', size: 3_000 });
    await flush();
    expect(t.started.map((s) => s.page.name)).toEqual(['report', 'news']);
    t.running('news')!.finish();
    expect(await short).toBe('card of news');
    t.running('report')!.finish();
    expect(await long).toBe('card of report');
  });

  it('never gives the last free thread to a long page: a second long page waits, a short one does not', async () => {
    const t = threads();
    const q = queueOf(t);
    const first = q.run(1, 0, { name: 'report', size: 600_000 });
    const second = q.run(2, 0, { name: 'yearbook', size: 800_000 });
    await flush();
    expect(q.load).toEqual({ waiting: 1, running: 1 });
    const short = q.run(3, 0, { name: 'news', size: 3_000 });
    await flush();
    expect(t.running('news')).toBeDefined();
    t.running('news')!.finish();
    await short;
    // The short page done, the second long page still waits for the first one's thread.
    expect(t.running('yearbook')).toBeUndefined();
    t.running('report')!.finish();
    await first;
    await flush();
    t.running('yearbook')!.finish();
    expect(await second).toBe('card of yearbook');
  });

  it('short pages share both threads, in the order they came', async () => {
    const t = threads();
    const q = queueOf(t);
    const answers = ['a', 'b', 'c'].map((name, i) => q.run(i + 1, 0, { name, size: 100 }));
    await flush();
    expect(t.started.map((s) => s.page.name)).toEqual(['a', 'b']);
    t.running('a')!.finish();
    await answers[0];
    await flush();
    expect(t.started.map((s) => s.page.name)).toEqual(['a', 'b', 'c']);
  });

  it('cancels a closed tab: its running job is stopped mid-work, answered null, and a fresh thread takes the next', async () => {
    const t = threads();
    const q = queueOf(t);
    const long = q.run(1, 0, { name: 'report', size: 600_000 });
    const other = q.run(2, 0, { name: 'yearbook', size: 800_000 });
    await flush();
    const stopped = t.running('report')!.runner;
    q.cancel(1);
    expect(await long).toBeNull();
    expect(t.terminated).toEqual([stopped]);
    await flush();
    // The waiting long page starts on the new thread, not the stopped one.
    const next = t.running('yearbook')!;
    expect(next.runner).not.toBe(stopped);
    // A late answer from the stopped thread changes nothing.
    t.started.find((s) => s.page.name === 'report')!.finish('stale');
    next.finish();
    expect(await other).toBe('card of yearbook');
  });

  it('drops a waiting job of a tab that moved on', async () => {
    const t = threads();
    const q = queueOf(t);
    q.run(1, 0, { name: 'a', size: 100 });
    q.run(2, 0, { name: 'b', size: 100 });
    const waiting = q.run(3, 0, { name: 'c', size: 100 });
    q.cancel(3);
    expect(await waiting).toBeNull();
    expect(q.load).toEqual({ waiting: 0, running: 2 });
    expect(t.terminated).toEqual([]);
  });

  it('replaces a frame’s job when the page asks again: the old one is answered null', async () => {
    const t = threads();
    const q = queueOf(t);
    const before = q.run(1, 0, { name: 'before', size: 100 });
    await flush();
    const after = q.run(1, 0, { name: 'after', size: 100 });
    expect(await before).toBeNull();
    await flush();
    t.running('after')!.finish();
    expect(await after).toBe('card of after');
  });

  it('keeps other frames of the tab, and other tabs, when one frame asks again', async () => {
    const t = threads();
    const q = queueOf(t);
    const frame = q.run(1, 3, { name: 'frame', size: 100 });
    q.run(1, 0, { name: 'top', size: 100 });
    q.run(1, 0, { name: 'top again', size: 100 });
    await flush();
    t.running('frame')!.finish();
    expect(await frame).toBe('card of frame');
  });

  it('passes a failure on and starts a new thread in place of the failed one', async () => {
    const t = threads();
    const q = queueOf(t);
    const failing = q.run(1, 0, { name: 'broken', size: 100 });
    await flush();
    t.running('broken')!.fail(new Error('out of memory'));
    await expect(failing).rejects.toThrow('out of memory');
    expect(t.made()).toBe(3);
    const next = q.run(2, 0, { name: 'news', size: 100 });
    await flush();
    t.running('news')!.finish();
    expect(await next).toBe('card of news');
  });
});
