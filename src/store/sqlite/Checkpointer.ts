import type { Worker } from 'node:worker_threads';
import { startThread } from '../../config/startThread';
import type { CheckpointReply, CheckpointRequest, CheckpointStats, CheckpointThreadData } from './checkpointThread';

/** How often the thread checkpoints: a few dozen articles' pages at ingest speed. */
export const CHECKPOINT_INTERVAL_MS = 100;
/** A stop that does not finish in this time ends the thread anyway (a checkpoint is crash-safe). */
const STOP_TIMEOUT_MS = 5_000;

/**
 * A worker thread that checkpoints the store's WAL (checkpointThread.ts), so that the
 * writer's commits append to the WAL and return: copying the pages back into a large
 * database file, and syncing it, no longer happens on the thread that links and writes.
 * Failure-safe: if the thread cannot start or dies, `onLost` runs (stats() answers null),
 * and the store checkpoints on its own connection again; nothing is lost either way, as a
 * checkpoint only copies pages that are already committed to the WAL.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private isAlive = true;
  private stopping: Promise<CheckpointStats | null> | null = null;
  private readonly waiting: Array<(m: CheckpointReply | null) => void> = [];

  private constructor(worker: Worker, onLost: () => void) {
    this.worker = worker;
    // The thread answers requests one at a time, in order.
    worker.on('message', (m: CheckpointReply) => this.waiting.shift()?.(m));
    const lost = (): void => {
      if (!this.isAlive) return;
      this.isAlive = false;
      for (const w of this.waiting.splice(0)) w(null);
      if (this.stopping === null) onLost();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    // A process that ends without closing the store must not wait for this thread.
    worker.unref();
  }

  /** Starts the thread on a WAL database file; null when no thread can be started. */
  static start(file: string, options: { intervalMs?: number; busyTimeoutMs: number; onLost: () => void }): Checkpointer | null {
    const data: CheckpointThreadData = { path: file, intervalMs: options.intervalMs ?? CHECKPOINT_INTERVAL_MS, busyTimeoutMs: options.busyTimeoutMs };
    try {
      return new Checkpointer(startThread(__filename, 'checkpointThread', data), options.onLost);
    } catch {
      return null;
    }
  }

  /** What the thread has done so far; null once it has stopped. */
  stats(): Promise<CheckpointStats | null> {
    return this.ask({ stats: true }).then((m) => (m && 'stats' in m ? m.stats : null));
  }

  /** Asks the thread to close its connection and end; resolves with its totals (null if it had died). */
  stop(): Promise<CheckpointStats | null> {
    this.stopping ??= (async () => {
      const timer = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
      try {
        const m = await this.ask({ stop: true });
        return m && 'stopped' in m ? m.stopped : null;
      } finally {
        clearTimeout(timer);
        // The thread closes its port after its last reply; exit follows on its own.
        await this.worker.terminate().catch(() => undefined);
        this.isAlive = false;
      }
    })();
    return this.stopping;
  }

  private ask(request: CheckpointRequest): Promise<CheckpointReply | null> {
    if (!this.isAlive) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      try {
        this.worker.postMessage(request);
      } catch {
        this.waiting.splice(this.waiting.indexOf(resolve), 1);
        resolve(null);
      }
    });
  }
}

