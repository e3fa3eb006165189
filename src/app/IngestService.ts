import { EventEmitter } from 'node:events';
import { ClaimgraphError, isClaimgraphError, type Claim, type Link } from '../domain';
import type { GraphStore } from '../store/port';
import type { RawInput } from '../extract/types';
import { parseInputDetailed } from '../extract/parseInput';
import type { ParsedArticle } from '../extract/types';
import { extractArticle } from '../extract/extractArticle';
import { Linker } from '../link/Linker';

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
    const size = typeof raw.content === 'string' ? Buffer.byteLength(raw.content) : raw.content.length;
    if (size > this.options.maxArticleBytes) {
      return [failed(raw.file, 0, new ClaimgraphError('BAD_INPUT', `${raw.file ?? 'input'}: ${size} bytes is over the limit of ${this.options.maxArticleBytes}`))];
    }
    let parsed;
    try {
      parsed = parseInputDetailed(raw);
    } catch (e) {
      return [failed(raw.file, 0, e)];
    }
    // Every record keeps its own index: a bad JSON Lines line is reported as itself and
    // the good ones around it are still ingested.
    const results: IngestItemResult[] = [];
    for (const record of parsed.records) {
      if ('error' in record) {
        results.push(failed(raw.file, record.index, record.error));
        continue;
      }
      const article = record.article;
      results.push(await this.serialised(() => this.ingestOne(article, raw.file, record.index)));
    }
    return results;
  }

  private async ingestOne(p: ParsedArticle, file: string | null, index: number): Promise<IngestItemResult> {
    try {
      const extraction = extractArticle(p);
      const bundle = await this.linker.link(extraction);
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
  const error = isClaimgraphError(e)
    ? { code: e.code, message: e.message }
    : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
  return { file, index, status: 'failed', articleId: null, title: null, claims: [], links: [], error };
}
