import { EventEmitter } from 'node:events';
import os from 'node:os';
import type { Claim, Link } from '../domain';
import type { GraphStore } from '../store/port';
import type { Extraction, RawInput } from '../extract/types';
import { Linker } from '../link/Linker';
import type { CopyFingerprint } from '../link/copyFingerprint';
import { ExtractWorker, type Extractor } from './ExtractWorker';
import { itemError, prepareInput, type ItemError, type PreparedInput } from './prepareInput';

export interface IngestItemResult {
  /** File name, or null for API input. */
  file: string | null;
  /** Index of the record within a JSON Lines file or an API batch. */
  index: number;
  status: 'new' | 'known' | 'failed';
  articleId: string | null;
  title: string | null;
  claims: Claim[];
  links: Link[];
  error: { code: string; message: string } | null;
}

export interface IngestOptions {
  /** Inputs larger than this are refused with BAD_INPUT before parsing. */
  maxArticleBytes: number;
}

/** How ingestMany reads its jobs and hands back their results. */
export interface IngestManyHandlers<J> {
  /** The input of one job (read the file); a rejection is handed to readFailed. */
  read(job: J): Promise<RawInput>;
  /** The results reported for a job whose input could not be read. */
  readFailed(job: J, e: unknown): IngestItemResult[];
  /** Each job's results, in job order; answer false to stop (later jobs are neither written nor reported). */
  done(job: J, results: IngestItemResult[]): Promise<boolean | void> | boolean | void;
}

export interface IngestManyOptions {
  /** Parse + extract ahead in a worker thread (default: when the machine has 2+ cores). */
  worker?: boolean;
  /** Fewer jobs than this are not worth starting a thread for (default 4). */
  minJobsForWorker?: number;
  /** Most inputs read and extracted ahead of the one being written (default 8). */
  lookahead?: number;
  /** Use this extractor instead of starting a worker thread (tests); it is closed at the end. */
  extractor?: Extractor;
}

export interface IngestManyOutcome {
  /** Number of jobs handled when done() asked to stop; null when every job was handled. */
  stoppedAt: number | null;
}

type Prepared = { results: IngestItemResult[] } | { prepared: PreparedInput; raw: null } | { prepared: null; raw: RawInput };

interface Slot {
  settled: boolean;
  value: Promise<Prepared>;
}

/**
 * The ingest use case: parse -> extract -> link -> write, one article at a time.
 * Articles are linked and written strictly in sequence (a promise chain) so that each
 * article is linked against everything ingested before it, also under concurrent API
 * calls. A failure is reported per item; it never stops the rest of a batch.
 */
export class IngestService {
  private readonly linker: Linker;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly emitter = new EventEmitter();

  constructor(
    private readonly store: GraphStore,
    private readonly options: IngestOptions = { maxArticleBytes: 10 * 1024 * 1024 },
  ) {
    this.linker = new Linker(store);
    this.emitter.setMaxListeners(0);
  }

  /** Listen for claims of newly stored articles (the claimAdded subscription). Returns an unsubscribe function. */
  onClaimsAdded(listener: (claims: Claim[]) => void): () => void {
    this.emitter.on('claims', listener);
    return () => this.emitter.off('claims', listener);
  }

  /** Ingest one input (one file or one API text); JSON Lines may hold many articles. */
  async ingest(raw: RawInput): Promise<IngestItemResult[]> {
    return this.commit(prepareInput(raw, this.options.maxArticleBytes));
  }

