// Folds stored events into the events that absorb them (ArticleBundle.eventMerges: an undated
// mention adopted by the dated report of its happening). The claims move over, taking the
// survivor's fields ($rows.event, JSON) and their renamed candidate keys ($rows.renames: old key ->
// new key); redirects that pointed at the folded event point on; then it becomes a redirect
// (:MergedEvent)-[:MERGED_INTO]->(survivor). An event no longer stored leaves nothing to do.
UNWIND $rows AS row
MATCH (u:Event {id: row.from})
MATCH (d:Event {id: row.into})
CALL {
  WITH u, d, row
  MATCH (c:Claim)-[r:ABOUT]->(u)
  CREATE (c)-[:ABOUT]->(d)
  DELETE r
  SET c.event = row.event, c.keys = [k IN c.keys | coalesce(row.renames[k], k)]
}
CALL {
  WITH u, d
  MATCH (m:MergedEvent)-[r:MERGED_INTO]->(u)
  CREATE (m)-[:MERGED_INTO]->(d)
  DELETE r
}
WITH u, d, u.id AS fromId
DETACH DELETE u
MERGE (m:MergedEvent {id: fromId})
MERGE (m)-[:MERGED_INTO]->(d)
