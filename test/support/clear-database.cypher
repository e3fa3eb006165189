// Test support only: empties a leased test database in batches (keeps constraints and indexes).
MATCH (n)
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
