// Publisher (PUBLISHED_BY) and credited sources (CREDITS, with their position) of each article.
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id,
  [(a)-[:PUBLISHED_BY]->(p:Source) | p.id][0] AS publisherId,
  [(a)-[r:CREDITS]->(s:Source) | {id: s.id, pos: r.pos}] AS credits
