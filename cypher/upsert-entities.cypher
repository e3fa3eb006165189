// Entities of a batch: a new one keeps the first spelling's fields, a stored one only gains aliases.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
ON MATCH SET e.aliases = e.aliases + [x IN row.incoming WHERE x <> e.name AND NOT x IN e.aliases]
