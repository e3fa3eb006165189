// Articles sharing any of these candidate keys, with how many each shares, most first.
UNWIND $keys AS key
MATCH (:ArticleKey {key: key})<-[:HAS_KEY]-(a:Article)
WITH a.id AS articleId, count(*) AS shared
RETURN articleId, shared
ORDER BY shared DESC, articleId
LIMIT $limit
