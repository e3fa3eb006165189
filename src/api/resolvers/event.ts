import type { EventResolvers } from '../generated/graphql';
import { pageArgs, toConnection } from '../pagination';
import { loadPresent } from '../loaders';
import { byPublication } from './timeline';

export const Event: EventResolvers = {
  claims: async (e, { first, after }, { store }) => toConnection(await store.listClaims({ eventId: e.id }, pageArgs(first, after)), after),
  timeline: async (e, { first }, { store, loaders }) => {
    const { first: n } = pageArgs(first, null, 100);
    // The timeline is ordered by publication, which the store's stable order is not: take
    // every claim of the event (up to the page limit) and order them here.
    const page = await store.listClaims({ eventId: e.id }, { first: 500 });
    const articles = new Map((await loadPresent(loaders.article, [...new Set(page.items.map((c) => c.articleId))])).map((a) => [a.id, a]));
    return page.items
      .flatMap((claim) => {
        const article = articles.get(claim.articleId);
        return article ? [{ claim, article }] : [];
      })
      .sort(byPublication)
      .slice(0, n)
      .map(({ claim, article }) => ({ published: article.published, claim, article }));
  },
};
