/** The progress bar of a corpus run, on standard error when it is a terminal (cli-progress draws and throttles it). */
import cliProgress from 'cli-progress';
import type { Counts } from './corpus';
import type { Progress } from './sources';

export interface ProgressBar {
  update(counts: Counts, seconds: number): void;
  stop(): void;
}

export function startProgress(progress: Progress, stream: NodeJS.WriteStream): ProgressBar {
  const known = progress.total !== null && progress.total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? '{bar} {percentage}% | {pages} pages | {rate} pages/s | ETA {eta_formatted}'
        : '{pages} pages | {rate} pages/s',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? progress.total! : 0, 0, { pages: 0, rate: '·' });
  return {
    update(c, seconds) {
      const pages = c.articles + c.nonArticles + c.errors;
      bar.update(progress.position(), { pages, rate: seconds > 0 ? (pages / seconds).toFixed(1) : '·' });
    },
    stop: () => bar.stop(),
  };
}
