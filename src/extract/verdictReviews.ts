import { reviewId, type Review } from '../domain';
import type { Extraction } from './types';

/**
 * The reviews a fact-check article makes of its checked claims: the publishing outlet is the
 * reviewer (schema.org ClaimReview's author), the article's URL the review's, its publication
 * day the review's date (`fallback`, the time of ingest, when the article has none). Without an
 * outlet nobody can be named as reviewer, so no review is made.
 */
export function verdictReviews(x: Extraction, fallback: string): Review[] {
  const reviewer = (x.publisherId !== null ? x.sources.find((s) => s.id === x.publisherId)?.name : undefined) ?? x.article.outlet;
  if (!reviewer) return [];
  const published = x.article.published;
  const createdAt = published === null ? fallback : /^\d{4}-\d{2}-\d{2}$/u.test(published) ? `${published}T00:00:00.000Z` : published;
  const url = x.article.url;
  return x.verdicts.map((v) => ({ id: reviewId(v.claimId, reviewer, url), claimId: v.claimId, rating: v.rating, reviewer, url, createdAt }));
}
