import type { Migration } from './Migration';

/**
 * claims_page (pub_key, article_id, start, id) already answers "claims of one article in
 * text order" once the article's pub_key is known (queries join articles first), so the
 * separate (article_id, start) index only cost a b-tree insert per claim.
 */
export const migration003: Migration = {
  version: 3,
  name: 'claims of an article through claims_page',
  sql: `DROP INDEX IF EXISTS claims_article;`,
};
