// Claims sharing any of these candidate keys, with the keys they share, most first.
// $query is the keys as an exact-match Lucene query (escaped by the adapter); $keys the same keys.
CALL db.index.fulltext.queryNodes('claim_keys', $query) YIELD node
WITH node.id AS claimId, [k IN node.keys WHERE k IN $keys] AS keys
RETURN claimId, keys
ORDER BY size(keys) DESC, claimId
LIMIT $limit
