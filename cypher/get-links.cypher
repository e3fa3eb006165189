// Links touching any of these claims or articles, of the wanted types ($relTypes, compared as
// values; an empty list means every type), tombstones only when $includeRemoved.
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
WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND ($includeRemoved OR r.removed = false)
WITH DISTINCT r
RETURN startNode(r).id AS from, endNode(r).id AS to, type(r) AS type, properties(r) AS props
