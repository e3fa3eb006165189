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
// Lower-cased source names and aliases: (:SourceName)-[:NAME_OF]->(:Source), for resolveSourceAlias.
CREATE CONSTRAINT source_name_key IF NOT EXISTS FOR (n:SourceName) REQUIRE n.key IS UNIQUE;
// The linker's candidate key index: (:Article)-[:HAS_KEY]->(:ArticleKey), (:Claim)-[:HAS_KEY]->(:ClaimKey).
CREATE CONSTRAINT article_key_key IF NOT EXISTS FOR (k:ArticleKey) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT claim_key_key IF NOT EXISTS FOR (k:ClaimKey) REQUIRE k.key IS UNIQUE;

// Full-text search over claim text and sentence (updated in the writing transaction).
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (c:Claim) ON EACH [c.text, c.sentence]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };

// Keyset pagination and filters.
CREATE INDEX claim_page IF NOT EXISTS FOR (c:Claim) ON (c.pubKey, c.articleId, c.start);
CREATE INDEX claim_article IF NOT EXISTS FOR (c:Claim) ON (c.articleId);
CREATE INDEX article_page IF NOT EXISTS FOR (a:Article) ON (a.pubKey);
CREATE INDEX article_outlet IF NOT EXISTS FOR (a:Article) ON (a.outletLc);
CREATE INDEX source_page IF NOT EXISTS FOR (s:Source) ON (s.name);
CREATE INDEX source_type IF NOT EXISTS FOR (s:Source) ON (s.type);
CREATE INDEX event_page IF NOT EXISTS FOR (e:Event) ON (e.dateKey);
CREATE INDEX event_label IF NOT EXISTS FOR (e:Event) ON (e.labelLc);
CREATE INDEX review_claim IF NOT EXISTS FOR (r:Review) ON (r.claimId);
