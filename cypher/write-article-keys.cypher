// The linker's candidate keys of new articles: (Article)-[:HAS_KEY]->(ArticleKey).
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
UNWIND row.keys AS key
MERGE (k:ArticleKey {key: key})
CREATE (a)-[:HAS_KEY]->(k)
