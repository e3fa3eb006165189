import type { Article } from './article';
import type { Claim } from './claim';
import type { Source } from './source';
import type { Event } from './event';
import type { Entity } from './entity';
import type { Link } from './link';
import type { Review } from './review';

/**
 * Everything one article adds to the graph, written by a store in one transaction.
 * Relationships are carried by ids:
 *   Claim.articleId            -> (Claim)-[:STATED_IN]->(Article)
 *   Claim.sourceId + cue       -> (Claim)-[:ATTRIBUTED_TO {cue}]->(Source)
 *   Claim.event.id             -> (Claim)-[:ABOUT]->(Event)
 *   Claim.entities[].id        -> (Claim)-[:MENTIONS]->(Entity)
 *   publisherId                -> (Article)-[:PUBLISHED_BY]->(Source)
 *   creditIds                  -> (Article)-[:CREDITS]->(Source)
 *   links                      -> typed edges between claims (or articles for `copies`)
 * Every Source, Event and Entity a claim or the article refers to is in the bundle.
 */
export interface ArticleBundle {
  article: Article;
  claims: Claim[];
  sources: Source[];
  events: Event[];
  entities: Entity[];
  /** Links from this article's claims (or the article itself) to what was already stored. */
  links: Link[];
  publisherId: string | null;
  creditIds: string[];
  /** Reviews the article makes of its own claims (a fact-check's rating, see src/extract/verdictReviews). */
  reviews: Review[];
  /**
   * Index keys for candidate look-up by later articles (src/link): LSH band keys of the
   * article's shingles, blocking keys of each claim. Opaque strings to the store.
   */
  articleKeys: string[];
  claimKeys: Array<{ claimId: string; keys: string[] }>;
  /**
   * Stored events this article's events absorb (src/link/adoptUndated): an undated mention
   * stored before the dated report of its happening. Written in the article's transaction; the
   * bundle's own claims are never about a `from` event (it is not one of the bundle's events).
   */
  eventMerges: EventMerge[];
}

/**
 * One stored event folded into another: every claim about `from` is about `into` from now on
 * (`into` is one of the bundle's events, whose fields the moved claims take), their index keys
 * that name `from` are renamed as `keys` says (old -> new, the same opaque strings as
 * claimKeys), and `from` is gone, its id redirecting to `into` for readers that kept it.
 */
export interface EventMerge {
  from: string;
  into: string;
  keys: Array<{ from: string; to: string }>;
}
