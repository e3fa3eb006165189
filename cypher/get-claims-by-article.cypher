// Claims of each article in text order.
UNWIND $ids AS id
CALL {
  WITH id
  OPTIONAL MATCH (:Article {id: id})<-[:STATED_IN]-(c:Claim)
  WITH c
  ORDER BY c.start, c.end, c.id
  RETURN collect(c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]}) AS claims
}
RETURN id, claims
