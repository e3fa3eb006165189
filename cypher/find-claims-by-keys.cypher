// Claims sharing any of these candidate keys, with the keys they share (sorted), most first.
UNWIND $keys AS key
MATCH (:ClaimKey {key: key})<-[:HAS_KEY]-(c:Claim)
WITH c.id AS claimId, key
ORDER BY claimId, key
WITH claimId, collect(key) AS keys
RETURN claimId, keys
ORDER BY size(keys) DESC, claimId
LIMIT $limit
