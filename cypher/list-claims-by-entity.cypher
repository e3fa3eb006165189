// One keyset page of the claims mentioning one entity, filtered; plus the total matching the filter.
// Order: article published date ('~' when unknown: last, and outside every date range), article id, start, claim id.
// Absent filters are empty strings (never null: parameter types stay fixed, so one cached plan
// serves every filter combination); $after is the last key seen, or an empty list.
CALL {
  MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(c:Claim)
  WHERE ($articleId = '' OR c.articleId = $articleId)
    AND ($kind = '' OR c.kind = $kind)
    AND ($certainty = '' OR c.certainty = $certainty)
    AND ($publishedFrom = '' OR (c.pubKey >= $publishedFrom AND c.pubKey < '~'))
    AND ($publishedTo = '' OR substring(c.pubKey, 0, 10) <= $publishedTo)
    AND ($outlet = '' OR EXISTS { MATCH (c)-[:STATED_IN]->(a:Article) WHERE a.outletLc = $outlet })
    AND ($sourceId = '' OR EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(:Source {id: $sourceId}) })
    AND ($eventId = '' OR EXISTS { MATCH (c)-[:ABOUT]->(:Event {id: $eventId}) })
    AND ($entityId = '' OR EXISTS { MATCH (c)-[:MENTIONS]->(:Entity {id: $entityId}) })
  RETURN count(c) AS total
}
CALL {
  MATCH (:Entity {id: $entityId})<-[:MENTIONS]-(c:Claim)
  WHERE ($articleId = '' OR c.articleId = $articleId)
    AND ($kind = '' OR c.kind = $kind)
    AND ($certainty = '' OR c.certainty = $certainty)
    AND ($publishedFrom = '' OR (c.pubKey >= $publishedFrom AND c.pubKey < '~'))
    AND ($publishedTo = '' OR substring(c.pubKey, 0, 10) <= $publishedTo)
    AND ($outlet = '' OR EXISTS { MATCH (c)-[:STATED_IN]->(a:Article) WHERE a.outletLc = $outlet })
    AND ($sourceId = '' OR EXISTS { MATCH (c)-[:ATTRIBUTED_TO]->(:Source {id: $sourceId}) })
    AND ($eventId = '' OR EXISTS { MATCH (c)-[:ABOUT]->(:Event {id: $eventId}) })
    AND ($entityId = '' OR EXISTS { MATCH (c)-[:MENTIONS]->(:Entity {id: $entityId}) })
    AND (size($after) = 0 OR [c.pubKey, c.articleId, c.start, c.id] > $after)
  WITH c
  ORDER BY c.pubKey, c.articleId, c.start, c.id
  LIMIT $limit
  RETURN collect(c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]}) AS items
}
RETURN total, items
