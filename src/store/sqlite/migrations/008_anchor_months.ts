import type { Migration } from './Migration';

/**
 * The linker files a dated event's actor and place anchors by month as well since this version
 * (`eu:<family>|<anchor>|<YYYY-MM>`, src/link/claimKeys.ts), and an undated mention in a dated
 * article looks up only the months of the weeks before it: the unbucketed posting of a common
 * actor ("United States") grows with the whole store. The anchor rows already stored get their
 * months: those of the first and the last day of the event of the claims they list (an event
 * spans more months only when roughly dated, and such events are joined by place alone).
 */
export const migration008: Migration = {
  version: 8,
  name: 'event anchors by month',
  sql: `
CREATE TEMP TABLE anchor_months AS
  SELECT DISTINCT k.key AS key, k.article_rowid AS article_rowid, k.claim_ids AS claim_ids,
    substr(e.date, 1, 7) AS first_month, substr(coalesce(e.date_end, e.date), 1, 7) AS last_month
  FROM claim_keys k CROSS JOIN json_each(k.claim_ids) j
  JOIN claims c ON c.id = j.value
  JOIN events e ON e.id = c.event_id
  WHERE k.key >= 'eu:' AND k.key < 'eu;' AND instr(substr(k.key, instr(k.key, '|') + 1), '|') = 0 AND e.date IS NOT NULL;
INSERT OR IGNORE INTO claim_keys (key, article_rowid, claim_ids)
  SELECT key || '|' || first_month, article_rowid, claim_ids FROM anchor_months
  UNION SELECT key || '|' || last_month, article_rowid, claim_ids FROM anchor_months;
DROP TABLE anchor_months;
`,
};
