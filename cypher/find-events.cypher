// Events for merging event mentions: same filters as list-events, first $limit in date order.
MATCH (e:Event)
WHERE ($label = '' OR e.labelLc = $label)
  AND ($place = '' OR e.placeLc = $place)
  AND ($dateFrom = '' OR coalesce(e.dateEnd, e.date) >= $dateFrom)
  AND ($dateTo = '' OR substring(e.date, 0, 10) <= $dateTo)
RETURN e {.*} AS event
ORDER BY e.dateKey, e.id
LIMIT $limit
