// Events of a batch: a new one keeps the first mention's fields; a stored one gains participants and
// takes the row's dates and place (the linker narrows them: a day inside a stored range, a first place).
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.label = row.label, e.labelLc = row.labelLc, e.date = row.date, e.dateKey = row.dateKey,
  e.dateEnd = row.dateEnd, e.place = row.place, e.placeLc = row.placeLc, e.participants = row.participants
ON MATCH SET e.participants = e.participants + [x IN row.participants WHERE NOT x IN e.participants],
  e.date = row.date, e.dateKey = row.dateKey, e.dateEnd = row.dateEnd, e.place = row.place, e.placeLc = row.placeLc
