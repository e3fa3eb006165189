// Which of these ids are not stored claims (link ends are checked before links are written).
UNWIND $ids AS id
OPTIONAL MATCH (c:Claim {id: id})
WITH id, c
WHERE c IS NULL
RETURN id
