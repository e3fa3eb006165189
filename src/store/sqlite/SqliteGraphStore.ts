import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  ClaimgraphError,
  LINK_TYPES,
  isOneOf,
  notFound,
  type Article,
  type ArticleBundle,
  type Claim,
  type Entity,
  type Event,
  type Link,
  type LinkType,
  type Review,
  type Source,
} from '../../domain';
import { checkLimit } from '../checks';
import { decodeOffsetCursor, encodeOffsetCursor, pageSize } from '../cursor';
import type {
  ArticleFilter,
  ClaimFilter,
  EventFilter,
  GraphCounts,
  GraphStore,
  Page,
  PageArgs,
  ProvenanceGraph,
  SourceFilter,
  TraversedLink,
  WriteResult,
} from '../port';
import { validateBundles, validateLinks, validateReview } from '../validateBundle';
import { ensureDir } from './ensureDir';
import { ftsQuery } from './ftsQuery';
import { findEvents, listArticles, listClaims, listEvents, listSources } from './lists';
import { mergeSourcesTx } from './mergeSources';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import {
  toArticle,
  toClaim,
  toEntity,
  toEvent,
  toLink,
  toReview,
  toSource,
  type ArticleRow,
  type ClaimRow,
  type EntityRow,
  type EventRow,
  type LinkRow,
  type ReviewRow,
  type SourceRow,
} from './rows';
import { mapSqliteError } from './sqliteErrors';
import { StatementCache } from './StatementCache';
import { outwardChain, traverseLinks } from './traversals';
import { resolveEventId } from './mergeEvents';
import { Checkpointer } from './Checkpointer';
import type { CheckpointStats } from './checkpointThread';
import { checkLinkEnds, claimWatermark, indexNewClaims, resolveSourceId, upsertLinks, upsertReviews, writeBundle } from './writeBundle';

export interface SqliteGraphStoreOptions {
  /** File path, or ':memory:' for a private in-memory graph. */
  path: string;
  /** How long a writer waits for another connection's lock before giving up (ms). */
  busyTimeoutMs?: number;
  /**
   * Copy the WAL back into the database file from a worker thread (Checkpointer) instead of
   * in the commit that crosses the threshold. File stores only. It pays where a core is free
   * for the thread: commits stop paying for the copy and its sync (CLAIMGRAPH_SQLITE_CHECKPOINT).
   */
  checkpointInBackground?: boolean;
}

/** WAL pages after which the writer's own commit checkpoints (about 32 MB). */
const AUTOCHECKPOINT_PAGES = 8192;
/** The same with a checkpoint thread: only a backstop if the thread falls behind (about 128 MB). */
const BACKSTOP_CHECKPOINT_PAGES = 32768;

const SQL = {
  article: 'SELECT * FROM articles WHERE id = ?',
  claim: 'SELECT * FROM claims WHERE id = ?',
  source: 'SELECT * FROM sources WHERE id = ?',
  event: 'SELECT * FROM events WHERE id = ?',
  entity: 'SELECT * FROM entities WHERE id = ?',
  // Through claims_page: the article's pub_key plus its id is a prefix of that index.
  claimsByArticle: `SELECT c.* FROM articles a CROSS JOIN claims c ON c.pub_key = a.pub_key AND c.article_id = a.id
    WHERE a.id = ? ORDER BY c.start, c."end", c.id`,
  reviewsByClaim: 'SELECT * FROM reviews WHERE claim_id = ? ORDER BY created_at DESC, id',
  publisher: 'SELECT publisher_id FROM articles WHERE id = ?',
  credits: 'SELECT source_id FROM article_credits WHERE article_id = ? ORDER BY pos, source_id',
  claimExists: 'SELECT 1 FROM claims WHERE id = ?',
  removeLink: "UPDATE links SET removed = 1, origin = 'editor', note = ? WHERE from_id = ? AND to_id = ? AND type = ?",
  linksTouching: `
    SELECT * FROM links WHERE from_id IN (SELECT value FROM json_each(@ids))
      AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types))) AND (@all = 1 OR removed = 0)
    UNION
    SELECT * FROM links WHERE to_id IN (SELECT value FROM json_each(@ids))
      AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types))) AND (@all = 1 OR removed = 0)
    ORDER BY type, from_id, to_id`,
  search: `SELECT c.*, bm25(claims_fts, 4.0, 1.0) AS rank FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid
    WHERE claims_fts MATCH @q ORDER BY rank, c.id LIMIT @limit OFFSET @offset`,
  searchCount: 'SELECT count(*) FROM claims_fts WHERE claims_fts MATCH @q',
  // Keys point at articles by rowid (migration 006); the ids are looked up for the counted few.
  articlesByKeys: `SELECT a.id AS articleId, k.shared AS shared FROM (SELECT article_rowid, count(*) AS shared FROM article_keys
    WHERE key IN (SELECT value FROM json_each(@keys)) GROUP BY article_rowid) k CROSS JOIN articles a ON a.rowid = k.article_rowid
    ORDER BY k.shared DESC, a.id LIMIT @limit`,
  claimsByKeys: `SELECT j.value AS claimId, json_group_array(k.key) AS keys
    FROM claim_keys k CROSS JOIN json_each(k.claim_ids) j
    WHERE k.key IN (SELECT value FROM json_each(@keys))
    GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT @limit`,
  // Prefer the source whose own name matches over one that has it as an alias.
  alias: `SELECT n.source_id FROM source_names n JOIN sources s ON s.id = n.source_id
    WHERE n.name_lc = ? ORDER BY (lower(s.name) = n.name_lc) DESC, n.source_id LIMIT 1`,
  counts: `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM claims) AS claims,
    (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM events) AS events,
    (SELECT count(*) FROM entities) AS entities, (SELECT count(*) FROM links WHERE removed = 0) AS links`,
} as const;

