/** Timing helpers: warm-up runs first (JIT, lazy init), then the median of the measured runs. */

export const now = (): number => performance.now();

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the timings in ms. */
export function timeRuns(fn: () => void, warmup: number, runs: number): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn();
    samples.push(now() - t);
  }
  return samples;
}

/** The same for an async `fn`: each run is awaited before the next starts. */
export async function timeRunsAsync(
  fn: () => Promise<void>,
  warmup: number,
  runs: number,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    samples.push(now() - t);
  }
  return samples;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
