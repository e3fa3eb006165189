// One keyset page of articles, filtered (outlet, publisher or credited source, dates, a kind of note printed); plus the total.
// Absent filters are empty strings; $after is the last key seen, or an empty list.
// Order: published ('~' when unknown, so last), id.
CALL {
  MATCH (a:Article)
  WHERE ($outlet = '' OR a.outletLc = $outlet)
    AND ($sourceId = '' OR EXISTS { MATCH (a)-[:PUBLISHED_BY|CREDITS]->(:Source {id: $sourceId}) })
    AND ($publishedFrom = '' OR (a.pubKey >= $publishedFrom AND a.pubKey < '~'))
    AND ($publishedTo = '' OR substring(a.pubKey, 0, 10) <= $publishedTo)
    AND ($noteKind = '' OR $noteKind IN coalesce(a.noteKinds, []))
  RETURN count(a) AS total
}
CALL {
  MATCH (a:Article)
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
