// Creates CORROBORATES links that cannot exist yet: one end was created in this same transaction (a new
// article's claims or the article itself), so MERGE's look-up, its marker and the Eager it needs
// are skipped. The adapter folds repeats of one link within a batch into one row first.
UNWIND $rows AS l
MATCH (f:Claim {id: l.from})
MATCH (t:Claim {id: l.to})
CREATE (f)-[:CORROBORATES {
  score: l.score, basis: l.basis, slot: l.slot, share: l.share, origin: l.origin,
  removed: l.removed, note: l.note, createdAt: l.createdAt
}]->(t)
