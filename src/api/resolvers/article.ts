import type { ArticleResolvers } from '../generated/graphql';
import { connectionOfList, pageArgs } from '../pagination';
import { loadPresent } from '../loaders';

export const Article: ArticleResolvers = {
  claims: async (a, { first, after }, { loaders }) => {
    const args = pageArgs(first, after, 50);
    return connectionOfList(await loaders.claimsByArticle.load(a.id), args);
  },
  publisher: async (a, _x, { loaders }) => {
    const { publisherId } = await loaders.articleSources.load(a.id);
    return publisherId ? loaders.source.load(publisherId) : null;
  },
  creditedSources: async (a, _x, { loaders }) => loadPresent(loaders.source, (await loaders.articleSources.load(a.id)).creditIds),
  copies: (a, _x, { loaders }) => loaders.links(['copies'], false).load(a.id),
};
