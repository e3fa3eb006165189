// One keyset page of sources, filtered by type and by a lower-cased substring of any name or
// alias (matched literally); plus the total. Order: name, id.
CALL {
  MATCH (s:Source)
  WHERE ($type = '' OR s.type = $type)
    AND ($needle = '' OR any(n IN s.namesLc WHERE n CONTAINS $needle))
  RETURN count(s) AS total
}
CALL {
  MATCH (s:Source)
  WHERE ($type = '' OR s.type = $type)
    AND ($needle = '' OR any(n IN s.namesLc WHERE n CONTAINS $needle))
    AND (size($after) = 0 OR [s.name, s.id] > $after)
  WITH s
  ORDER BY s.name, s.id
  LIMIT $limit
  RETURN collect(s {.*}) AS items
}
RETURN total, items
