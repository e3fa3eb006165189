// One outward step along live DERIVED_FROM links from these claims, with the claims reached.
UNWIND $ids AS id
MATCH (:Claim {id: id})-[r:DERIVED_FROM]->(t:Claim)
WHERE r.removed = false
RETURN id AS from, t.id AS to, properties(r) AS props,
  t {.*, sourceId: [(t)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]} AS target
