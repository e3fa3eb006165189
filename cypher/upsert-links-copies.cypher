// Upserts COPIES links (one file per relationship type: a type cannot be a parameter).
// A machine link never overwrites an editor's link or tombstone; an editor's overwrites anything.
// Returns how many links each bundle (row.bundle) created or changed.
UNWIND $rows AS l
MATCH (f:Article {id: l.from})
MATCH (t:Article {id: l.to})
MERGE (f)-[r:COPIES]->(t)
ON CREATE SET r.writeMarker = $marker
WITH l, r, coalesce(r.writeMarker = $marker, false) AS created, r.origin AS before
REMOVE r.writeMarker
WITH l, r, created, before
WHERE created OR before = 'machine' OR l.origin = 'editor'
SET r.score = l.score, r.basis = l.basis, r.slot = l.slot, r.share = l.share, r.origin = l.origin,
  r.removed = l.removed, r.note = l.note,
  r.createdAt = CASE WHEN created OR l.origin = 'editor' THEN l.createdAt ELSE r.createdAt END
RETURN l.bundle AS bundle, count(r) AS changed
