// One keyset page of events, filtered by label, place (lower-cased, exact) and date overlap of
// [date, dateEnd or date] with [dateFrom, dateTo] (undated events never match); plus the total.
// Order: date ('~' when unknown, so last), id.
CALL {
  MATCH (e:Event)
  WHERE ($label = '' OR e.labelLc = $label)
    AND ($place = '' OR e.placeLc = $place)
    AND ($dateFrom = '' OR coalesce(e.dateEnd, e.date) >= $dateFrom)
    AND ($dateTo = '' OR substring(e.date, 0, 10) <= $dateTo)
  RETURN count(e) AS total
}
CALL {
  MATCH (e:Event)
  WHERE ($label = '' OR e.labelLc = $label)
    AND ($place = '' OR e.placeLc = $place)
    AND ($dateFrom = '' OR coalesce(e.dateEnd, e.date) >= $dateFrom)
    AND ($dateTo = '' OR substring(e.date, 0, 10) <= $dateTo)
    AND (size($after) = 0 OR [e.dateKey, e.id] > $after)
  WITH e
  ORDER BY e.dateKey, e.id
  LIMIT $limit
  RETURN collect(e {.*}) AS items
}
RETURN total, items
