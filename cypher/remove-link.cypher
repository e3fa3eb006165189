// An editor's removal: the link stays as a tombstone (removed, origin editor) so the machine
// does not re-create it. $relType is compared as a value, never spliced into the pattern.
CALL {
  MATCH (n:Claim {id: $from})
  RETURN n
  UNION
  MATCH (n:Article {id: $from})
  RETURN n
}
MATCH (n)-[r:CORROBORATES|CONTRADICTS|DIFFERENT_FIGURE|SAME_EVENT|DERIVED_FROM|COPIES]->(t)
WHERE type(r) = $relType AND t.id = $to
SET r.removed = true, r.origin = 'editor', r.note = $note
RETURN count(r) AS changed
