// Reviews of each claim, newest first.
UNWIND $ids AS id
CALL {
  WITH id
  OPTIONAL MATCH (r:Review {claimId: id})
  WITH r
  ORDER BY r.createdAt DESC, r.id
  RETURN collect(r {.*}) AS reviews
}
RETURN id, reviews
