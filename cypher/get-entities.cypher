// Entities by id (absent ones as null).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n {.*} AS entity
