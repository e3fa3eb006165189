// Waits until everything committed so far is in the eventually consistent full-text indexes
// (claim text, candidate keys): searches and key look-ups then see every earlier write.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
