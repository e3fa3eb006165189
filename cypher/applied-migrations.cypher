// Data migrations already applied to this database (one :Migration node each, by name).
MATCH (m:Migration)
RETURN m.name AS name
