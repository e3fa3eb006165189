// Events by id, following merge redirects (a merged-away id returns the event it joined); absent ones as null.
UNWIND $ids AS id
OPTIONAL MATCH (:MergedEvent {id: id})-[:MERGED_INTO]->(survivor:Event)
OPTIONAL MATCH (e:Event {id: coalesce(survivor.id, id)})
RETURN id, e {.*} AS event
