import type { Migration } from './Migration';

/**
 * article_keys refers to its article by rowid (as claim_keys and claim_entities do since
 * migration 004) instead of by its 22-character id: the rows shrink to about half, so the
 * hundred-odd random inserts an article brings split fewer pages and dirty fewer of them
 * per commit (about 8% of a one-article write). Every row belongs to a stored article
 * (keys are written with their article), so the join below keeps them all.
 */
export const migration006: Migration = {
  version: 6,
  name: 'article keys by article rowid',
  sql: `
CREATE TABLE article_keys_v6 (
  key TEXT NOT NULL,
  article_rowid INTEGER NOT NULL,
  PRIMARY KEY (key, article_rowid)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_keys_v6 (key, article_rowid)
  SELECT k.key, a.rowid FROM article_keys k JOIN articles a ON a.id = k.article_id;
DROP TABLE article_keys;
ALTER TABLE article_keys_v6 RENAME TO article_keys;
`,
};
