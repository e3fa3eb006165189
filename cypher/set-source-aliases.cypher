// After a merge: the survivor's aliases, each also indexed as a lower-cased name.
MATCH (s:Source {id: $id})
SET s.aliases = $aliases, s.namesLc = s.namesLc + [x IN $namesLc WHERE NOT x IN s.namesLc]
WITH s
UNWIND $namesLc AS key
MERGE (n:SourceName {key: key})
MERGE (n)-[:NAME_OF]->(s)
RETURN count(*) AS names
