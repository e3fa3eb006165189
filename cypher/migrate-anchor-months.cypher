// Data migration "anchor-months" (the SQLite adapter's migration 008): since then the linker files
// a dated event's actor and place anchors (`eu:<family>|<anchor>`) by month as well
// (`eu:<family>|<anchor>|<YYYY-MM>`, src/link/claimKeys.ts), and undated mentions look up only the
// months before their article. Stored claims about a dated event get their anchors' months: those
// of the event's first and last day. Idempotent (a key already there is not added again); runs in
// batches, so it needs an auto-commit transaction.
MATCH (c:Claim)-[:ABOUT]->(e:Event)
WHERE e.date IS NOT NULL AND any(k IN c.keys WHERE k STARTS WITH 'eu:' AND size(split(k, '|')) = 2)
CALL {
  WITH c, e
  WITH c, [k IN c.keys WHERE k STARTS WITH 'eu:' AND size(split(k, '|')) = 2] AS anchors,
    [substring(e.date, 0, 7), substring(coalesce(e.dateEnd, e.date), 0, 7)] AS months
  WITH c, reduce(acc = [], a IN anchors | acc + [m IN months | a + '|' + m]) AS bucketed
  SET c.keys = reduce(acc = c.keys, k IN bucketed | CASE WHEN k IN acc THEN acc ELSE acc + k END)
} IN TRANSACTIONS OF 5000 ROWS
