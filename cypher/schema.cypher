// claimgraph schema for Neo4j 5, applied by Neo4jGraphStore.init() (every statement IF NOT EXISTS).
// Statements are separated by a semicolon at the end of a line.

// One node per id: MERGE relies on these for concurrent writers, and every look-up by id uses them.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (r:Review) REQUIRE r.id IS UNIQUE;
// A merged-away source id, redirected to its survivor by (:MergedSource)-[:MERGED_INTO]->(:Source).
CREATE CONSTRAINT merged_source_id IF NOT EXISTS FOR (m:MergedSource) REQUIRE m.id IS UNIQUE;
// A folded event id (an adopted undated mention), redirected by (:MergedEvent)-[:MERGED_INTO]->(:Event).
CREATE CONSTRAINT merged_event_id IF NOT EXISTS FOR (m:MergedEvent) REQUIRE m.id IS UNIQUE;
// Lower-cased source names and aliases: (:SourceName)-[:NAME_OF]->(:Source), for resolveSourceAlias.
CREATE CONSTRAINT source_name_key IF NOT EXISTS FOR (n:SourceName) REQUIRE n.key IS UNIQUE;

// Full-text search over claim text and sentence. Eventually consistent: Lucene work happens after
// the commit, off the writer's path (bulk writes); searchClaims first awaits the refresh, so a
// search still sees every committed claim.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.sentence]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true } };

// The linker's candidate keys (Article.keys, Claim.keys: lists of opaque strings) as exact-match
// keyword indexes: one index entry per key instead of a node and a relationship per key.
CREATE FULLTEXT INDEX article_keys IF NOT EXISTS FOR (a:Article) ON EACH [a.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX claim_keys IF NOT EXISTS FOR (c:Claim) ON EACH [c.keys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: true } };

// Filters that anchor a list on an index (list-articles-by-outlet, list/find-events-by-label) and
// reviews by claim. Claim lists anchor on relationships instead (source, event, entity, article),
// and sort in the query: an index per sort key would cost every claim write and not be used.
CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outletLc);
CREATE INDEX event_label IF NOT EXISTS FOR (e:Event) ON (e.labelLc);
CREATE INDEX review_claim IF NOT EXISTS FOR (r:Review) ON (r.claimId);
