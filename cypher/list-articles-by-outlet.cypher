// One keyset page of the articles of one outlet (anchored on the article_outlet index), filtered
// by publisher or credited source, dates and a kind of note printed; plus the total.
// Order: published ('~' when unknown, so last), id.
CALL {
  MATCH (a:Article {outletLc: $outlet})
  WHERE ($outlet = '' OR a.outletLc = $outlet)
    AND ($sourceId = '' OR EXISTS { MATCH (a)-[:PUBLISHED_BY|CREDITS]->(:Source {id: $sourceId}) })
    AND ($publishedFrom = '' OR (a.pubKey >= $publishedFrom AND a.pubKey < '~'))
    AND ($publishedTo = '' OR substring(a.pubKey, 0, 10) <= $publishedTo)
    AND ($noteKind = '' OR $noteKind IN coalesce(a.noteKinds, []))
  RETURN count(a) AS total
}
CALL {
  MATCH (a:Article {outletLc: $outlet})
  WHERE ($outlet = '' OR a.outletLc = $outlet)
    AND ($sourceId = '' OR EXISTS { MATCH (a)-[:PUBLISHED_BY|CREDITS]->(:Source {id: $sourceId}) })
    AND ($publishedFrom = '' OR (a.pubKey >= $publishedFrom AND a.pubKey < '~'))
    AND ($publishedTo = '' OR substring(a.pubKey, 0, 10) <= $publishedTo)
    AND ($noteKind = '' OR $noteKind IN coalesce(a.noteKinds, []))
    AND (size($after) = 0 OR [a.pubKey, a.id] > $after)
  WITH a
  ORDER BY a.pubKey, a.id
  LIMIT $limit
  RETURN collect(a {.*}) AS items
}
RETURN total, items
