// Creates the articles of a batch that are not stored yet and says which ones this transaction
// created. MERGE on the constrained id makes a concurrent writer of the same article wait and
// then match (created=false); the marker property never outlives the transaction.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.createdAt = $now, a.writeMarker = $marker
WITH row, a, coalesce(a.writeMarker = $marker, false) AS created
REMOVE a.writeMarker
RETURN row.id AS id, created
