import neo4j, { Neo4jError, int, type Driver, type ManagedTransaction } from 'neo4j-driver';
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
import { decodeCursor, decodeOffsetCursor, encodeCursor, encodeOffsetCursor, pageSize, type CursorShape, type CursorValue } from '../cursor';
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
import {
  DEFAULT_TRAVERSAL_LIMIT,
  checkDepth,
  checkIds,
  checkLimit,
  checkLinkTypes,
  optCertainty,
  optDay,
  optKind,
  optLower,
  optSourceType,
  optNoteKind,
  optText,
} from './filterArgs';
import { MAX_KEY_CLAUSES, keysQuery, luceneQuery } from './lucene';
import { mapNeo4jError } from './neo4jErrors';
import { DATA_MIGRATIONS, LINK_REL, loadQueries, type QueryName, type QueryRegistry } from './queries';
import { chainSteps, walkLinks, type ChainRow } from './traversals';
import { toArticle, toClaim, toEntity, toEvent, toLink, toNumber, toReview, toSource, compareLinks, cmp, type Props } from './values';
import { runner, upsertLinks, writeBatch } from './writeBatch';

export interface Neo4jGraphStoreOptions {
  /** bolt://host:port or neo4j://host:port (credentials, if any, are taken out of descriptions). */
  uri: string;
  user: string | null;
  password: string | null;
  /** Database name; null for the server's default database. */
  database: string | null;
  /** How long to wait for a TCP connection before declaring the server unreachable (ms). */
  connectTimeoutMs?: number;
  /** How long managed transactions retry transient failures and lost connections (ms). */
  maxRetryTimeMs?: number;
  /** Claims per write transaction in writeArticles (articles are never split). */
  batchClaims?: number;
}

type Row = Record<string, unknown>;
type Run = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;

// Smaller transactions keep less transaction state alive across the server's young collections
// (measured: 1,500 claims per transaction gave ~9% more claims per JVM CPU-second than 4,000).
const DEFAULT_BATCH_CLAIMS = 1500;
const MAX_BATCH_ARTICLES = 500;

