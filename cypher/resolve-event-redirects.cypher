// Merged-away event ids among these, with the event each one's claims moved to.
UNWIND $ids AS id
MATCH (:MergedEvent {id: id})-[:MERGED_INTO]->(e:Event)
RETURN id, e.id AS to
