// Claims of new articles with (Claim)-[:STATED_IN]->(Article), -[:ATTRIBUTED_TO {cue}]->(Source),
// -[:ABOUT]->(Event) and -[:MENTIONS]->(Entity). Nested parts (speaker, quantities, event and
// entity refs, via) are kept as JSON on the node so a claim reads back exactly as written; `keys`
// are the linker's candidate keys (indexed by claim_keys). Properties are spelled out in CREATE
// (one operator, no Eager); null values are simply not stored. The optional ends are matched
// once per row and created through FOREACH: measurably cheaper than one subquery per kind.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (c:Claim {
  id: row.id, articleId: row.articleId, pubKey: row.pubKey, text: row.text, sentence: row.sentence,
  start: toInteger(row.start), end: toInteger(row.end), kind: row.kind, certainty: row.certainty,
  speaker: row.speaker, cue: row.cue, quote: row.quote, quantities: row.quantities, event: row.event,
  entities: row.entities, credit: row.credit, checkworthiness: row.checkworthiness, via: row.via,
  keys: row.keys
})-[:STATED_IN]->(a)
WITH c, row
OPTIONAL MATCH (s:Source {id: row.sourceId})
OPTIONAL MATCH (e:Event {id: row.eventId})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ATTRIBUTED_TO {cue: row.cue}]->(s))
FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ABOUT]->(e))
// Last step: a claim without entities drops out of the UNWIND, with nothing left to do.
WITH c, row
UNWIND row.entityIds AS entityId
MATCH (n:Entity {id: entityId})
CREATE (c)-[:MENTIONS]->(n)
