// Upserts the reviews a batch of new articles makes of its own claims (a fact-check's rating),
// as write-review does one by one: (Review)-[:REVIEWS]->(Claim). The claims were written
// earlier in the same transaction (write-claims).
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
MERGE (r:Review {id: row.id})
SET r.claimId = row.claimId, r.rating = row.rating, r.reviewer = row.reviewer, r.url = row.url, r.createdAt = row.createdAt
MERGE (r)-[:REVIEWS]->(c)
