// Claims of new articles with (Claim)-[:STATED_IN]->(Article), -[:ATTRIBUTED_TO {cue}]->(Source),
// -[:ABOUT]->(Event) and -[:MENTIONS]->(Entity). Nested parts (speaker, quantities, event and
// entity refs) are kept as JSON on the node so a claim reads back exactly as written.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (c:Claim)
SET c = row.props, c.start = toInteger(row.start), c.end = toInteger(row.end)
CREATE (c)-[:STATED_IN]->(a)
WITH c, row
CALL {
  WITH c, row
  WITH c, row
  WHERE row.sourceId IS NOT NULL
  MATCH (s:Source {id: row.sourceId})
  CREATE (c)-[:ATTRIBUTED_TO {cue: row.cue}]->(s)
}
CALL {
  WITH c, row
  WITH c, row
  WHERE row.eventId IS NOT NULL
  MATCH (e:Event {id: row.eventId})
  CREATE (c)-[:ABOUT]->(e)
}
CALL {
  WITH c, row
  UNWIND row.entityIds AS entityId
  MATCH (n:Entity {id: entityId})
  CREATE (c)-[:MENTIONS]->(n)
}
