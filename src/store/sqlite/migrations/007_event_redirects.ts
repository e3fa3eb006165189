import type { Migration } from './Migration';

/**
 * Events folded into others (ArticleBundle.eventMerges: an undated mention adopted by the
 * dated report of its happening) leave a redirect, as merged sources do, so that an id a
 * reader kept still finds the event its claims moved to.
 *
 * The linker files an undated event's anchors as `un:<family>|<anchor>|<month of the
 * article>` since this version (src/link/claimKeys.ts), where they were `eu:<family>|<anchor>`:
 * the anchor rows of stored articles whose claims are all about undated events are filed the
 * new way, so that the undated mentions already stored can be adopted too.
 */
export const migration007: Migration = {
  version: 7,
  name: 'event redirects',
  sql: `
CREATE TABLE event_redirects (
  from_id TEXT PRIMARY KEY,
  to_id TEXT NOT NULL REFERENCES events(id)
) WITHOUT ROWID;
CREATE INDEX event_redirects_to ON event_redirects(to_id);
CREATE TEMP TABLE undated_anchor_rows AS
  SELECT k.key, k.article_rowid, k.claim_ids, coalesce(substr(a.published, 1, 7), '-') AS month
  FROM claim_keys k JOIN articles a ON a.rowid = k.article_rowid
  WHERE k.key >= 'eu:' AND k.key < 'eu;'
    AND NOT EXISTS (
      SELECT 1 FROM json_each(k.claim_ids) j JOIN claims c ON c.id = j.value
      WHERE c.event_id IS NULL OR c.event_id IN (SELECT id FROM events WHERE date IS NOT NULL));
INSERT OR IGNORE INTO claim_keys (key, article_rowid, claim_ids)
  SELECT 'un:' || substr(key, 4) || '|' || month, article_rowid, claim_ids FROM undated_anchor_rows;
DELETE FROM claim_keys WHERE (key, article_rowid) IN (SELECT key, article_rowid FROM undated_anchor_rows);
DROP TABLE undated_anchor_rows;
`,
};
