import type {
  Article,
  ArticleBundle,
  ArticleNoteKind,
  Certainty,
  Claim,
  ClaimKind,
  Entity,
  Event,
  Link,
  LinkType,
  Review,
  Source,
  SourceType,
} from '../domain';

/**
 * The GraphStore port: the only way the rest of claimgraph reads or writes the graph.
 * Two adapters implement it (src/store/sqlite, src/store/neo4j) and pass one contract
 * suite (test/contract). Every method is async so both adapters share one shape.
 *
 * Failures: a store that cannot be reached or goes away throws ClaimgraphError
 * STORE_UNAVAILABLE; bad arguments (malformed cursor, unknown id in merge) BAD_INPUT /
 * NOT_FOUND. Nothing else is expected.
 */
export interface GraphStore {
  /** Human-readable kind for logs: "sqlite:/path/db" or "neo4j://host/db" (never credentials). */
  readonly description: string;

  /** Connect, apply migrations / schema. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap liveness probe for /ready. */
  ping(): Promise<boolean>;

  // ---- writes -------------------------------------------------------------------------

  /**
   * Write one article with everything it adds, atomically and idempotently: an article
   * whose id is already stored changes nothing (created=false); a failure mid-write leaves
   * nothing behind. Source ids that were merged away are redirected to the surviving source.
   * Sources/entities/events already stored are upserted: aliases and participants are
   * unioned, other fields kept as first stored.
   */
  writeArticle(bundle: ArticleBundle): Promise<WriteResult>;
  /** Many articles; each one is atomic on its own. Results in input order. */
  writeArticles(bundles: ArticleBundle[]): Promise<WriteResult[]>;

  /**
   * Upsert links by (from, to, type). A machine link never overwrites an editor's link or
   * tombstone; an editor's link overwrites anything.
   */
  writeLinks(links: Link[]): Promise<void>;
  /** Editor removal: keeps a tombstone (removed=true, origin=editor). Returns false when there was no such link. */
  removeLink(from: string, to: string, type: LinkType, note: string | null): Promise<boolean>;

  /**
   * Merge sources into the first id: aliases and names of the others become aliases of
   * the survivor; claims, articles and redirects move to it; merged ids redirect to it
   * forever (a later re-ingest of an article naming them lands on the survivor).
   */
  mergeSources(ids: string[]): Promise<Source>;

  writeReview(review: Review): Promise<void>;

  // ---- reads by id (batched for DataLoader; results in input order, null when absent) --

  getArticles(ids: readonly string[]): Promise<Array<Article | null>>;
  getClaims(ids: readonly string[]): Promise<Array<Claim | null>>;
  /** Follows merge redirects: asking for a merged-away id returns the survivor. */
  getSources(ids: readonly string[]): Promise<Array<Source | null>>;
  /** Follows merge redirects: an event folded into another (ArticleBundle.eventMerges) returns that one. */
  getEvents(ids: readonly string[]): Promise<Array<Event | null>>;
  getEntities(ids: readonly string[]): Promise<Array<Entity | null>>;
  /** Claims of each article, in text order. */
  getClaimsByArticle(articleIds: readonly string[]): Promise<Claim[][]>;
  /** Reviews of each claim, newest first. */
  getReviewsByClaim(claimIds: readonly string[]): Promise<Review[][]>;
  /** Source id -> publisher of each article (PUBLISHED_BY) and credited agencies (CREDITS). */
  getArticleSources(articleIds: readonly string[]): Promise<Array<{ publisherId: string | null; creditIds: string[] }>>;

  // ---- lists (stable keyset cursors; a cursor stays valid across inserts) -------------

  listClaims(filter: ClaimFilter, page: PageArgs): Promise<Page<Claim>>;
  listArticles(filter: ArticleFilter, page: PageArgs): Promise<Page<Article>>;
  listSources(filter: SourceFilter, page: PageArgs): Promise<Page<Source>>;
  listEvents(filter: EventFilter, page: PageArgs): Promise<Page<Event>>;

  /** Full-text search over claim text and sentence, best first. Cursor is opaque. */
  searchClaims(text: string, page: PageArgs): Promise<Page<Claim> & { scores: number[] }>;

  // ---- links and traversals ------------------------------------------------------------

