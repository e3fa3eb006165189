import type { IngestItemResolvers, IngestResultResolvers } from '../generated/graphql';

export const IngestItem: IngestItemResolvers = {
  article: (i, _a, { loaders }) => (i.articleId ? loaders.article.load(i.articleId) : null),
};

export const IngestResult: IngestResultResolvers = {
  created: (r) => r.items.filter((i) => i.status === 'new').length,
  known: (r) => r.items.filter((i) => i.status === 'known').length,
  failed: (r) => r.items.filter((i) => i.status === 'failed').length,
};
