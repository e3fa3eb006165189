// The fixed part of a claim's provenance: the claim, its article, speaker source, publisher, credits.
MATCH (c:Claim {id: $claimId})-[:STATED_IN]->(a:Article)
RETURN c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]} AS claim,
  a {.*} AS article,
  [(c)-[:ATTRIBUTED_TO]->(s:Source) | s {.*}][0] AS source,
  [(a)-[:PUBLISHED_BY]->(p:Source) | p {.*}][0] AS publisher,
  [(a)-[r:CREDITS]->(s:Source) | {pos: r.pos, source: s {.*}}] AS credits
