// Upserts a fact-check review by id: (Review)-[:REVIEWS]->(Claim). No row back: the claim is missing.
MATCH (c:Claim {id: $claimId})
MERGE (r:Review {id: $id})
SET r.claimId = $claimId, r.rating = $rating, r.reviewer = $reviewer, r.url = $url, r.createdAt = $createdAt
MERGE (r)-[:REVIEWS]->(c)
RETURN r.id AS id
