// The linker's candidate keys of new claims: (Claim)-[:HAS_KEY]->(ClaimKey).
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
UNWIND row.keys AS key
MERGE (k:ClaimKey {key: key})
CREATE (c)-[:HAS_KEY]->(k)