/**
 * The GraphStore on Neo4j 5 through neo4j-driver. Every statement is a named file in cypher/
 * (src/store/neo4j/queries.ts); reads and writes are managed transactions (retried on transient
 * errors and lost connections); writes of many articles are UNWIND batches in one transaction
 * each, falling back to one transaction per article when a batch fails, so every article is
 * stored whole or not at all.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly description: string;
  private readonly options: Required<Omit<Neo4jGraphStoreOptions, 'user' | 'password' | 'database'>> & Neo4jGraphStoreOptions;
  private driver: Driver | null = null;
  private queries: QueryRegistry | null = null;
  private closed = false;

  constructor(options: Neo4jGraphStoreOptions) {
    if (typeof options?.uri !== 'string' || options.uri.trim().length === 0) {
      throw new ClaimgraphError('CONFIG', 'Neo4jGraphStore needs a bolt:// or neo4j:// URI');
    }
    this.options = {
      connectTimeoutMs: 5000,
      maxRetryTimeMs: 10_000,
      batchClaims: DEFAULT_BATCH_CLAIMS,
      ...options,
      uri: options.uri.trim(),
    };
    this.description = `${withoutCredentials(this.options.uri)}${options.database ? `/${options.database}` : ''}`;
  }

  private get database(): string | undefined {
    return this.options.database ?? undefined;
  }

  // ---- lifecycle ----------------------------------------------------------------------

  async init(): Promise<void> {
    if (this.driver !== null) return;
    const queries = loadQueries();
    const { uri, user, password, connectTimeoutMs, maxRetryTimeMs } = this.options;
    let driver: Driver;
    try {
      driver = neo4j.driver(uri, user !== null ? neo4j.auth.basic(user, password ?? '') : undefined, {
        connectionTimeout: connectTimeoutMs,
        connectionAcquisitionTimeout: connectTimeoutMs * 2,
        maxTransactionRetryTime: maxRetryTimeMs,
        userAgent: 'claimgraph',
      });
    } catch (e) {
      throw new ClaimgraphError('CONFIG', `Neo4j URI ${this.description} is not usable: ${(e as Error).message}`, {}, { cause: e });
    }
    try {
      // Fails fast (no retries) on a refused connection, bad credentials or an unknown host.
      await driver.verifyConnectivity({ database: this.database });
      await this.ensureSchema(driver, queries);
      await this.applyDataMigrations(driver, queries);
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw mapNeo4jError(e, this.description);
    }
    this.queries = queries;
    this.driver = driver;
    this.closed = false;
  }

  /** Applies cypher/schema.cypher unless every index and constraint it names is already online. */
  private async ensureSchema(driver: Driver, queries: QueryRegistry): Promise<void> {
    const session = driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const state = await session.executeRead((tx) => tx.run(queries.get('schema-state')));
      const online = new Set(state.records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name') as string));
      if (queries.schemaNames.every((n) => online.has(n))) return;
      // Schema commands run as auto-commit transactions, one per statement. Another process
      // initialising at the same moment may win a race for the same rule: that is success too.
      for (const statement of queries.schema) {
        try {
          await session.run(statement);
        } catch (e) {
          if (!(e instanceof Neo4jError && /^Neo\.ClientError\.Schema\..*AlreadyExists$/u.test(e.code))) throw e;
        }
      }
      await session.run(queries.get('await-indexes'), { seconds: int(120) });
    } finally {
      await session.close();
    }
  }

  /** Runs the data migrations this database has not recorded yet (each is idempotent, so a race only repeats work). */
  private async applyDataMigrations(driver: Driver, queries: QueryRegistry): Promise<void> {
    const session = driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const applied = new Set((await session.run(queries.get('applied-migrations'))).records.map((r) => r.get('name') as string));
      for (const m of DATA_MIGRATIONS) {
        if (applied.has(m.name)) continue;
        await session.run(queries.get(m.query));
        await session.run(queries.get('record-migration'), { name: m.name, at: new Date().toISOString() });
      }
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = null;
    this.closed = true;
    if (driver !== null) await driver.close();
  }

  async ping(): Promise<boolean> {
    const driver = this.driver;
    if (driver === null || this.queries === null) return false;
    const session = driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      // Auto-commit on purpose: a managed transaction would retry for maxRetryTimeMs on a dead server.
      const r = await session.run(this.queries.get('ping'), {}, { timeout: 5000 });
      return r.records.length === 1;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  // ---- plumbing -----------------------------------------------------------------------

  private unavailable(): ClaimgraphError {
    const why = this.closed ? 'store is closed' : 'store is not initialised (call init())';
    return new ClaimgraphError('STORE_UNAVAILABLE', `Neo4j at ${this.description}: ${why}`, { store: this.description });
  }

  private async transact<T>(mode: 'read' | 'write', body: (run: Run, tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const driver = this.driver;
    const queries = this.queries;
    if (driver === null || queries === null) throw this.unavailable();
    const session = driver.session({ database: this.database, defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      const work = (tx: ManagedTransaction): Promise<T> => body(runner(tx, queries), tx);
      return await (mode === 'read' ? session.executeRead(work) : session.executeWrite(work));
    } catch (e) {
      throw mapNeo4jError(e, this.description);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private read<T>(body: (run: Run) => Promise<T>): Promise<T> {
    return this.transact('read', body);
  }

  private write<T>(body: (run: Run) => Promise<T>): Promise<T> {
    return this.transact('write', body);
  }

  /** Looks ids up with one UNWIND query and returns the mapped values in input order. */
  private async byIds<T>(ids: readonly string[], name: QueryName, field: string, map: (p: Props) => T): Promise<Array<T | null>> {
    const list = checkIds(ids, 'ids');
    if (list.length === 0) return [];
    const rows = await this.read((run) => run(name, { ids: unique(list) }));
    const found = new Map(rows.map((r) => [r.id as string, r[field] === null ? null : map(r[field] as Props)]));
    return list.map((id) => found.get(id) ?? null);
  }

  // ---- writes -------------------------------------------------------------------------

  async writeArticle(bundle: ArticleBundle): Promise<WriteResult> {
    const [result] = await this.writeArticles([bundle]);
    return result as WriteResult;
  }

  /**
   * Batches of many articles per transaction (the bulk-load fast path). When a batch fails
   * for a reason other than the store being unavailable, its articles are retried one per
   * transaction, so each is stored whole or not at all; the first failure is then thrown
   * (details.index names the bundle) after the others were written.
   */
  async writeArticles(bundles: ArticleBundle[]): Promise<WriteResult[]> {
    validateBundles(bundles);
    if (bundles.length === 0) return [];
    if (this.driver === null) throw this.unavailable();
    const now = new Date().toISOString();
    const results: WriteResult[] = new Array<WriteResult>(bundles.length);
    let firstError: unknown = null;
    for (const chunk of this.chunks(bundles)) {
      try {
        const written = await this.write((run) => writeBatch(run, chunk.map((i) => bundles[i] as ArticleBundle), now));
        written.forEach((r, j) => (results[chunk[j] as number] = r));
        continue;
      } catch (e) {
        if (isUnavailable(e)) throw e;
        if (chunk.length === 1) {
          firstError ??= withIndex(e, chunk[0] as number, bundles.length);
          continue;
        }
      }
      for (const i of chunk) {
        try {
          const [r] = await this.write((run) => writeBatch(run, [bundles[i] as ArticleBundle], now));
          results[i] = r as WriteResult;
        } catch (e) {
          if (isUnavailable(e)) throw e;
          firstError ??= withIndex(e, i, bundles.length);
        }
      }
    }
    if (firstError !== null) throw firstError;
    return results;
  }

  /** Index ranges of consecutive bundles, up to batchClaims claims (and MAX_BATCH_ARTICLES) each. */
  private chunks(bundles: readonly ArticleBundle[]): number[][] {
    const out: number[][] = [];
    let current: number[] = [];
    let claims = 0;
    bundles.forEach((b, i) => {
      if (current.length > 0 && (claims + b.claims.length > this.options.batchClaims || current.length >= MAX_BATCH_ARTICLES)) {
        out.push(current);
        current = [];
        claims = 0;
      }
      current.push(i);
      claims += b.claims.length;
    });
    if (current.length > 0) out.push(current);
    return out;
  }

  async writeLinks(links: Link[]): Promise<void> {
    validateLinks(links);
    if (links.length === 0) return;
    await this.write(async (run) => {
      await checkEnds(run, links, (l, id, i) =>
        new ClaimgraphError('NOT_FOUND', `links[${i}] (${l.type}) points to ${id}, which is not stored`, { id, field: `links[${i}]` }),
      );
      await upsertLinks(run, links.map((link) => ({ link, bundle: 0 })));
    });
  }

  async removeLink(from: string, to: string, type: LinkType, note: string | null): Promise<boolean> {
    if (!isOneOf(LINK_TYPES, type)) throw new ClaimgraphError('BAD_INPUT', `link type must be one of ${LINK_TYPES.join('|')}`);
    if (note !== null && typeof note !== 'string') throw new ClaimgraphError('BAD_INPUT', 'note must be a string or null');
    if (typeof from !== 'string' || typeof to !== 'string') throw new ClaimgraphError('BAD_INPUT', 'from and to must be ids');
    const rows = await this.write((run) => run('remove-link', { from, to, relType: LINK_REL[type].rel, note }));
    return toNumber(rows[0]?.changed ?? 0) > 0;
  }

  async mergeSources(ids: string[]): Promise<Source> {
    if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || id.length === 0)) {
      throw new ClaimgraphError('BAD_INPUT', 'mergeSources needs a non-empty list of source ids');
    }
    return this.write(async (run) => {
      const rows = await run('get-sources', { ids: unique(ids) });
      const byId = new Map(rows.map((r) => [r.id as string, r.source === null ? null : toSource(r.source as Props)]));
      const sources = ids.map((id) => {
        const s = byId.get(id);
        if (s === undefined || s === null) throw notFound('source', id);
        return s;
      });
      const survivor = sources[0] as Source;
      const seen = new Set([survivor.id]);
      for (const other of sources.slice(1)) {
        if (seen.has(other.id)) continue;
        seen.add(other.id);
        for (const n of [other.name, ...other.aliases]) {
          if (n !== survivor.name && !survivor.aliases.includes(n)) survivor.aliases.push(n);
        }
        await run('merge-source', { survivorId: survivor.id, otherId: other.id });
      }
      await run('set-source-aliases', { id: survivor.id, aliases: survivor.aliases, namesLc: unique(survivor.aliases.map((a) => a.toLowerCase())) });
      return survivor;
    });
  }

  async writeReview(review: Review): Promise<void> {
    validateReview(review);
    await this.write(async (run) => {
      const rows = await run('write-review', { ...review });
      if (rows.length === 0) throw notFound('claim', review.claimId);
    });
  }

  // ---- reads by id --------------------------------------------------------------------

  getArticles(ids: readonly string[]): Promise<Array<Article | null>> {
    return this.byIds(ids, 'get-articles', 'article', toArticle);
  }

  getClaims(ids: readonly string[]): Promise<Array<Claim | null>> {
    return this.byIds(ids, 'get-claims', 'claim', toClaim);
  }

  getSources(ids: readonly string[]): Promise<Array<Source | null>> {
    return this.byIds(ids, 'get-sources', 'source', toSource);
  }

  getEvents(ids: readonly string[]): Promise<Array<Event | null>> {
    return this.byIds(ids, 'get-events', 'event', toEvent);
  }

  getEntities(ids: readonly string[]): Promise<Array<Entity | null>> {
    return this.byIds(ids, 'get-entities', 'entity', toEntity);
  }

  async getClaimsByArticle(articleIds: readonly string[]): Promise<Claim[][]> {
    const lists = await this.byIds(articleIds, 'get-claims-by-article', 'claims', (v) => (v as unknown as Props[]).map(toClaim));
    return lists.map((l) => l ?? []);
  }

  async getReviewsByClaim(claimIds: readonly string[]): Promise<Review[][]> {
    const lists = await this.byIds(claimIds, 'get-reviews-by-claim', 'reviews', (v) => (v as unknown as Props[]).map(toReview));
    return lists.map((l) => l ?? []);
  }

  async getArticleSources(articleIds: readonly string[]): Promise<Array<{ publisherId: string | null; creditIds: string[] }>> {
    const list = checkIds(articleIds, 'articleIds');
    if (list.length === 0) return [];
    const rows = await this.read((run) => run('get-article-sources', { ids: unique(list) }));
    const byId = new Map(
      rows.map((r) => {
        const credits = ((r.credits as Array<{ id: string; pos: unknown }> | null) ?? [])
          .map((c) => ({ id: c.id, pos: toNumber(c.pos) }))
          .sort((a, b) => a.pos - b.pos || cmp(a.id, b.id));
        return [r.id as string, { publisherId: (r.publisherId as string | null) ?? null, creditIds: credits.map((c) => c.id) }];
      }),
    );
    return list.map((id) => byId.get(id) ?? { publisherId: null, creditIds: [] });
  }

  // ---- lists --------------------------------------------------------------------------

  /** Runs a list query and turns its (total, items) row into a Page with keyset cursors. */
  private async page<T>(
    name: QueryName,
    params: Record<string, unknown>,
    list: string,
    page: PageArgs,
    shape: CursorShape,
    keyOf: (p: Props) => CursorValue[],
    toItem: (p: Props) => T,
    resolveSourceId = '',
    resolveEventId = '',
  ): Promise<Page<T>> {
    const first = pageSize(page);
    const after = page.after === undefined || page.after === null ? null : decodeCursor(list, page.after, shape);
    const afterParam = after === null ? [] : after.map((v, i) => (shape[i] === 'i' ? int(v as number) : v));
    const row = await this.read(async (run) => {
      const extra: Record<string, unknown> = {};
      if (resolveSourceId !== '') extra.sourceId = await resolveRedirect(run, 'resolve-source-redirects', resolveSourceId);
      if (resolveEventId !== '') extra.eventId = await resolveRedirect(run, 'resolve-event-redirects', resolveEventId);
      const rows = await run(name, { ...params, ...extra, after: afterParam, limit: int(first + 1) });
      return rows[0] as Row;
    });
    const raw = (row.items as Props[]) ?? [];
    const hasNextPage = raw.length > first;
    const kept = hasNextPage ? raw.slice(0, first) : raw;
    const cursors = kept.map((p) => encodeCursor(list, keyOf(p)));
    return { items: kept.map(toItem), cursors, hasNextPage, endCursor: cursors.at(-1) ?? null, totalCount: toNumber(row.total) };
  }

  // async so that a bad filter rejects, as on SQLite, instead of throwing before a promise exists.
  async listClaims(filter: ClaimFilter, page: PageArgs): Promise<Page<Claim>> {
    const f = filter ?? {};
    const params = {
      articleId: optText(f.articleId, 'articleId'),
      outlet: optLower(f.outlet, 'outlet'),
      sourceId: optText(f.sourceId, 'sourceId'),
      eventId: optText(f.eventId, 'eventId'),
      entityId: optText(f.entityId, 'entityId'),
      kind: optKind(f.kind),
      certainty: optCertainty(f.certainty),
      publishedFrom: optDay(f.publishedFrom, 'publishedFrom'),
      publishedTo: optDay(f.publishedTo, 'publishedTo'),
    };
    // Anchor on the most selective filter so the planner starts from an index, not every claim.
    const name: QueryName =
      params.articleId !== ''
        ? 'list-claims-by-article'
        : params.entityId !== ''
          ? 'list-claims-by-entity'
          : params.sourceId !== ''
            ? 'list-claims-by-source'
            : params.eventId !== ''
              ? 'list-claims-by-event'
              : 'list-claims';
    return this.page(
      name,
      params,
      'claims',
      page,
      ['s', 's', 'i', 's'],
      (p) => [p.pubKey as string, p.articleId as string, toNumber(p.start), p.id as string],
      toClaim,
      params.sourceId,
      params.eventId,
    );
  }

  async listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>> {
    const f = filter ?? {};
    const params = {
      outlet: optLower(f.outlet, 'outlet'),
      sourceId: optText(f.sourceId, 'sourceId'),
      publishedFrom: optDay(f.publishedFrom, 'publishedFrom'),
      publishedTo: optDay(f.publishedTo, 'publishedTo'),
      noteKind: optNoteKind(f.noteKind),
    };
    const name: QueryName = params.outlet !== '' ? 'list-articles-by-outlet' : 'list-articles';
    return this.page(name, params, 'articles', page, ['s', 's'], (p) => [p.pubKey as string, p.id as string], toArticle, params.sourceId);
  }

  async listSources(filter: SourceFilter, page: PageArgs): Promise<Page<Source>> {
    const f = filter ?? {};
    const params = { type: optSourceType(f.type), needle: optLower(f.nameContains, 'nameContains') };
    return this.page('list-sources', params, 'sources', page, ['s', 's'], (p) => [p.name as string, p.id as string], toSource);
  }

  async listEvents(filter: EventFilter, page: PageArgs): Promise<Page<Event>> {
    const params = eventParams(filter ?? {});
    const name: QueryName = params.label !== '' ? 'list-events-by-label' : 'list-events';
    return this.page(name, params, 'events', page, ['s', 's'], (p) => [p.dateKey as string, p.id as string], toEvent);
  }

  /** Ranked by the full-text index (claim text weighs 4x its sentence); the cursor is an offset because ranks shift as the corpus grows. */
  async searchClaims(text: string, page: PageArgs): Promise<Page<Claim> & { scores: number[] }> {
    const first = pageSize(page);
    if (typeof text !== 'string') throw new ClaimgraphError('BAD_INPUT', 'search text must be a string');
    const offset = decodeOffsetCursor('search', page.after);
    const query = luceneQuery(text);
    if (query === null) {
      if (this.driver === null) throw this.unavailable();
      return { items: [], cursors: [], scores: [], hasNextPage: false, endCursor: null, totalCount: 0 };
    }
    const row = await this.read(async (run) => {
      // The index is eventually consistent (cheaper writes): catch up with every commit first.
      await run('await-fulltext', {});
      return (await run('search-claims', { query, skip: int(offset), limit: int(first + 1) }))[0] as Row;
    });
    const hits = (row.hits as Array<{ claim: Props; score: number }>) ?? [];
    const hasNextPage = hits.length > first;
    const kept = hasNextPage ? hits.slice(0, first) : hits;
    const cursors = kept.map((_, i) => encodeOffsetCursor('search', offset + i + 1));
    return {
      items: kept.map((h) => toClaim(h.claim)),
      scores: kept.map((h) => toNumber(h.score)),
      cursors,
      hasNextPage,
      endCursor: cursors.at(-1) ?? null,
      totalCount: toNumber(row.total),
    };
  }

  // ---- links and traversals -----------------------------------------------------------

  async getLinks(ids: readonly string[], opts: { types?: readonly LinkType[]; includeRemoved?: boolean } = {}): Promise<Link[]> {
    const list = checkIds(ids, 'ids');
    // An empty list asks for every type (fixed parameter types, one cached plan).
    const relTypes = opts.types === undefined ? [] : checkLinkTypes(opts.types).map((t) => LINK_REL[t].rel);
    if (list.length === 0 || (opts.types !== undefined && relTypes.length === 0)) {
      if (this.driver === null) throw this.unavailable();
      return [];
    }
    const rows = await this.read((run) => run('get-links', { ids: unique(list), relTypes, includeRemoved: opts.includeRemoved === true }));
    return rows.map((r) => toLink(r.from as string, r.to as string, r.type as string, r.props as Props)).sort(compareLinks);
  }

  async traverseLinks(startId: string, types: readonly LinkType[], maxDepth: number, limit: number = DEFAULT_TRAVERSAL_LIMIT): Promise<TraversedLink[]> {
    checkDepth(maxDepth);
    checkLimit(limit);
    const wanted = checkLinkTypes(types);
    if (this.driver === null) throw this.unavailable();
    if (maxDepth === 0 || wanted.length === 0 || typeof startId !== 'string') return [];
    return this.read((run) => walkLinks(run, startId, wanted, maxDepth, limit));
  }

  async provenance(claimId: string, maxDepth: number): Promise<ProvenanceGraph | null> {
    checkDepth(maxDepth);
    if (typeof claimId !== 'string') throw new ClaimgraphError('BAD_INPUT', 'claimId must be a string');
    // One query, one round trip: the wall-clock tail of a provenance read is mostly waiting for turns.
    const [base] = await this.read((run) => run('provenance', { claimId, maxDepth: int(maxDepth) }));
    if (base === undefined) return null;
    const credits = ((base.credits as Array<{ pos: unknown; source: Props }>) ?? [])
      .map((c) => ({ pos: toNumber(c.pos), source: toSource(c.source) }))
      .sort((a, b) => a.pos - b.pos || cmp(a.source.id, b.source.id))
      .map((c) => c.source);
    return {
      claim: toClaim(base.claim as Props),
      article: toArticle(base.article as Props),
      source: base.source === null ? null : toSource(base.source as Props),
      publisher: base.publisher === null ? null : toSource(base.publisher as Props),
      credits,
      copies: chainSteps(base.copies as ChainRow[], 'COPIES', toArticle).map((s) => ({ link: s.link, depth: s.depth, article: s.target })),
      derivedFrom: chainSteps(base.derivedFrom as ChainRow[], 'DERIVED_FROM', toClaim).map((s) => ({ link: s.link, depth: s.depth, claim: s.target })),
    };
  }

  // ---- candidate look-up --------------------------------------------------------------

  /**
   * Keys are looked up in the keyword index in chunks Lucene accepts; every chunk counts shared
   * keys against the whole list, so the best `limit` of each chunk contain the best overall.
   */
  private async byKeys<T extends { shared: number; id: string }>(
    keys: readonly string[],
    limit: number,
    name: 'find-articles-by-keys' | 'find-claims-by-keys',
    map: (r: Row) => T,
  ): Promise<T[]> {
    checkLimit(limit);
    const list = unique(checkIds(keys, 'keys')).filter((k) => k.length > 0);
    if (this.driver === null) throw this.unavailable();
    if (list.length === 0) return [];
    const found = await this.read(async (run) => {
      // The key indexes are eventually consistent: catch up with every earlier commit first.
      await run('await-fulltext', {});
      const out = new Map<string, T>();
      for (let i = 0; i < list.length; i += MAX_KEY_CLAUSES) {
        const query = keysQuery(list.slice(i, i + MAX_KEY_CLAUSES));
        for (const r of await run(name, { query, keys: list, limit: int(limit) })) {
          const item = map(r);
          out.set(item.id, item);
        }
      }
      return [...out.values()];
    });
    return found.sort((a, b) => b.shared - a.shared || cmp(a.id, b.id)).slice(0, limit);
  }

  async findArticlesByKeys(keys: readonly string[], limit: number): Promise<Array<{ articleId: string; shared: number }>> {
    const found = await this.byKeys(keys, limit, 'find-articles-by-keys', (r) => ({ id: r.articleId as string, shared: toNumber(r.shared) }));
    return found.map((f) => ({ articleId: f.id, shared: f.shared }));
  }

  async findClaimsByKeys(keys: readonly string[], limit: number): Promise<Array<{ claimId: string; keys: string[] }>> {
    const found = await this.byKeys(keys, limit, 'find-claims-by-keys', (r) => {
      const shared = [...(r.keys as string[])].sort(cmp);
      return { id: r.claimId as string, shared: shared.length, keys: shared };
    });
    return found.map((f) => ({ claimId: f.id, keys: f.keys }));
  }

  async findEvents(query: { label?: string; dateFrom?: string; dateTo?: string }, limit: number): Promise<Event[]> {
    checkLimit(limit);
    const params = eventParams(query ?? {});
    const name: QueryName = params.label !== '' ? 'find-events-by-label' : 'find-events';
    const rows = await this.read((run) => run(name, { ...params, limit: int(limit) }));
    return rows.map((r) => toEvent(r.event as Props));
  }

  async resolveSourceAlias(names: readonly string[]): Promise<Array<string | null>> {
    if (!Array.isArray(names)) throw new ClaimgraphError('BAD_INPUT', 'names must be a list');
    if (this.driver === null) throw this.unavailable();
    if (names.length === 0) return [];
    const lowered = names.map((n) => (typeof n === 'string' ? n.toLowerCase() : null));
    const rows = await this.read((run) => run('resolve-source-alias', { names: lowered }));
    const byIndex = new Map(rows.map((r) => [toNumber(r.i), (r.id as string | null) ?? null]));
    return lowered.map((_, i) => byIndex.get(i) ?? null);
  }

  async counts(): Promise<GraphCounts> {
    const [r] = await this.read((run) => run('counts', {}));
    const row = r as Row;
    return {
      articles: toNumber(row.articles),
      claims: toNumber(row.claims),
      sources: toNumber(row.sources),
      events: toNumber(row.events),
      entities: toNumber(row.entities),
      links: toNumber(row.links),
    };
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function eventParams(f: EventFilter): Record<string, string> {
  return {
    label: optLower(f.label, 'label'),
    place: optLower(f.place, 'place'),
    dateFrom: optDay(f.dateFrom, 'dateFrom'),
    dateTo: optDay(f.dateTo, 'dateTo'),
  };
}

/**
 * A merged-away id as its survivor's id, itself when not merged (filters by source or event
 * follow redirects): a merged source's, or an event folded into another (eventMerges).
 */
async function resolveRedirect(run: Run, query: 'resolve-source-redirects' | 'resolve-event-redirects', id: string): Promise<string> {
  const [r] = await run(query, { ids: [id] });
  return (r?.to as string | undefined) ?? id;
}

/** Throws `missing(link, id, index)` for the first end that is neither a stored claim nor (for copies) a stored article. */
async function checkEnds(run: Run, links: readonly Link[], missing: (l: Link, id: string, i: number) => ClaimgraphError): Promise<void> {
  const claimIds = unique(links.filter((l) => l.type !== 'copies').flatMap((l) => [l.from, l.to]));
  const articleIds = unique(links.filter((l) => l.type === 'copies').flatMap((l) => [l.from, l.to]));
  const absentClaims = new Set(claimIds.length === 0 ? [] : (await run('find-missing-claims', { ids: claimIds })).map((r) => r.id as string));
  const absentArticles = new Set(articleIds.length === 0 ? [] : (await run('find-missing-articles', { ids: articleIds })).map((r) => r.id as string));
  links.forEach((l, i) => {
    const absent = l.type === 'copies' ? absentArticles : absentClaims;
    for (const id of [l.from, l.to]) if (absent.has(id)) throw missing(l, id, i);
  });
}

function isUnavailable(e: unknown): boolean {
  return e instanceof ClaimgraphError && e.code === 'STORE_UNAVAILABLE';
}

function withIndex(e: unknown, index: number, total: number): unknown {
  if (e instanceof ClaimgraphError && total > 1) e.details.index = index;
  return e;
}

/** The URI without user:password@, for descriptions and messages. */
function withoutCredentials(uri: string): string {
  return uri.replace(/^([a-z0-9+]+:\/\/)[^@/]*@/iu, '$1');
}
