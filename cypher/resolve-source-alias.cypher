// Source id for each lower-cased name or alias ($names[i] may be null); a source whose own
// name matches wins over one that only has it as an alias, then the smaller id.
UNWIND range(0, size($names) - 1) AS i
OPTIONAL MATCH (:SourceName {key: $names[i]})-[:NAME_OF]->(s:Source)
WITH i, s
ORDER BY i, CASE WHEN s.nameLc = $names[i] THEN 0 ELSE 1 END, s.id
WITH i, collect(s.id) AS ids
RETURN i, ids[0] AS id
