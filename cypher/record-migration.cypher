// Records a data migration as applied (two processes applying it at once record it once).
MERGE (m:Migration {name: $name})
ON CREATE SET m.appliedAt = $at
