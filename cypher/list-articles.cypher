// One keyset page of articles, filtered (outlet, publisher or credited source, dates); plus the total.
// Order: published ('~' when unknown, so last), id.
CALL {
  MATCH (a:Article)
  WHERE ($outlet IS NULL OR a.outletLc = $outlet)
    AND ($sourceId IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY|CREDITS]->(:Source {id: $sourceId}) })
    AND ($publishedFrom IS NULL OR (a.pubKey >= $publishedFrom AND a.pubKey < '~'))
    AND ($publishedTo IS NULL OR substring(a.pubKey, 0, 10) <= $publishedTo)
  RETURN count(a) AS total
}
CALL {
  MATCH (a:Article)
  WHERE ($outlet IS NULL OR a.outletLc = $outlet)
    AND ($sourceId IS NULL OR EXISTS { MATCH (a)-[:PUBLISHED_BY|CREDITS]->(:Source {id: $sourceId}) })
    AND ($publishedFrom IS NULL OR (a.pubKey >= $publishedFrom AND a.pubKey < '~'))
    AND ($publishedTo IS NULL OR substring(a.pubKey, 0, 10) <= $publishedTo)
    AND ($after IS NULL OR [a.pubKey, a.id] > $after)
  WITH a
  ORDER BY a.pubKey, a.id
  LIMIT $limit
  RETURN collect(a {.*}) AS items
}
RETURN total, items
