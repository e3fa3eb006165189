// Waits until every index is online after the schema was (re)applied; seconds as a parameter.
CALL db.awaitIndexes($seconds)
