// Articles sharing any of these candidate keys, with how many each shares, most first.
// $query is the keys as an exact-match Lucene query (escaped by the adapter); $keys the same keys
// as a list, to count the shared ones.
CALL db.index.fulltext.queryNodes('article_keys', $query) YIELD node
WITH node.id AS articleId, size([k IN node.keys WHERE k IN $keys]) AS shared
RETURN articleId, shared
ORDER BY shared DESC, articleId
LIMIT $limit
