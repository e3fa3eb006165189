// One outward step along live COPIES links from these articles, with the articles reached.
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:COPIES]->(t:Article)
WHERE r.removed = false
RETURN id AS from, t.id AS to, properties(r) AS props, t {.*} AS target
