// (Article)-[:PUBLISHED_BY]->(Source) and (Article)-[:CREDITS {pos}]->(Source) for new articles.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CALL {
  WITH a, row
  WITH a, row
  WHERE row.publisherId IS NOT NULL
  MATCH (p:Source {id: row.publisherId})
  CREATE (a)-[:PUBLISHED_BY]->(p)
}
CALL {
  WITH a, row
  UNWIND row.credits AS credit
  MATCH (s:Source {id: credit.id})
  CREATE (a)-[:CREDITS {pos: toInteger(credit.pos)}]->(s)
}
