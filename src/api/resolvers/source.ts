import type { SourceResolvers } from '../generated/graphql';
import type { ArticleModel, ClaimModel, SourceOutletModel } from '../mappers';
import { pageArgs, toConnection } from '../pagination';
import { loadPresent } from '../loaders';
import { MAX_PAGE_SIZE } from '../../store/port';
import { byPublication } from './timeline';

export const Source: SourceResolvers = {
  claims: async (s, { first, after }, { store }) => toConnection(await store.listClaims({ sourceId: s.id }, pageArgs(first, after)), after),
  outlets: async (s, _a, { store, loaders }) => {
    const page = await store.listClaims({ sourceId: s.id }, { first: MAX_PAGE_SIZE });
    const articles = await loadPresent(loaders.article, [...new Set(page.items.map((c) => c.articleId))]);
    return groupByOutlet(page.items, new Map(articles.map((a) => [a.id, a])));
  },
};

/** Groups a source's claims by outlet; outlets in order of their earliest claim, unknown outlets last. */
export function groupByOutlet(claims: readonly ClaimModel[], articles: ReadonlyMap<string, ArticleModel>): SourceOutletModel[] {
  const entries = claims
    .map((claim) => ({ claim, article: articles.get(claim.articleId) }))
    .filter((e): e is { claim: ClaimModel; article: ArticleModel } => e.article !== undefined)
    .sort(byPublication);
  const groups = new Map<string, { outlet: string | null; articles: Set<string>; claims: ClaimModel[] }>();
  for (const { claim, article } of entries) {
    const key = article.outlet?.trim().toLowerCase() ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { outlet: article.outlet, articles: new Set(), claims: [] }));
    g.articles.add(article.id);
    g.claims.push(claim);
  }
  const out = [...groups.values()].map((g) => ({ outlet: g.outlet, articleCount: g.articles.size, claims: g.claims }));
  return [...out.filter((g) => g.outlet !== null), ...out.filter((g) => g.outlet === null)];
}
