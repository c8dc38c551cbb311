/**
 * Peak heap while the engine runs. With --expose-gc the heap is collected before each page, so the
 * peak reflects one page's document and analysis rather than garbage left by earlier pages.
 */

const gc = (globalThis as { gc?: () => void }).gc;

export const gcAvailable = gc !== undefined;

export function collect(): void {
  gc?.();
}

export class HeapPeak {
  bytes = 0;

  sample(): void {
    const used = process.memoryUsage().heapUsed;
    if (used > this.bytes) this.bytes = used;
  }

  get mb(): number {
    return this.bytes / 1024 / 1024;
  }
}
