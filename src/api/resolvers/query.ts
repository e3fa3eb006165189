import type { QueryResolvers } from '../generated/graphql';
import type { ArticleFilter, ClaimFilter, EventFilter, SourceFilter } from '../../store/port';
import { pageArgs, toConnection } from '../pagination';
import { badInput } from '../errors';
import { found } from './required';

/** GraphQL gives null for fields sent as null; the port wants them left out. */
function defined<T extends object>(input: { [K in keyof T]?: T[K] | null } | null | undefined): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input ?? {})) if (v !== null && v !== undefined) out[k] = v;
  return out as T;
}

function searchText(text: string): string {
  const t = text.trim();
  if (t.length === 0) throw badInput('text must not be empty', { argument: 'text' });
  if (t.length > 500) throw badInput('text must be at most 500 characters', { argument: 'text' });
  return t;
}

export const Query: QueryResolvers = {
  claim: (_p, { id }, { loaders }) => loaders.claim.load(id),
  claims: async (_p, { filter, first, after }, { store }) =>
    toConnection(await store.listClaims(defined<ClaimFilter>(filter), pageArgs(first, after)), after),
  searchClaims: async (_p, { text, first, after }, { store }) => {
    const page = await store.searchClaims(searchText(text), pageArgs(first, after));
    const conn = toConnection(page, after);
    return { ...conn, edges: conn.edges.map((e, i) => ({ ...e, score: page.scores[i] ?? 0 })) };
  },
  provenance: async (_p, { claimId }, { loaders }) => found(await loaders.provenance.load(claimId), 'claim', claimId),
  corroboration: async (_p, { claimId }, { loaders }) => found(await loaders.corroboration.load(claimId), 'claim', claimId),
  conflicts: async (_p, { claimId }, { loaders }) => found(await loaders.conflicts.load(claimId), 'claim', claimId),
  article: (_p, { id }, { loaders }) => loaders.article.load(id),
  articles: async (_p, { filter, first, after }, { store }) =>
    toConnection(await store.listArticles(defined<ArticleFilter>(filter), pageArgs(first, after)), after),
  source: (_p, { id }, { loaders }) => loaders.source.load(id),
  sources: async (_p, { filter, first, after }, { store }) =>
    toConnection(await store.listSources(defined<SourceFilter>(filter), pageArgs(first, after)), after),
  event: (_p, { id }, { loaders }) => loaders.event.load(id),
  events: async (_p, { filter, first, after }, { store }) =>
    toConnection(await store.listEvents(defined<EventFilter>(filter), pageArgs(first, after)), after),
};
