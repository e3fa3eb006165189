import type { ClaimResolvers, EntityResolvers } from '../generated/graphql';
import type { EventModel } from '../mappers';
import { found, present } from './required';

export const Claim: ClaimResolvers = {
  source: (c, _a, { loaders }) => (c.sourceId ? loaders.source.load(c.sourceId) : null),
  event: async (c, _a, { loaders }) => {
    if (!c.event) return null;
    const stored = await loaders.event.load(c.event.id);
    // The claim's own reference is enough to answer when the event node is not stored.
    const fallback: EventModel = { ...c.event, dateEnd: null, participants: [] };
    return stored ?? fallback;
  },
  article: async (c, _a, { loaders }) => present(await loaders.article.load(c.articleId), 'article', c.articleId),
  reviews: (c, _a, { loaders }) => loaders.reviewsByClaim.load(c.id),
  links: (c, { types, includeRemoved }, { loaders }) => loaders.links(types ?? null, includeRemoved ?? false).load(c.id),
  provenance: async (c, _a, { loaders }) => found(await loaders.provenance.load(c.id), 'claim', c.id),
  corroboration: async (c, _a, { loaders }) => found(await loaders.corroboration.load(c.id), 'claim', c.id),
  conflicts: async (c, _a, { loaders }) => found(await loaders.conflicts.load(c.id), 'claim', c.id),
};

export const Entity: EntityResolvers = {
  aliases: async (e, _a, { loaders }) => e.aliases ?? (await loaders.entity.load(e.id))?.aliases ?? [],
};
