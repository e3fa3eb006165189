/** A fact-checker's verdict on a claim, in schema.org ClaimReview terms. */
export interface Review {
  id: string;
  claimId: string;
  /** reviewRating.alternateName: "False", "Misleading", "True"... */
  rating: string;
  /** author.name */
  reviewer: string;
  /** url of the published fact-check */
  url: string | null;
  /** datePublished, ISO timestamp */
  createdAt: string;
}
