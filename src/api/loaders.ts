import DataLoader from 'dataloader';
import type { Article, Claim, Entity, Event, Link, LinkType, Review, Source } from '../domain';
import type { GraphStore } from '../store/port';
import type { ConflictReport, CorroborationReport, ProvenanceReport } from '../link/reports';
import { buildProvenance } from '../link/buildProvenance';
import { buildCorroboration } from '../link/buildCorroboration';
import { buildConflicts } from '../link/buildConflicts';

/**
 * Per-request DataLoaders over the store's batch getters: every field that needs another
 * node (claim.article, claim.source, article.publisher...) asks a loader, so a list of N
 * claims costs one store call per field, not N.
 */
export interface Loaders {
  article: DataLoader<string, Article | null>;
  claim: DataLoader<string, Claim | null>;
  source: DataLoader<string, Source | null>;
  event: DataLoader<string, Event | null>;
  entity: DataLoader<string, Entity | null>;
  claimsByArticle: DataLoader<string, Claim[]>;
  reviewsByClaim: DataLoader<string, Review[]>;
  articleSources: DataLoader<string, { publisherId: string | null; creditIds: string[] }>;
  /** Links touching an id, for one choice of types / includeRemoved. */
  links(types: readonly LinkType[] | null, includeRemoved: boolean): DataLoader<string, Link[]>;
  /** Reports, so that `provenance(claimId)` and `claim { provenance }` in one request build once. */
  provenance: DataLoader<string, ProvenanceReport | null>;
  corroboration: DataLoader<string, CorroborationReport | null>;
  conflicts: DataLoader<string, ConflictReport | null>;
  /** Forget everything loaded: after a write, and between subscription events. */
  clearAll(): void;
}

/** The store's batch limit (MAX_PAGE_SIZE) bounds how many ids one call may carry. */
const MAX_BATCH = 500;

export function createLoaders(store: GraphStore): Loaders {
  const opts = { maxBatchSize: MAX_BATCH };
  const linkLoaders = new Map<string, DataLoader<string, Link[]>>();
  // The report builders walk the graph per claim; batching only dedupes repeated asks.
  const perKey = <T>(build: (store: GraphStore, id: string) => Promise<T>) =>
    new DataLoader<string, T>((ids) => Promise.all(ids.map((id) => build(store, id))), opts);
  const loaders: Loaders = {
    article: new DataLoader((ids) => store.getArticles(ids), opts),
    claim: new DataLoader((ids) => store.getClaims(ids), opts),
    source: new DataLoader((ids) => store.getSources(ids), opts),
    event: new DataLoader((ids) => store.getEvents(ids), opts),
    entity: new DataLoader((ids) => store.getEntities(ids), opts),
    claimsByArticle: new DataLoader((ids) => store.getClaimsByArticle(ids), opts),
    reviewsByClaim: new DataLoader((ids) => store.getReviewsByClaim(ids), opts),
    articleSources: new DataLoader((ids) => store.getArticleSources(ids), opts),
    links(types, includeRemoved) {
      const sorted = types === null ? null : [...new Set(types)].sort();
      const key = `${sorted === null ? '*' : sorted.join(',')}|${includeRemoved ? 1 : 0}`;
      let loader = linkLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const links = await store.getLinks(ids, { ...(sorted ? { types: sorted } : {}), includeRemoved });
          const byId = new Map<string, Link[]>(ids.map((id) => [id, []]));
          for (const l of links) {
            byId.get(l.from)?.push(l);
            if (l.to !== l.from) byId.get(l.to)?.push(l);
          }
          return ids.map((id) => byId.get(id) ?? []);
        }, opts);
        linkLoaders.set(key, loader);
      }
      return loader;
    },
    provenance: perKey(buildProvenance),
    corroboration: perKey(buildCorroboration),
    conflicts: perKey(buildConflicts),
    clearAll() {
      for (const l of [loaders.article, loaders.claim, loaders.source, loaders.event, loaders.entity, loaders.claimsByArticle,
        loaders.reviewsByClaim, loaders.articleSources, loaders.provenance, loaders.corroboration, loaders.conflicts]) {
        (l as DataLoader<string, unknown>).clearAll();
      }
      linkLoaders.clear();
    },
  };
  return loaders;
}

/** Loads many ids and drops the absent ones, keeping order. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const found = await loader.loadMany(ids);
  const out: T[] = [];
  for (const f of found) {
    if (f instanceof Error) throw f;
    if (f !== null) out.push(f);
  }
  return out;
}
