// Events by id (absent ones as null).
UNWIND $ids AS id
OPTIONAL MATCH (e:Event {id: id})
RETURN id, e {.*} AS event
