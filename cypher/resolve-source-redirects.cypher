// Merged-away source ids among these, with the surviving source each one redirects to.
UNWIND $ids AS id
MATCH (:MergedSource {id: id})-[:MERGED_INTO]->(s:Source)
RETURN id, s.id AS to
