// A claim's whole provenance in one query (one round trip instead of one per level): the claim,
// its article, speaker source, publisher, credits, and both outward chains (live COPIES from the
// article, live DERIVED_FROM from the claim). A node's distance is its shortest live path from
// the start (ANY SHORTEST searches breadth-first, visiting each node once: no path enumeration on
// dense clusters); every live link leaving a node nearer than $maxDepth is reported at that
// distance + 1, as a level-by-level walk would. The upper bound 19 is MAX_TRAVERSAL_DEPTH - 1
// (a bound cannot be a parameter).
MATCH (c:Claim {id: $claimId})-[:STATED_IN]->(a:Article)
CALL {
  WITH a
  MATCH p = ANY SHORTEST (a)-[x:COPIES WHERE x.removed = false]->{0,19}(u:Article)
  WITH u, length(p) AS dist
  WHERE dist < $maxDepth
  MATCH (u)-[r:COPIES]->(t:Article)
  WHERE r.removed = false
  RETURN collect({from: u.id, to: t.id, depth: dist + 1, props: properties(r), target: t {.*}}) AS copies
}
CALL {
  WITH c
  MATCH p = ANY SHORTEST (c)-[x:DERIVED_FROM WHERE x.removed = false]->{0,19}(u:Claim)
  WITH u, length(p) AS dist
  WHERE dist < $maxDepth
  MATCH (u)-[r:DERIVED_FROM]->(t:Claim)
  WHERE r.removed = false
  RETURN collect({from: u.id, to: t.id, depth: dist + 1, props: properties(r),
    target: t {.*, sourceId: [(t)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]}}) AS derivedFrom
}
RETURN c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]} AS claim,
  a {.*} AS article,
  [(c)-[:ATTRIBUTED_TO]->(s:Source) | s {.*}][0] AS source,
  [(a)-[:PUBLISHED_BY]->(p:Source) | p {.*}][0] AS publisher,
  [(a)-[r:CREDITS]->(s:Source) | {pos: r.pos, source: s {.*}}] AS credits,
  copies, derivedFrom
