// Which of these ids are not stored articles (ends of `copies` links).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
WITH id, a
WHERE a IS NULL
RETURN id
