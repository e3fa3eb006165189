// Articles by id (absent ones as null).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a {.*} AS article
