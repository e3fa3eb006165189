import type { CliIO } from './io';

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (a pipe or a
 * log file gets the summary alone). Redraws at most every `intervalMs` so that tens of
 * thousands of small files do not spend their time repainting.
 */
export interface Progress {
  /** One more unit done; `note` is shown at the end of the line (file name, counts). */
  tick(note?: string): void;
  /** Clear the line (call before printing the summary). */
  done(): void;
}

export function createProgress(io: CliIO, total: number, opts: { label?: string; width?: number; intervalMs?: number; now?: () => number } = {}): Progress {
  const width = opts.width ?? 28;
  const interval = opts.intervalMs ?? 80;
  const now = opts.now ?? (() => Date.now());
  const label = opts.label ?? '';
  let count = 0;
  let lastDraw = -Infinity;
  let drawn = false;
  const started = now();

  const draw = (note: string): void => {
    const share = total > 0 ? Math.min(1, count / total) : 1;
    const full = Math.round(share * width);
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const eta = rate > 0 && total > count ? ` eta ${Math.ceil((total - count) / rate)}s` : '';
    const line = `${label}[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${count}/${total} ${rate.toFixed(1)}/s${eta} ${note}`;
    const cols = 100;
    io.err(`\r${line.length > cols ? `${line.slice(0, cols - 1)}…` : line.padEnd(cols)}`);
    drawn = true;
  };

  return {
    tick(note = '') {
      count++;
      if (!io.isTTY) return;
      const t = now();
      if (t - lastDraw >= interval || count === total) {
        lastDraw = t;
        draw(note);
      }
    },
    done() {
      if (io.isTTY && drawn) io.err(`\r${' '.repeat(100)}\r`);
    },
  };
}
