// Sources of a batch (one row per source id, aggregated in order by the adapter). A new source
// keeps the first spelling's fields; a stored one only gains aliases. Every lower-cased name
// and alias is indexed through (:SourceName)-[:NAME_OF]->(:Source).
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.name = row.name, s.nameLc = row.nameLc, s.type = row.type, s.role = row.role,
  s.aliases = row.aliases, s.namesLc = row.namesLc
ON MATCH SET s.aliases = s.aliases + [x IN row.incoming WHERE x <> s.name AND NOT x IN s.aliases],
  s.namesLc = s.namesLc + [x IN row.namesLc WHERE NOT x IN s.namesLc]
WITH s, row
UNWIND row.namesLc AS key
MERGE (n:SourceName {key: key})
MERGE (n)-[:NAME_OF]->(s)