/**
 * The embedded GraphStore: one SQLite file (WAL) through better-sqlite3. Calls are
 * synchronous underneath; the async surface is the port's. Writers take the write lock up
 * front (BEGIN IMMEDIATE) and wait up to busyTimeoutMs for another connection or process,
 * so two writers of the same article serialise and the second finds it stored.
 */
export class SqliteGraphStore implements GraphStore {
  readonly description: string;
  private readonly path: string;
  private readonly busyTimeoutMs: number;
  private readonly checkpointInBackground: boolean;
  private db: Database.Database | null = null;
  private checkpointer: Checkpointer | null = null;
  private st: StatementCache | null = null;
  private closed = false;

  constructor(options: SqliteGraphStoreOptions) {
    if (typeof options?.path !== 'string' || options.path.length === 0) {
      throw new ClaimgraphError('CONFIG', 'SqliteGraphStore needs a file path or ":memory:"');
    }
    this.path = options.path === ':memory:' ? ':memory:' : resolve(options.path);
    this.busyTimeoutMs = options.busyTimeoutMs ?? 10_000;
    this.checkpointInBackground = options.checkpointInBackground === true && this.path !== ':memory:';
    this.description = `sqlite:${this.path}`;
  }

  async init(): Promise<void> {
    if (this.db !== null) return;
    let db: Database.Database | null = null;
    try {
      if (this.path !== ':memory:') ensureDir(dirname(this.path));
      db = new Database(this.path, { timeout: this.busyTimeoutMs });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('temp_store = MEMORY');
      db.pragma('cache_size = -65536');
      // Checkpoint every ~32 MB of WAL instead of 4 MB: bulk ingest rewrites the same index
      // pages many times, and each checkpoint copies them back and syncs. Then trim the file.
      db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
      db.pragma('journal_size_limit = 67108864');
      migrate(db, MIGRATIONS);
    } catch (e) {
      db?.close();
      throw this.openError(e);
    }
    this.db = db;
    this.st = new StatementCache(db);
    this.closed = false;
    if (this.checkpointInBackground) this.startCheckpointer(db);
  }

  private startCheckpointer(db: Database.Database): void {
    // Without the thread (it could not start, or it died) the writer checkpoints as before.
    const inline = (): void => {
      if (this.db === db && db.open) db.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    };
    this.checkpointer = Checkpointer.start(this.path, { busyTimeoutMs: this.busyTimeoutMs, onLost: inline });
    if (this.checkpointer) db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  }

  /** What the checkpoint thread has done (null without one): for tests and benchmarks. */
  async checkpointStats(): Promise<CheckpointStats | null> {
    return this.checkpointer ? this.checkpointer.stats() : null;
  }

