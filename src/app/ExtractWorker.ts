import type { Worker } from 'node:worker_threads';
import { startThread } from '../config/startThread';
import type { RawInput } from '../extract/types';
import type { PreparedInput } from './prepareInput';
import type { ExtractReply, ExtractRequest } from './extractThread';

/** What ingestMany needs of an extraction worker (tests give it a fake one). */
export interface Extractor {
  /** Whether inputs may be sent now. */
  readonly ready: boolean;
  /** The input parsed and extracted; null when it could not be (prepare it locally then). */
  run(raw: RawInput): Promise<PreparedInput | null>;
  close(): Promise<void>;
}

/**
 * A worker thread that parses and extracts inputs (extractThread.ts) while the main thread
 * links and writes: on two cores, ingest of many files runs both halves at once.
 * Failure-safe: if the thread cannot start or dies, run() answers null and the caller
 * prepares that input itself, so no input is lost or reported differently.
 */
export class ExtractWorker implements Extractor {
  private readonly worker: Worker | null;
  private readonly pending = new Map<number, (p: PreparedInput | null) => void>();
  private nextId = 0;
  private alive = true;
  private isReady = false;

  constructor(private readonly maxArticleBytes: number) {
    this.worker = spawn();
    if (!this.worker) {
      this.alive = false;
      return;
    }
    this.worker.on('message', (m: ExtractReply) => {
      if ('ready' in m) {
        this.isReady = true;
        return;
      }
      const done = this.pending.get(m.id);
      this.pending.delete(m.id);
      done?.(m.prepared);
    });
    const lost = (): void => {
      this.alive = false;
      this.isReady = false;
      for (const done of this.pending.values()) done(null);
      this.pending.clear();
    };
    this.worker.on('error', lost);
    this.worker.on('exit', lost);
  }

  /** True once the thread has loaded the extraction modules and is still alive. */
  get ready(): boolean {
    return this.alive && this.isReady;
  }

  /** Parse + extract one input in the thread; null when the thread is gone (prepare it locally then). */
  run(raw: RawInput): Promise<PreparedInput | null> {
    if (!this.worker || !this.alive) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        this.worker?.postMessage({ id, raw, maxArticleBytes: this.maxArticleBytes } satisfies ExtractRequest);
      } catch {
        this.pending.delete(id);
        resolve(null);
      }
    });
  }

  async close(): Promise<void> {
    this.alive = false;
    for (const done of this.pending.values()) done(null);
    this.pending.clear();
    if (this.worker) await this.worker.terminate().catch(() => undefined);
  }
}

/** The extraction thread beside this file (startThread); null when none can be started. */
function spawn(): Worker | null {
  try {
    return startThread(__filename, 'extractThread');
  } catch {
    return null;
  }
}
