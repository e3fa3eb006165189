// Node counts per label and live (not tombstoned) link count.
CALL { MATCH (n:Article) RETURN count(n) AS articles }
CALL { MATCH (n:Claim) RETURN count(n) AS claims }
CALL { MATCH (n:Source) RETURN count(n) AS sources }
CALL { MATCH (n:Event) RETURN count(n) AS events }
CALL { MATCH (n:Entity) RETURN count(n) AS entities }
CALL {
  MATCH ()-[r:CORROBORATES|CONTRADICTS|DIFFERENT_FIGURE|SAME_EVENT|DERIVED_FROM|COPIES]->()
  WHERE r.removed = false
  RETURN count(r) AS links
}
RETURN articles, claims, sources, events, entities, links
