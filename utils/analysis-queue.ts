/** One analysis thread (a Web Worker; a fake in tests): one job at a time. */
export interface Runner<I, O> {
  run(input: I): Promise<O>;
  /** Stops the thread at once, whatever it is doing; the runner is not used again. */
  terminate(): void;
}

export interface QueueOptions {
  /** Threads working at once. */
  lanes: number;
  /** From this size on a job is long: long jobs leave one lane free for short ones. */
  longFrom: number;
}

interface Job<I, O> {
  tabId: number;
  frameId: number;
  input: I;
  long: boolean;
  resolve(out: O | null): void;
  reject(e: unknown): void;
}

interface Lane<I, O> {
  runner: Runner<I, O>;
  job: Job<I, O> | null;
}

/**
 * Each tab's analyses, isolated from the others': jobs run on a few threads, one job per thread;
 * a long page never takes the last free thread, so a short page opened beside it starts at once
 * instead of waiting for it. A tab has one job per frame: asking again replaces it, and a job whose
 * tab moved on or closed is cancelled, its thread stopped mid-work and started afresh. A cancelled
 * job is answered null.
 */
export class AnalysisQueue<I, O> {
  private readonly lanes: Array<Lane<I, O>>;
  private waiting: Array<Job<I, O>> = [];

  constructor(
    private readonly spawn: () => Runner<I, O>,
    /** The size of a job's input, in the unit of `longFrom`. */
    private readonly size: (input: I) => number,
    private readonly options: QueueOptions,
  ) {
    // Started now, so the first page does not wait for a thread to load the engine.
    this.lanes = Array.from({ length: Math.max(1, options.lanes) }, () => ({ runner: spawn(), job: null }));
  }

  /** Analyses a frame's page; a job already there for the same frame is cancelled. */
  run(tabId: number, frameId: number, input: I): Promise<O | null> {
    this.cancel(tabId, frameId);
    return new Promise((resolve, reject) => {
      const long = this.size(input) >= this.options.longFrom;
      this.waiting.push({ tabId, frameId, input, long, resolve, reject });
      this.pump();
    });
  }

  /** Cancels a tab's jobs, or one frame's: waiting ones are dropped, running ones stopped. */
  cancel(tabId: number, frameId?: number): void {
    const matches = (j: Job<I, O>) => j.tabId === tabId && (frameId === undefined || j.frameId === frameId);
    const dropped = this.waiting.filter(matches);
    this.waiting = this.waiting.filter((j) => !matches(j));
    for (const job of dropped) job.resolve(null);
    for (const lane of this.lanes) {
      const job = lane.job;
      if (!job || !matches(job)) continue;
      this.restart(lane);
      job.resolve(null);
    }
    this.pump();
  }

  /** Jobs waiting and running, for tests and diagnostics. */
  get load(): { waiting: number; running: number } {
    return { waiting: this.waiting.length, running: this.lanes.filter((l) => l.job).length };
  }

  private restart(lane: Lane<I, O>): void {
    lane.runner.terminate();
    lane.runner = this.spawn();
    lane.job = null;
  }

  private pump(): void {
    for (const job of [...this.waiting]) {
      const free = this.lanes.find((l) => !l.job);
      if (!free) return;
      const longRunning = this.lanes.filter((l) => l.job?.long).length;
      // The last free lane is kept for short pages.
      if (job.long && this.lanes.length > 1 && longRunning >= this.lanes.length - 1) continue;
      this.waiting.splice(this.waiting.indexOf(job), 1);
      this.start(free, job);
    }
  }

  private start(lane: Lane<I, O>, job: Job<I, O>): void {
    lane.job = job;
    const runner = lane.runner;
    const done = (settle: () => void, failed: boolean) => {
      // Cancelled meanwhile: the job was answered then, and the lane has moved on.
      if (lane.job !== job || lane.runner !== runner) return;
      // A thread that failed may be broken: start a new one.
      if (failed) this.restart(lane);
      else lane.job = null;
      settle();
      this.pump();
    };
    runner.run(job.input).then(
      (out) => done(() => job.resolve(out), false),
      (e: unknown) => done(() => job.reject(e), true),
    );
  }
}
