// Events for merging event mentions: same filters as list-events, first $limit in date order.
MATCH (e:Event)
WHERE ($label IS NULL OR e.labelLc = $label)
  AND ($place IS NULL OR e.placeLc = $place)
  AND ($dateFrom IS NULL OR coalesce(e.dateEnd, e.date) >= $dateFrom)
  AND ($dateTo IS NULL OR substring(e.date, 0, 10) <= $dateTo)
RETURN e {.*} AS event
ORDER BY e.dateKey, e.id
LIMIT $limit
