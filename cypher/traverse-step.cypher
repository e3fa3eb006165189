// One breadth-first step of traverseLinks: live links of the wanted types touching the frontier.
UNWIND $ids AS id
CALL {
  WITH id
  MATCH (n:Claim {id: id})
  RETURN n
  UNION
  WITH id
  MATCH (n:Article {id: id})
  RETURN n
}
MATCH (n)-[r:CORROBORATES|CONTRADICTS|DIFFERENT_FIGURE|SAME_EVENT|DERIVED_FROM|COPIES]-()
WHERE type(r) IN $relTypes AND r.removed = false
WITH DISTINCT r
RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, properties(r) AS props
