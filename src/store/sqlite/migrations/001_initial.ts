import type { Migration } from './Migration';

/**
 * The graph as tables. Sort keys used by keyset pagination are stored denormalised and
 * never change after insert (pub_key = published date or '~' so unknown dates sort last).
 * *_lc columns hold JavaScript toLowerCase() forms, because SQLite's lower() folds ASCII only.
 * JSON columns keep the nested parts of a Claim exactly as written (round-trip equality).
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial graph schema',
  sql: `
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  role TEXT,
  aliases TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX sources_page ON sources(name, id);
CREATE INDEX sources_type ON sources(type, name, id);

-- Every lower-cased name and alias of a source, for resolveSourceAlias and nameContains.
CREATE TABLE source_names (
  name_lc TEXT NOT NULL,
  source_id TEXT NOT NULL REFERENCES sources(id),
  PRIMARY KEY (name_lc, source_id)
) WITHOUT ROWID;
CREATE INDEX source_names_source ON source_names(source_id);

-- Merged-away source ids, pointing at the survivor (always the final one: chains are flattened).
CREATE TABLE source_redirects (
  from_id TEXT PRIMARY KEY,
  to_id TEXT NOT NULL REFERENCES sources(id)
) WITHOUT ROWID;
CREATE INDEX source_redirects_to ON source_redirects(to_id);

CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  label_lc TEXT NOT NULL,
  date TEXT,
  date_key TEXT NOT NULL,
  date_end TEXT,
  place TEXT,
  place_lc TEXT,
  participants TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_page ON events(date_key, id);
CREATE INDEX events_label ON events(label_lc, date_key, id);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  file TEXT,
  url TEXT,
  outlet TEXT,
  outlet_lc TEXT,
  published TEXT,
  pub_key TEXT NOT NULL,
  title TEXT,
  byline TEXT,
  credits TEXT NOT NULL DEFAULT '[]',
  content_hash TEXT NOT NULL,
  text TEXT NOT NULL,
  publisher_id TEXT REFERENCES sources(id),
  created_at TEXT NOT NULL
);
CREATE INDEX articles_page ON articles(pub_key, id);
CREATE INDEX articles_outlet ON articles(outlet_lc, pub_key, id) WHERE outlet_lc IS NOT NULL;
CREATE INDEX articles_publisher ON articles(publisher_id) WHERE publisher_id IS NOT NULL;

CREATE TABLE article_credits (
  article_id TEXT NOT NULL REFERENCES articles(id),
  source_id TEXT NOT NULL REFERENCES sources(id),
  pos INTEGER NOT NULL,
  PRIMARY KEY (article_id, source_id)
) WITHOUT ROWID;
CREATE INDEX article_credits_source ON article_credits(source_id, article_id);

CREATE TABLE claims (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  article_id TEXT NOT NULL REFERENCES articles(id),
  pub_key TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence TEXT NOT NULL,
  kind TEXT NOT NULL,
  certainty TEXT NOT NULL,
  speaker TEXT,
  source_id TEXT REFERENCES sources(id),
  cue TEXT,
  quote TEXT,
  quantities TEXT NOT NULL DEFAULT '[]',
  event_id TEXT REFERENCES events(id),
  event TEXT,
  entities TEXT NOT NULL DEFAULT '[]',
  credit TEXT,
  checkworthiness REAL NOT NULL
);
CREATE INDEX claims_page ON claims(pub_key, article_id, start, id);
CREATE INDEX claims_article ON claims(article_id, start, "end");
CREATE INDEX claims_source ON claims(source_id, pub_key, article_id, start, id) WHERE source_id IS NOT NULL;
CREATE INDEX claims_event ON claims(event_id, pub_key, article_id, start, id) WHERE event_id IS NOT NULL;

CREATE TABLE claim_entities (
  entity_id TEXT NOT NULL REFERENCES entities(id),
  claim_rowid INTEGER NOT NULL REFERENCES claims(rowid),
  PRIMARY KEY (entity_id, claim_rowid)
) WITHOUT ROWID;

-- Full-text index over claim text and sentence. Emoji (So) count as word characters so
-- they are searchable; degree/copyright signs stay separators ("40°C" is "40" and "c").
CREATE VIRTUAL TABLE claims_fts USING fts5(
  text, sentence,
  content = 'claims', content_rowid = 'rowid',
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M* So' separators '°©®™'"
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, sentence) VALUES (new.rowid, new.text, new.sentence);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, sentence) VALUES ('delete', old.rowid, old.text, old.sentence);
END;

-- Typed edges between claims (or articles for copies). removed=1 is an editor's tombstone.
CREATE TABLE links (
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  type TEXT NOT NULL,
  score REAL NOT NULL,
  basis TEXT NOT NULL,
  slot TEXT,
  share REAL,
  origin TEXT NOT NULL CHECK (origin IN ('machine', 'editor')),
  removed INTEGER NOT NULL DEFAULT 0,
  note TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id, type)
) WITHOUT ROWID;
CREATE INDEX links_to ON links(to_id, type, from_id);

CREATE TABLE reviews (
  id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  rating TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  url TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX reviews_claim ON reviews(claim_id, created_at);

-- Opaque candidate keys written by the linker (ArticleBundle.articleKeys / claimKeys).
CREATE TABLE article_keys (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE TABLE claim_keys (
  key TEXT NOT NULL,
  claim_id TEXT NOT NULL,
  PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
`,
};
