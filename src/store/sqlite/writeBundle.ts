import { ClaimgraphError, type ArticleBundle, type Entity, type Event, type Link, type Review, type Source } from '../../domain';
import { dateKey } from '../cursor';
import type { WriteResult } from '../port';
import type { StatementCache } from './StatementCache';
import { mergeEventTx } from './mergeEvents';

/**
 * The write path. Every function here runs inside a transaction opened by the caller
 * (SqliteGraphStore), so a throw anywhere rolls back the whole article.
 */

const SQL = {
  articleExists: 'SELECT 1 FROM articles WHERE id = ?',
  claimExists: 'SELECT 1 FROM claims WHERE id = ?',
  maxClaimRowid: 'SELECT coalesce(max(rowid), 0) FROM claims',
  ftsFill: 'INSERT INTO claims_fts (rowid, text, sentence) SELECT rowid, text, sentence FROM claims WHERE rowid > ?',
  redirect: 'SELECT to_id FROM source_redirects WHERE from_id = ?',
  sourceGet: 'SELECT name, aliases FROM sources WHERE id = ?',
  sourceInsert: 'INSERT INTO sources (id, name, type, role, aliases) VALUES (?, ?, ?, ?, ?)',
  sourceAliases: 'UPDATE sources SET aliases = ? WHERE id = ?',
  sourceName: 'INSERT OR IGNORE INTO source_names (name_lc, source_id) VALUES (?, ?)',
  entityGet: 'SELECT name, aliases FROM entities WHERE id = ?',
  entityInsert: 'INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)',
  entityAliases: 'UPDATE entities SET aliases = ? WHERE id = ?',
  eventGet: 'SELECT participants, date, date_end, place FROM events WHERE id = ?',
  eventInsert:
    'INSERT INTO events (id, label, label_lc, date, date_key, date_end, place, place_lc, participants) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  eventParticipants: 'UPDATE events SET participants = ? WHERE id = ?',
  eventWhenWhere: 'UPDATE events SET date = ?, date_key = ?, date_end = ?, place = ?, place_lc = ? WHERE id = ?',
  articleInsert: `INSERT INTO articles (id, file, url, outlet, outlet_lc, published, pub_key, title, byline, credits, notes, content_hash, text, publisher_id, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  creditInsert: 'INSERT OR IGNORE INTO article_credits (article_id, source_id, pos) VALUES (?, ?, ?)',
  claimInsert: `INSERT INTO claims (id, article_id, pub_key, start, "end", text, sentence, kind, certainty, speaker, source_id, cue, quote,
    quantities, event_id, event, entities, credit, checkworthiness, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  claimEntities: 'INSERT INTO claim_entities (entity_id, article_rowid, claim_rowids) VALUES (?, ?, ?)',
  articleKey: 'INSERT OR IGNORE INTO article_keys (key, article_rowid) VALUES (?, ?)',
  claimKeys: 'INSERT INTO claim_keys (key, article_rowid, claim_ids) VALUES (?, ?, ?)',
  // A machine link never replaces an editor's row (link or tombstone); an editor's replaces anything.
  linkUpsert: `INSERT INTO links (from_id, to_id, type, score, basis, slot, share, origin, removed, note, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (from_id, to_id, type) DO UPDATE SET
      score = excluded.score, basis = excluded.basis, slot = excluded.slot, share = excluded.share,
      origin = excluded.origin, removed = excluded.removed, note = excluded.note,
      created_at = CASE WHEN excluded.origin = 'editor' THEN excluded.created_at ELSE links.created_at END
    WHERE links.origin = 'machine' OR excluded.origin = 'editor'`,
  // The same claim, reviewer and URL is one review (its id derives from them): a later verdict updates it.
  reviewUpsert: `INSERT INTO reviews (id, claim_id, rating, reviewer, url, created_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET rating = excluded.rating, reviewer = excluded.reviewer, url = excluded.url, created_at = excluded.created_at`,
} as const;

export function resolveSourceId(st: StatementCache, id: string): string {
  const to = st.get(SQL.redirect).pluck().get(id) as string | undefined;
  return to ?? id;
}

function union(existing: readonly string[], incoming: readonly string[], exclude: string): string[] | null {
  const out = [...existing];
  let changed = false;
  for (const v of incoming) {
    if (v !== exclude && !out.includes(v)) {
      out.push(v);
      changed = true;
    }
  }
  return changed ? out : null;
}

function upsertSource(st: StatementCache, s: Source, id: string): void {
  const row = st.get(SQL.sourceGet).get(id) as { name: string; aliases: string } | undefined;
  let names: string[];
  if (row === undefined) {
    const aliases = union([], s.aliases, s.name) ?? [];
    st.get(SQL.sourceInsert).run(id, s.name, s.type, s.role, JSON.stringify(aliases));
    names = [s.name, ...aliases];
  } else {
    const merged = union(JSON.parse(row.aliases) as string[], [s.name, ...s.aliases], row.name);
    if (merged === null) return;
    st.get(SQL.sourceAliases).run(JSON.stringify(merged), id);
    names = merged;
  }
  const nameStmt = st.get(SQL.sourceName);
  for (const n of names) nameStmt.run(n.toLowerCase(), id);
}

function upsertEntity(st: StatementCache, e: Entity): void {
  const row = st.get(SQL.entityGet).get(e.id) as { name: string; aliases: string } | undefined;
  if (row === undefined) {
    st.get(SQL.entityInsert).run(e.id, e.name, e.type, JSON.stringify(union([], e.aliases, e.name) ?? []));
    return;
  }
  const merged = union(JSON.parse(row.aliases) as string[], [e.name, ...e.aliases], row.name);
  if (merged !== null) st.get(SQL.entityAliases).run(JSON.stringify(merged), e.id);
}

function upsertEvent(st: StatementCache, e: Event): void {
  const row = st.get(SQL.eventGet).get(e.id) as { participants: string; date: string | null; date_end: string | null; place: string | null } | undefined;
  if (row === undefined) {
    st.get(SQL.eventInsert).run(
      e.id,
      e.label,
      e.label.toLowerCase(),
      e.date,
      dateKey(e.date),
      e.dateEnd,
      e.place,
      e.place?.toLowerCase() ?? null,
      JSON.stringify(union([], e.participants, '') ?? []),
    );
    return;
  }
  const merged = union(JSON.parse(row.participants) as string[], e.participants, '');
  if (merged !== null) st.get(SQL.eventParticipants).run(JSON.stringify(merged), e.id);
  // The linker narrows a stored event's dates or gives it a place (chooseEvent): the bundle's fields win.
  if (row.date !== e.date || row.date_end !== e.dateEnd || row.place !== e.place) {
    st.get(SQL.eventWhenWhere).run(e.date, dateKey(e.date), e.dateEnd, e.place, e.place?.toLowerCase() ?? null, e.id);
  }
}

/** The highest claim rowid now; claims written later in this transaction get higher ones (no AUTOINCREMENT gaps matter). */
export function claimWatermark(st: StatementCache): number {
  return st.get(SQL.maxClaimRowid).pluck().get() as number;
}

/**
 * Adds every claim written since `watermark` to the full-text index in one statement.
 * Called once per write transaction: far cheaper than a per-row trigger, and rolled back
 * with the rest when the transaction fails.
 */
export function indexNewClaims(st: StatementCache, watermark: number): void {
  st.get(SQL.ftsFill).run(watermark);
}

/**
 * Throws `missing(link, end)` when an endpoint is neither a stored claim nor (for copies) a
 * stored article. Ends in `local` (ids this very write just added) need no look-up.
 */
export function checkLinkEnds(
  st: StatementCache,
  links: readonly Link[],
  missing: (l: Link, id: string, i: number) => ClaimgraphError,
  local: { claims: ReadonlySet<string>; articles: ReadonlySet<string> } = { claims: new Set(), articles: new Set() },
): void {
  links.forEach((l, i) => {
    const [sql, known] = l.type === 'copies' ? [SQL.articleExists, local.articles] : [SQL.claimExists, local.claims];
    for (const id of [l.from, l.to]) {
      if (!known.has(id) && st.get(sql).get(id) === undefined) throw missing(l, id, i);
    }
  });
}

/** Upserts reviews (writeReview's and a fact-check article's). */
export function upsertReviews(st: StatementCache, reviews: readonly Review[]): void {
  const stmt = st.get(SQL.reviewUpsert);
  for (const r of reviews) stmt.run(r.id, r.claimId, r.rating, r.reviewer, r.url, r.createdAt);
}

/** Upserts links; returns how many rows were inserted or changed. */
export function upsertLinks(st: StatementCache, links: readonly Link[]): number {
  const stmt = st.get(SQL.linkUpsert);
  let n = 0;
  for (const l of links) {
    n += stmt.run(l.from, l.to, l.type, l.score, l.basis, l.slot, l.share, l.origin, l.removed ? 1 : 0, l.note, l.createdAt).changes;
  }
  return n;
}

/**
 * Writes one validated bundle; the caller holds the transaction and must call
 * indexNewClaims before committing (the full-text index is filled per transaction).
 */
export function writeBundle(st: StatementCache, b: ArticleBundle, now: string): WriteResult {
  const a = b.article;
  if (st.get(SQL.articleExists).get(a.id) !== undefined) return { articleId: a.id, created: false, claims: 0, links: 0 };

  // Merged-away source ids land on their survivor, wherever the bundle names them.
  const finalId = new Map<string, string>();
  for (const s of b.sources) finalId.set(s.id, resolveSourceId(st, s.id));
  const sid = (id: string): string => finalId.get(id) ?? id;

  for (const s of b.sources) upsertSource(st, s, sid(s.id));
  for (const e of b.entities) upsertEntity(st, e);
  for (const e of b.events) upsertEvent(st, e);
  // Stored mentions this article's events adopt; validateBundle made sure each `into` is here.
  for (const m of b.eventMerges) mergeEventTx(st, m, b.events.find((e) => e.id === m.into) as Event);

  const pubKey = dateKey(a.published);
  const { lastInsertRowid: articleRowid } = st.get(SQL.articleInsert).run(
    a.id,
    a.file,
    a.url,
    a.outlet,
    a.outlet?.toLowerCase() ?? null,
    a.published,
    pubKey,
    a.title,
    a.byline,
    JSON.stringify(a.credits),
    JSON.stringify(a.notes),
    a.contentHash,
    a.text,
    b.publisherId === null ? null : sid(b.publisherId),
    now,
  );
  const credit = st.get(SQL.creditInsert);
  b.creditIds.forEach((id, pos) => credit.run(a.id, sid(id), pos));

  const claimStmt = st.get(SQL.claimInsert);
  const byEntity = new Map<string, Array<number | bigint>>();
  for (const c of b.claims) {
    const { lastInsertRowid } = claimStmt.run(
      c.id,
      a.id,
      pubKey,
      c.start,
      c.end,
      c.text,
      c.sentence,
      c.kind,
      c.certainty,
      c.speaker === null ? null : JSON.stringify(c.speaker),
      c.sourceId === null ? null : sid(c.sourceId),
      c.cue,
      c.quote,
      JSON.stringify(c.quantities),
      c.event?.id ?? null,
      c.event === null ? null : JSON.stringify(c.event),
      JSON.stringify(c.entities),
      c.credit,
      c.checkworthiness,
      // Absent stays absent (SQL NULL); an explicit null is kept as JSON null.
      c.via === undefined ? null : JSON.stringify(c.via),
    );
    for (const e of c.entities) {
      const rows = byEntity.get(e.id) ?? [];
      if (!rows.includes(lastInsertRowid)) rows.push(lastInsertRowid);
      byEntity.set(e.id, rows);
    }
  }
  // Grouped per article (migration 004): one row per entity and per key, listing the claims.
  const entityStmt = st.get(SQL.claimEntities);
  for (const [entity, rows] of byEntity) entityStmt.run(entity, articleRowid, JSON.stringify(rows.map(Number)));

  const articleKey = st.get(SQL.articleKey);
  for (const k of b.articleKeys) articleKey.run(k, articleRowid);
  const byKey = new Map<string, string[]>();
  for (const ck of b.claimKeys) {
    for (const k of ck.keys) {
      const ids = byKey.get(k) ?? [];
      if (!ids.includes(ck.claimId)) ids.push(ck.claimId);
      byKey.set(k, ids);
    }
  }
  const claimKeys = st.get(SQL.claimKeys);
  for (const [k, ids] of byKey) claimKeys.run(k, articleRowid, JSON.stringify(ids));

  // Checked after the claims are in, so links among this article's own claims are accepted;
  // a dangling end throws and the caller's transaction drops everything above.
  const local = { claims: new Set(b.claims.map((c) => c.id)), articles: new Set([a.id]) };
  checkLinkEnds(
    st,
    b.links,
    (l, id, i) =>
      new ClaimgraphError('BAD_INPUT', `article ${a.id}: links[${i}] (${l.type}) points to ${id}, which is not stored`, {
        articleId: a.id,
        field: `links[${i}]`,
      }),
    local,
  );
  const links = upsertLinks(st, b.links);
  upsertReviews(st, b.reviews);
  return { articleId: a.id, created: true, claims: b.claims.length, links };
}
