// Full-text search over claim text and sentence. $query is a Lucene query the adapter builds
// from escaped user words; results best first (ties by id), with the total number of matches.
CALL {
  CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node
  RETURN count(node) AS total
}
CALL {
  CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node, score
  WITH node AS c, score
  ORDER BY score DESC, c.id
  SKIP $skip
  LIMIT $limit
  RETURN collect({claim: c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]}, score: score}) AS hits
}
RETURN total, hits
