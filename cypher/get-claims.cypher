// Claims by id (absent ones as null); sourceId is read from ATTRIBUTED_TO so merges show through.
UNWIND $ids AS id
OPTIONAL MATCH (c:Claim {id: id})
RETURN id, c {.*, sourceId: [(c)-[:ATTRIBUTED_TO]->(s:Source) | s.id][0]} AS claim
