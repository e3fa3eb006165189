// Folds one source into a survivor: its claims, articles, credits, names and redirects move over,
// then it becomes a redirect (:MergedSource)-[:MERGED_INTO]->(survivor) forever.
MATCH (s:Source {id: $survivorId})
MATCH (o:Source {id: $otherId})
CALL {
  WITH s, o
  MATCH (c:Claim)-[r:ATTRIBUTED_TO]->(o)
  CREATE (c)-[:ATTRIBUTED_TO {cue: r.cue}]->(s)
  DELETE r
}
CALL {
  WITH s, o
  MATCH (a:Article)-[r:PUBLISHED_BY]->(o)
  MERGE (a)-[:PUBLISHED_BY]->(s)
  DELETE r
}
CALL {
  WITH s, o
  MATCH (a:Article)-[r:CREDITS]->(o)
  MERGE (a)-[n:CREDITS]->(s)
  ON CREATE SET n.pos = r.pos
  DELETE r
}
CALL {
  WITH s, o
  MATCH (k:SourceName)-[r:NAME_OF]->(o)
  MERGE (k)-[:NAME_OF]->(s)
  DELETE r
}
CALL {
  WITH s, o
  MATCH (m:MergedSource)-[r:MERGED_INTO]->(o)
  CREATE (m)-[:MERGED_INTO]->(s)
  DELETE r
}
WITH s, o, o.id AS otherId, o.namesLc AS otherNames
DETACH DELETE o
CREATE (:MergedSource {id: otherId})-[:MERGED_INTO]->(s)
SET s.namesLc = s.namesLc + [x IN otherNames WHERE NOT x IN s.namesLc]
RETURN s.id AS id
