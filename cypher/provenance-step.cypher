// One outward breadth-first step of both provenance chains at once: live COPIES links from the
// article frontier and live DERIVED_FROM links from the claim frontier, with the nodes reached
// (left out when already reached: $seenArticles / $seenClaims, which a cycle would repeat).
CALL {
  UNWIND $articleIds AS id
  MATCH (:Article {id: id})-[r:COPIES]->(t:Article)
  WHERE r.removed = false
  RETURN 'copies' AS chain, id AS from, t.id AS to, properties(r) AS props,
    CASE WHEN t.id IN $seenArticles THEN null ELSE t {.*} END AS target
  UNION ALL
  UNWIND $claimIds AS id
  MATCH (:Claim {id: id})-[r:DERIVED_FROM]->(t:Claim)
  WHERE r.removed = false
  RETURN 'derived' AS chain, id AS from, t.id AS to, properties(r) AS props,
    CASE WHEN t.id IN $seenClaims THEN null
      ELSE t {.*, sourceId: [(t)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]} END AS target
}
RETURN chain, from, to, props, target
