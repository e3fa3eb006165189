/**
 * Body of the checkpoint thread (started by Checkpointer): its own connection to the store's
 * file copies committed WAL pages back into the database file on a timer (100 ms). The
 * checkpoint is PASSIVE: it never waits for, nor blocks, the writer or a reader, and copies
 * only what no open read still needs; SQLite makes a checkpoint by another connection safe.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

export interface CheckpointThreadData {
  path: string;
  intervalMs: number;
  busyTimeoutMs: number;
}

export type CheckpointRequest = { stats: true } | { stop: true };

export interface CheckpointStats {
  /** Checkpoints that found frames in the WAL. */
  checkpoints: number;
  /** WAL frames (pages) copied into the database file. */
  frames: number;
  /** Checkpoints that failed (the store was busy or locked); the next tick tries again. */
  failures: number;
}

export type CheckpointReply = { stats: CheckpointStats } | { stopped: CheckpointStats };

interface PassiveResult {
  busy: number;
  log: number;
  checkpointed: number;
}

const port = parentPort;
if (port) {
  const data = workerData as CheckpointThreadData;
  const db = new Database(data.path, { timeout: data.busyTimeoutMs, fileMustExist: true });
  // This connection never writes: it must not checkpoint on its own schedule either.
  db.pragma('wal_autocheckpoint = 0');
  const stats: CheckpointStats = { checkpoints: 0, frames: 0, failures: 0 };
  // Frames already copied in the current WAL: the log restarts from 0 after a full checkpoint.
  let copiedInLog = 0;
  let timer: NodeJS.Timeout | null = null;
  const tick = (): void => {
    try {
      const [r] = db.pragma('wal_checkpoint(PASSIVE)') as PassiveResult[];
      if (r && r.log > 0) {
        stats.checkpoints++;
        stats.frames += r.checkpointed >= copiedInLog ? r.checkpointed - copiedInLog : r.checkpointed;
        copiedInLog = r.checkpointed;
      } else copiedInLog = 0;
    } catch {
      stats.failures++;
    }
    timer = setTimeout(tick, data.intervalMs);
  };
  port.on('message', (m: CheckpointRequest) => {
    if ('stats' in m) {
      port.postMessage({ stats: { ...stats } } satisfies CheckpointReply);
      return;
    }
    if (timer) clearTimeout(timer);
    db.close();
    port.postMessage({ stopped: { ...stats } } satisfies CheckpointReply);
    port.close();
  });
  tick();
}
