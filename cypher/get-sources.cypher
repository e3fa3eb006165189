// Sources by id, following merge redirects (a merged-away id returns its survivor).
UNWIND $ids AS id
OPTIONAL MATCH (:MergedSource {id: id})-[:MERGED_INTO]->(survivor:Source)
OPTIONAL MATCH (s:Source {id: coalesce(survivor.id, id)})
RETURN id, s {.*} AS source
