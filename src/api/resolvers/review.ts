import type { ReviewResolvers } from '../generated/graphql';
import { present } from './required';

export const Review: ReviewResolvers = {
  claim: async (r, _a, { loaders }) => present(await loaders.claim.load(r.claimId), 'claim', r.claimId),
  datePublished: (r) => r.createdAt,
  // schema.org ClaimReview (https://schema.org/ClaimReview), as fact-check pages embed it.
  claimReview: async (r, _a, { loaders }) => {
    const claim = await loaders.claim.load(r.claimId);
    const article = claim ? await loaders.article.load(claim.articleId) : null;
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      ...(r.url ? { url: r.url } : {}),
      datePublished: r.createdAt,
      author: { '@type': 'Organization', name: r.reviewer },
      claimReviewed: claim?.text ?? null,
      reviewRating: { '@type': 'Rating', alternateName: r.rating },
      itemReviewed: {
        '@type': 'Claim',
        ...(claim?.speaker ? { author: { '@type': claim.speaker.type === 'person' ? 'Person' : 'Organization', name: claim.speaker.name } } : {}),
        ...(article
          ? {
              appearance: {
                '@type': 'NewsArticle',
                ...(article.url ? { url: article.url } : {}),
                ...(article.title ? { headline: article.title } : {}),
                ...(article.published ? { datePublished: article.published } : {}),
                ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
              },
            }
          : {}),
      },
    };
  },
};
