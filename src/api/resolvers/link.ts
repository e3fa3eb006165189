import type { LinkResolvers } from '../generated/graphql';
import type { ApiContext } from '../context';
import type { ArticleModel } from '../mappers';

/** `copies` connects articles; every other type connects claims. */
async function articleOf(id: string, isArticle: boolean, { loaders }: ApiContext): Promise<ArticleModel | null> {
  if (isArticle) return loaders.article.load(id);
  const claim = await loaders.claim.load(id);
  return claim ? loaders.article.load(claim.articleId) : null;
}

export const Link: LinkResolvers = {
  fromId: (l) => l.from,
  toId: (l) => l.to,
  fromClaim: (l, _a, { loaders }) => (l.type === 'copies' ? null : loaders.claim.load(l.from)),
  toClaim: (l, _a, { loaders }) => (l.type === 'copies' ? null : loaders.claim.load(l.to)),
  fromArticle: (l, _a, ctx) => articleOf(l.from, l.type === 'copies', ctx),
  toArticle: (l, _a, ctx) => articleOf(l.to, l.type === 'copies', ctx),
};
