// One keyset page of the claims mentioning one entity, filtered; plus the total matching the filter.
// Order: article published date ('~' when unknown: last, and outside every date range), article id, start, claim id.
// Absent filters are null parameters; $after is the last key seen, or null.
CALL {
  MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(c:Claim)
  WHERE ($articleId IS NULL OR c.articleId = $articleId)
    AND ($kind IS NULL OR c.kind = $kind)
    AND ($certainty IS NULL OR c.certainty = $certainty)
    AND ($publishedFrom IS NULL OR (c.pubKey >= $publishedFrom AND c.pubKey < '~'))
    AND ($publishedTo IS NULL OR substring(c.pubKey, 0, 10) <= $publishedTo)
    AND ($outlet IS NULL OR EXISTS { MATCH (c)-[:STATED_IN]->(a:Article) WHERE a.outletLc = $outlet })
    AND ($sourceId IS NULL OR EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(:Source {id: $sourceId}) })
    AND ($eventId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Event {id: $eventId}) })
    AND ($entityId IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Entity {id: $entityId}) })
  RETURN count(c) AS total
}
CALL {
  MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(c:Claim)
  WHERE ($articleId IS NULL OR c.articleId = $articleId)
    AND ($kind IS NULL OR c.kind = $kind)
    AND ($certainty IS NULL OR c.certainty = $certainty)
    AND ($publishedFrom IS NULL OR (c.pubKey >= $publishedFrom AND c.pubKey < '~'))
    AND ($publishedTo IS NULL OR substring(c.pubKey, 0, 10) <= $publishedTo)
    AND ($outlet IS NULL OR EXISTS { MATCH (c)-[:STATED_IN]->(a:Article) WHERE a.outletLc = $outlet })
    AND ($sourceId IS NULL OR EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(:Source {id: $sourceId}) })
    AND ($eventId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Event {id: $eventId}) })
    AND ($entityId IS NULL OR EXISTS { MATCH (c)-[:MENTIONS]->(:Entity {id: $entityId}) })
    AND ($after IS NULL OR [c.pubKey, c.articleId, c.start, c.id] > $after)
  WITH c
  ORDER BY c.pubKey, c.articleId, c.start, c.id
  LIMIT $limit
  RETURN collect(c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]}) AS items
}
RETURN total, items
