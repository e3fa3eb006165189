import type { ArticleModel, ClaimModel } from '../mappers';

/**
 * Publication order: known dates first, earliest first (a bare date sorts before a timestamp
 * of the same day), then article id and position in the text, so the order is total and stable.
 */
export function byPublication(a: { claim: ClaimModel; article: ArticleModel }, b: { claim: ClaimModel; article: ArticleModel }): number {
  const pa = a.article.published;
  const pb = b.article.published;
  if (pa !== pb) {
    if (pa === null) return 1;
    if (pb === null) return -1;
    return pa < pb ? -1 : 1;
  }
  if (a.article.id !== b.article.id) return a.article.id < b.article.id ? -1 : 1;
  return a.claim.start - b.claim.start;
}
