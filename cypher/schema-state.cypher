// Names and states of every index (constraint-backed ones included), to skip re-applying the schema.
SHOW INDEXES YIELD name, state
RETURN name, state