  /**
   * Links touching any of `ids` (as from or to), optionally of some types. Tombstoned
   * links are left out unless includeRemoved.
   */
  getLinks(ids: readonly string[], opts?: { types?: readonly LinkType[]; includeRemoved?: boolean }): Promise<Link[]>;

  /**
   * Bounded breadth-first walk over links of the given types starting at `startId`,
   * in both directions, never revisiting a node. Returns every link walked with the depth
   * at which it was reached (1 = touches startId). Tombstoned links are not walked.
   */
  traverseLinks(startId: string, types: readonly LinkType[], maxDepth: number, limit?: number): Promise<TraversedLink[]>;

  /**
   * Provenance walk from one claim: its article, speaker source, the article's publisher
   * and credited agencies, the chain of articles it copies (COPIES, outward, bounded) and
   * the chain of claims it derives from (DERIVED_FROM, outward, bounded).
   */
  provenance(claimId: string, maxDepth: number): Promise<ProvenanceGraph | null>;

  // ---- candidate look-up for incremental linking ---------------------------------------

  /** Articles that share any of these index keys (ArticleBundle.articleKeys), with how many keys each shares. */
  findArticlesByKeys(keys: readonly string[], limit: number): Promise<Array<{ articleId: string; shared: number }>>;
  /** Claims that share any of these index keys (ArticleBundle.claimKeys), with the keys they share. */
  findClaimsByKeys(keys: readonly string[], limit: number): Promise<Array<{ claimId: string; keys: string[] }>>;
  /** Events whose id is one of these or which share a date and label; used to merge event mentions. */
  findEvents(query: { label?: string; dateFrom?: string; dateTo?: string }, limit: number): Promise<Event[]>;
  /** Source ids for a name or alias (case-insensitive, exact), after merge redirects. */
  resolveSourceAlias(names: readonly string[]): Promise<Array<string | null>>;

  counts(): Promise<GraphCounts>;
}

export interface WriteResult {
  articleId: string;
  /** false when the article was already stored (nothing changed). */
  created: boolean;
  claims: number;
  links: number;
}

export interface PageArgs {
  /** Page size, 1..500. */
  first: number;
  /** Opaque cursor from a previous page's endCursor. */
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** One opaque cursor per item, same order. */
  cursors: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  /** Total matching the filter (not just this page). */
  totalCount: number;
}

export interface ClaimFilter {
  articleId?: string;
  /** Outlet name of the claim's article, exact, case-insensitive. */
  outlet?: string;
  /** Speaker source id (after merge redirects). */
  sourceId?: string;
  eventId?: string;
  entityId?: string;
  kind?: ClaimKind;
  certainty?: Certainty;
  /** Article publication date range, inclusive, YYYY-MM-DD. */
  publishedFrom?: string;
  publishedTo?: string;
}

export interface ArticleFilter {
  outlet?: string;
  /** Articles crediting this source (CREDITS) or published by it. */
  sourceId?: string;
  publishedFrom?: string;
  publishedTo?: string;
  /** Articles that printed a note of this kind (a correction, say). */
  noteKind?: ArticleNoteKind;
}

export interface SourceFilter {
  type?: SourceType;
  /** Case-insensitive substring of the name or any alias. */
  nameContains?: string;
}

export interface EventFilter {
  label?: string;
  dateFrom?: string;
  dateTo?: string;
  place?: string;
}

export interface TraversedLink extends Link {
  depth: number;
}

export interface ProvenanceGraph {
  claim: Claim;
  article: Article;
  /** Speaker's source (ATTRIBUTED_TO), after redirects. */
  source: Source | null;
  publisher: Source | null;
  /** Agencies the article credits (CREDITS). */
  credits: Source[];
  /** COPIES edges reachable from the claim's article, outward (toward originals), depth 1..maxDepth. */
  copies: Array<{ link: Link; depth: number; article: Article }>;
  /** DERIVED_FROM edges reachable from the claim, outward, depth 1..maxDepth, with the claims reached. */
  derivedFrom: Array<{ link: Link; depth: number; claim: Claim }>;
}

export interface GraphCounts {
  articles: number;
  claims: number;
  sources: number;
  events: number;
  entities: number;
  links: number;
}

export const MAX_PAGE_SIZE = 500;
