// find-events with a label: anchored on the event_label index (the linker asks this per event mention).
MATCH (e:Event {labelLc: $label})
WHERE ($label = '' OR e.labelLc = $label)
  AND ($place = '' OR e.placeLc = $place)
  AND ($dateFrom = '' OR coalesce(e.dateEnd, e.date) >= $dateFrom)
  AND ($dateTo = '' OR substring(e.date, 0, 10) <= $dateTo)
RETURN e {.*} AS event
ORDER BY e.dateKey, e.id
LIMIT $limit