  /**
   * Ingest many inputs (the CLI's files, serve --seed) with the same results, in the same
   * order, as calling ingest() on each in turn. Parse + extract of later inputs runs ahead in
   * a worker thread while this thread links and writes the current one; this thread also
   * extracts whatever the worker has not taken, so neither half waits long for the other.
   */
  async ingestMany<J>(jobs: readonly J[], handlers: IngestManyHandlers<J>, opts: IngestManyOptions = {}): Promise<IngestManyOutcome> {
    const useWorker = (opts.worker ?? defaultWorker()) && jobs.length >= (opts.minJobsForWorker ?? 4);
    const worker: Extractor | null = opts.extractor ?? (useWorker ? new ExtractWorker(this.options.maxArticleBytes) : null);
    const lookahead = Math.max(1, opts.lookahead ?? 8);
    const slots: Array<Slot | undefined> = new Array(jobs.length);
    let claimed = 0; // jobs before this index are taken (by the worker or by this thread)
    const read = async (job: J): Promise<RawInput | IngestItemResult[]> => {
      try {
        return await handlers.read(job);
      } catch (e) {
        return handlers.readFailed(job, e);
      }
    };
    const local = async (i: number): Promise<Prepared> => {
      const input = await read(jobs[i] as J);
      return Array.isArray(input) ? { results: input } : { prepared: prepareInput(input, this.options.maxArticleBytes), raw: null };
    };
    let limit = 0;
    const feed = (): void => {
      // The worker gets everything within the look-ahead, so that it never runs dry while this
      // thread is busy writing (its replies are only seen between articles); the look-ahead
      // bounds memory.
      while (worker?.ready && claimed < Math.min(jobs.length, limit)) {
        const i = claimed++;
        const slot: Slot = { settled: false, value: Promise.resolve({ results: [] }) };
        slot.value = (async (): Promise<Prepared> => {
          const input = await read(jobs[i] as J);
          if (Array.isArray(input)) return { results: input };
          const prepared = await worker.run(input);
          return prepared ? { prepared, raw: null } : { prepared: null, raw: input };
        })().finally(() => {
          slot.settled = true;
          feed();
        });
        // A failure (readFailed may throw) surfaces when this input's turn comes, never as an
        // unhandled rejection before it.
        slot.value.catch(() => undefined);
        slots[i] = slot;
      }
    };
    let stoppedAt: number | null = null;
    try {
      for (let i = 0; i < jobs.length; i++) {
        limit = i + 1 + lookahead;
        // The worker's messages (ready, replies) are macrotasks: let them in once per input,
        // also when reading and writing never leave the microtask queue (SQLite, in-memory input).
        if (worker) await new Promise<void>((resolve) => setImmediate(resolve));
        feed();
        let slot = slots[i];
        if (!slot) {
          claimed = Math.max(claimed, i + 1);
          slot = { settled: false, value: local(i) };
        } else if (!slot.settled) {
          // Let the worker's finished replies in; if this one is still being extracted, extract
          // the next untaken input here meanwhile, when the worker is the slower half.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (!slot.settled && claimed < Math.min(jobs.length, limit)) {
            const j = claimed++;
            const value = local(j);
            slots[j] = { settled: true, value };
            // Its failure, if any, surfaces at its own turn.
            await value.catch(() => undefined);
          }
        }
        slots[i] = undefined;
        const got = await slot.value;
        const results = 'results' in got ? got.results : await this.commit(got.prepared ?? prepareInput(got.raw, this.options.maxArticleBytes));
        if ((await handlers.done(jobs[i] as J, results)) === false) {
          stoppedAt = i + 1;
          break;
        }
      }
    } finally {
      await worker?.close();
    }
    return { stoppedAt };
  }

  /** Link and write each prepared record, in order, behind every earlier ingest. */
  private async commit(prepared: PreparedInput): Promise<IngestItemResult[]> {
    const results: IngestItemResult[] = [];
    for (const record of prepared.records) {
      if (record.error) {
        results.push(failedWith(prepared.file, record.index, record.error));
        continue;
      }
      const x = record.extraction;
      const fingerprint = record.fingerprint;
      results.push(await this.serialised(() => this.ingestOne(x, fingerprint, prepared.file, record.index)));
    }
    return results;
  }

  private async ingestOne(extraction: Extraction, fingerprint: CopyFingerprint, file: string | null, index: number): Promise<IngestItemResult> {
    try {
      const bundle = await this.linker.link(extraction, { fingerprint });
      const written = await this.store.writeArticle(bundle);
      const result: IngestItemResult = {
        file,
        index,
        status: written.created ? 'new' : 'known',
        articleId: written.articleId,
        title: bundle.article.title,
        claims: written.created ? bundle.claims : [],
        links: written.created ? bundle.links : [],
        error: null,
      };
      if (written.created && bundle.claims.length > 0) this.emitter.emit('claims', bundle.claims);
      return result;
    } catch (e) {
      return failed(file, index, e);
    }
  }

  private serialised<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

function failed(file: string | null, index: number, e: unknown): IngestItemResult {
  return failedWith(file, index, itemError(e));
}

function failedWith(file: string | null, index: number, error: ItemError): IngestItemResult {
  return { file, index, status: 'failed', articleId: null, title: null, claims: [], links: [], error };
}

/** A worker thread only pays on a machine with a core to spare. */
function defaultWorker(): boolean {
  return os.availableParallelism() > 1;
}