  async close(): Promise<void> {
    this.st?.clear();
    this.st = null;
    // The thread's connection goes first, so that this one is the last: closing it then
    // checkpoints what is left and removes the WAL file.
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    if (checkpointer) await checkpointer.stop();
    this.db?.close();
    this.db = null;
    this.closed = true;
  }

  async ping(): Promise<boolean> {
    if (this.db === null) return false;
    try {
      return this.db.prepare('SELECT 1').pluck().get() === 1;
    } catch {
      return false;
    }
  }

  // ---- plumbing -----------------------------------------------------------------------

  private openError(e: unknown): unknown {
    const mapped = mapSqliteError(e, this.path, this.busyTimeoutMs);
    if (mapped instanceof ClaimgraphError) return mapped;
    const why = e instanceof Error ? e.message : String(e);
    return new ClaimgraphError('STORE_UNAVAILABLE', `SQLite store ${this.path}: cannot open (${why})`, { path: this.path }, { cause: e });
  }

  /** Runs a synchronous body against the open connection, mapping driver errors to port errors. */
  private run<T>(body: (st: StatementCache) => T): Promise<T> {
    if (this.st === null) {
      const why = this.closed ? 'store is closed' : 'store is not initialised (call init())';
      return Promise.reject(new ClaimgraphError('STORE_UNAVAILABLE', `SQLite store ${this.path}: ${why}`, { path: this.path }));
    }
    try {
      return Promise.resolve(body(this.st));
    } catch (e) {
      return Promise.reject(mapSqliteError(e, this.path, this.busyTimeoutMs));
    }
  }

  /** Same, inside one BEGIN IMMEDIATE transaction (rolled back on any throw). */
  private write<T>(body: (st: StatementCache) => T): Promise<T> {
    return this.run((st) => st.db.transaction(() => body(st)).immediate());
  }

  // ---- writes -------------------------------------------------------------------------

  writeArticle(bundle: ArticleBundle): Promise<WriteResult> {
    return this.writeArticles([bundle]).then((r) => r[0]!);
  }

  /**
   * The whole batch is one transaction (the fast path for bulk loads). Every bundle is
   * validated before anything is written; if one still fails mid-write the whole batch
   * is rolled back and the error names it, so each article is either fully stored or absent.
   */
  writeArticles(bundles: ArticleBundle[]): Promise<WriteResult[]> {
    try {
      validateBundles(bundles);
    } catch (e) {
      return Promise.reject(e);
    }
    if (bundles.length === 0) return Promise.resolve([]);
    const now = new Date().toISOString();
    return this.write((st) => {
      const watermark = claimWatermark(st);
      const results = bundles.map((b, index) => {
        try {
          return writeBundle(st, b, now);
        } catch (e) {
          if (e instanceof ClaimgraphError && bundles.length > 1) e.details.index = index;
          throw e;
        }
      });
      indexNewClaims(st, watermark);
      return results;
    });
  }

  async writeLinks(links: Link[]): Promise<void> {
    validateLinks(links);
    await this.write((st) => {
      checkLinkEnds(st, links, (l, id, i) =>
        new ClaimgraphError('NOT_FOUND', `links[${i}] (${l.type}) points to ${id}, which is not stored`, { id, field: `links[${i}]` }),
      );
      upsertLinks(st, links);
    });
  }

  async removeLink(from: string, to: string, type: LinkType, note: string | null): Promise<boolean> {
    if (!isOneOf(LINK_TYPES, type)) throw new ClaimgraphError('BAD_INPUT', `link type must be one of ${LINK_TYPES.join('|')}`);
    if (note !== null && typeof note !== 'string') throw new ClaimgraphError('BAD_INPUT', 'note must be a string or null');
    return this.write((st) => st.get(SQL.removeLink).run(note, from, to, type).changes > 0);
  }

  mergeSources(ids: string[]): Promise<Source> {
    return this.write((st) => mergeSourcesTx(st, ids));
  }

  async writeReview(review: Review): Promise<void> {
    validateReview(review);
    await this.write((st) => {
      if (st.get(SQL.claimExists).get(review.claimId) === undefined) throw notFound('claim', review.claimId);
      upsertReviews(st, [review]);
    });
  }

  // ---- reads by id --------------------------------------------------------------------

  private byIds<R, T>(ids: readonly string[], sql: string, map: (r: R) => T): Promise<Array<T | null>> {
    return this.run((st) => {
      const stmt = st.get(sql);
      return ids.map((id) => {
        const row = stmt.get(id) as R | undefined;
        return row === undefined ? null : map(row);
      });
    });
  }

  getArticles(ids: readonly string[]): Promise<Array<Article | null>> {
    return this.byIds<ArticleRow, Article>(ids, SQL.article, toArticle);
  }

  getClaims(ids: readonly string[]): Promise<Array<Claim | null>> {
    return this.byIds<ClaimRow, Claim>(ids, SQL.claim, toClaim);
  }

  getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return this.run((st) =>
      ids.map((id) => {
        const row = st.get(SQL.source).get(resolveSourceId(st, id)) as SourceRow | undefined;
        return row === undefined ? null : toSource(row);
      }),
    );
  }

  getEvents(ids: readonly string[]): Promise<Array<Event | null>> {
    return this.run((st) => {
      const stmt = st.get(SQL.event);
      return ids.map((id) => {
        let row = stmt.get(id) as EventRow | undefined;
        // A merged-away id (an adopted undated mention) answers with the event it joined.
        const to = row === undefined ? resolveEventId(st, id) : id;
        if (to !== id) row = stmt.get(to) as EventRow | undefined;
        return row === undefined ? null : toEvent(row);
      });
    });
  }

  getEntities(ids: readonly string[]): Promise<Array<Entity | null>> {
    return this.byIds<EntityRow, Entity>(ids, SQL.entity, toEntity);
  }

  getClaimsByArticle(articleIds: readonly string[]): Promise<Claim[][]> {
    return this.run((st) => articleIds.map((id) => (st.get(SQL.claimsByArticle).all(id) as ClaimRow[]).map(toClaim)));
  }

  getReviewsByClaim(claimIds: readonly string[]): Promise<Review[][]> {
    return this.run((st) => claimIds.map((id) => (st.get(SQL.reviewsByClaim).all(id) as ReviewRow[]).map(toReview)));
  }

  getArticleSources(articleIds: readonly string[]): Promise<Array<{ publisherId: string | null; creditIds: string[] }>> {
    return this.run((st) =>
      articleIds.map((id) => ({
        publisherId: (st.get(SQL.publisher).pluck().get(id) as string | null | undefined) ?? null,
        creditIds: st.get(SQL.credits).pluck().all(id) as string[],
      })),
    );
  }

  // ---- lists --------------------------------------------------------------------------

  listClaims(filter: ClaimFilter, page: PageArgs): Promise<Page<Claim>> {
    return this.run((st) => listClaims(st, filter ?? {}, page));
  }

  listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>> {
    return this.run((st) => listArticles(st, filter ?? {}, page));
  }

  listSources(filter: SourceFilter, page: PageArgs): Promise<Page<Source>> {
    return this.run((st) => listSources(st, filter ?? {}, page));
  }

  listEvents(filter: EventFilter, page: PageArgs): Promise<Page<Event>> {
    return this.run((st) => listEvents(st, filter ?? {}, page));
  }

  /** Ranked by bm25 (claim text weighs 4x its sentence); the cursor is an offset because ranks shift as the corpus grows. */
  searchClaims(text: string, page: PageArgs): Promise<Page<Claim> & { scores: number[] }> {
    return this.run((st) => {
      const first = pageSize(page);
      if (typeof text !== 'string') throw new ClaimgraphError('BAD_INPUT', 'search text must be a string');
      const offset = decodeOffsetCursor('search', page.after);
      const q = ftsQuery(text);
      if (q === null) return { items: [], cursors: [], scores: [], hasNextPage: false, endCursor: null, totalCount: 0 };
      const rows = st.get(SQL.search).all({ q, limit: first + 1, offset }) as Array<ClaimRow & { rank: number }>;
      const totalCount = st.get(SQL.searchCount).pluck().get({ q }) as number;
      const hasNextPage = rows.length > first;
      const kept = hasNextPage ? rows.slice(0, first) : rows;
      const cursors = kept.map((_, i) => encodeOffsetCursor('search', offset + i + 1));
      return {
        items: kept.map(toClaim),
        // bm25() is lower-is-better and negative; flip it so a higher score is a better match.
        scores: kept.map((r) => -r.rank),
        cursors,
        hasNextPage,
        endCursor: cursors.at(-1) ?? null,
        totalCount,
      };
    });
  }

  // ---- links and traversals -----------------------------------------------------------

  getLinks(ids: readonly string[], opts: { types?: readonly LinkType[]; includeRemoved?: boolean } = {}): Promise<Link[]> {
    return this.run((st) => {
      const rows = st.get(SQL.linksTouching).all({
        ids: JSON.stringify(ids),
        types: opts.types === undefined ? null : JSON.stringify(opts.types),
        all: opts.includeRemoved === true ? 1 : 0,
      }) as LinkRow[];
      return rows.map(toLink);
    });
  }

  traverseLinks(startId: string, types: readonly LinkType[], maxDepth: number, limit?: number): Promise<TraversedLink[]> {
    return this.run((st) => traverseLinks(st, startId, types, maxDepth, limit));
  }

  provenance(claimId: string, maxDepth: number): Promise<ProvenanceGraph | null> {
    return this.run((st) => {
      const claimRow = st.get(SQL.claim).get(claimId) as ClaimRow | undefined;
      if (claimRow === undefined) return null;
      const claim = toClaim(claimRow);
      const articleOf = (id: string): Article | null => {
        const r = st.get(SQL.article).get(id) as ArticleRow | undefined;
        return r === undefined ? null : toArticle(r);
      };
      const sourceOf = (id: string | null): Source | null => {
        if (id === null) return null;
        const r = st.get(SQL.source).get(resolveSourceId(st, id)) as SourceRow | undefined;
        return r === undefined ? null : toSource(r);
      };
      const article = articleOf(claim.articleId);
      if (article === null) return null;
      const publisherId = (st.get(SQL.publisher).pluck().get(article.id) as string | null | undefined) ?? null;
      const creditIds = st.get(SQL.credits).pluck().all(article.id) as string[];
      const copies: ProvenanceGraph['copies'] = [];
      for (const l of outwardChain(st, article.id, 'copies', maxDepth)) {
        const target = articleOf(l.to);
        if (target !== null) copies.push({ link: stripDepth(l), depth: l.depth, article: target });
      }
      const derivedFrom: ProvenanceGraph['derivedFrom'] = [];
      for (const l of outwardChain(st, claim.id, 'derived_from', maxDepth)) {
        const r = st.get(SQL.claim).get(l.to) as ClaimRow | undefined;
        if (r !== undefined) derivedFrom.push({ link: stripDepth(l), depth: l.depth, claim: toClaim(r) });
      }
      return {
        claim,
        article,
        source: sourceOf(claim.sourceId),
        publisher: sourceOf(publisherId),
        credits: creditIds.map(sourceOf).filter((s): s is Source => s !== null),
        copies,
        derivedFrom,
      };
    });
  }

  // ---- candidate look-up --------------------------------------------------------------

  findArticlesByKeys(keys: readonly string[], limit: number): Promise<Array<{ articleId: string; shared: number }>> {
    return this.run((st) => {
      checkLimit(limit);
      if (keys.length === 0) return [];
      return st.get(SQL.articlesByKeys).all({ keys: JSON.stringify(keys), limit }) as Array<{ articleId: string; shared: number }>;
    });
  }

  findClaimsByKeys(keys: readonly string[], limit: number): Promise<Array<{ claimId: string; keys: string[] }>> {
    return this.run((st) => {
      checkLimit(limit);
      if (keys.length === 0) return [];
      const rows = st.get(SQL.claimsByKeys).all({ keys: JSON.stringify(keys), limit }) as Array<{ claimId: string; keys: string }>;
      return rows.map((r) => ({ claimId: r.claimId, keys: (JSON.parse(r.keys) as string[]).sort() }));
    });
  }

  findEvents(query: { label?: string; dateFrom?: string; dateTo?: string }, limit: number): Promise<Event[]> {
    return this.run((st) => findEvents(st, query ?? {}, limit));
  }

  resolveSourceAlias(names: readonly string[]): Promise<Array<string | null>> {
    return this.run((st) =>
      names.map((n) => (typeof n === 'string' ? ((st.get(SQL.alias).pluck().get(n.toLowerCase()) as string | undefined) ?? null) : null)),
    );
  }

  counts(): Promise<GraphCounts> {
    return this.run((st) => st.get(SQL.counts).get() as GraphCounts);
  }
}

function stripDepth(l: TraversedLink): Link {
  const { depth: _depth, ...link } = l;
  return link;
}
