import { ARTICLE_NOTE_KINDS, CERTAINTIES, CLAIM_KINDS, SOURCE_TYPES, type Article, type Claim, type Event, type Source } from '../../domain';
import { checkDay, checkLimit, checkOneOf, checkText } from '../checks';
import { UNKNOWN_DATE_KEY, decodeCursor, encodeCursor, pageSize, type CursorShape, type CursorValue } from '../cursor';
import type { ArticleFilter, ClaimFilter, EventFilter, Page, PageArgs, SourceFilter } from '../port';
import { toArticle, toClaim, toEvent, toSource, type ArticleRow, type ClaimRow, type EventRow, type SourceRow } from './rows';
import type { StatementCache } from './StatementCache';
import { resolveSourceId } from './writeBundle';
import { resolveEventId } from './mergeEvents';

/**
 * Filtered keyset-paginated lists. The SQL is assembled from the fixed fragments below
 * according to which filter fields are present (never from the values, which are bound
 * parameters), and each resulting text is prepared once through the StatementCache.
 */

interface Query {
  from: string;
  where: string[];
  params: Record<string, unknown>;
}

interface ListSpec<R, T> {
  list: string;
  /** Sort key columns, in order; together unique and immutable. */
  keyColumns: string[];
  shape: CursorShape;
  keyOf: (row: R) => CursorValue[];
  toItem: (row: R) => T;
  select: string;
}

function runPage<R, T>(st: StatementCache, q: Query, spec: ListSpec<R, T>, page: PageArgs): Page<T> {
  const first = pageSize(page);
  const where = [...q.where];
  const params: Record<string, unknown> = { ...q.params, limit: first + 1 };
  if (page.after !== undefined && page.after !== null) {
    const key = decodeCursor(spec.list, page.after, spec.shape);
    where.push(`(${spec.keyColumns.join(', ')}) > (${key.map((_, i) => `@k${i}`).join(', ')})`);
    key.forEach((v, i) => (params[`k${i}`] = v));
  }
  const whereSql = (w: string[]): string => (w.length > 0 ? ` WHERE ${w.join(' AND ')}` : '');
  const rows = st
    .get(`SELECT ${spec.select} FROM ${q.from}${whereSql(where)} ORDER BY ${spec.keyColumns.join(', ')} LIMIT @limit`)
    .all(params) as R[];
  const countParams = { ...q.params };
  const totalCount = st.get(`SELECT count(*) FROM ${q.from}${whereSql(q.where)}`).pluck().get(countParams) as number;
  const hasNextPage = rows.length > first;
  const kept = hasNextPage ? rows.slice(0, first) : rows;
  const cursors = kept.map((r) => encodeCursor(spec.list, spec.keyOf(r)));
  return { items: kept.map(spec.toItem), cursors, hasNextPage, endCursor: cursors.at(-1) ?? null, totalCount };
}

export function listClaims(st: StatementCache, f: ClaimFilter, page: PageArgs): Page<Claim> {
  const q: Query = { from: 'claims c', where: [], params: {} };
  if (f.outlet !== undefined) {
    q.from += ' JOIN articles a ON a.id = c.article_id';
    q.where.push('a.outlet_lc = @outlet');
    q.params.outlet = checkText(f.outlet, 'outlet').toLowerCase();
  }
  if (f.entityId !== undefined) {
    q.where.push('c.rowid IN (SELECT j.value FROM claim_entities ce CROSS JOIN json_each(ce.claim_rowids) j WHERE ce.entity_id = @entityId)');
    q.params.entityId = checkText(f.entityId, 'entityId');
  }
  if (f.articleId !== undefined) {
    // pub_key first so claims_page (pub_key, article_id, ...) serves the look-up.
    q.where.push('c.pub_key = (SELECT pub_key FROM articles WHERE id = @articleId) AND c.article_id = @articleId');
    q.params.articleId = checkText(f.articleId, 'articleId');
  }
  if (f.sourceId !== undefined) {
    q.where.push('c.source_id = @sourceId');
    q.params.sourceId = resolveSourceId(st, checkText(f.sourceId, 'sourceId'));
  }
  if (f.eventId !== undefined) {
    q.where.push('c.event_id = @eventId');
    q.params.eventId = resolveEventId(st, checkText(f.eventId, 'eventId'));
  }
  if (f.kind !== undefined) {
    q.where.push('c.kind = @kind');
    q.params.kind = checkOneOf(CLAIM_KINDS, f.kind, 'kind');
  }
  if (f.certainty !== undefined) {
    q.where.push('c.certainty = @certainty');
    q.params.certainty = checkOneOf(CERTAINTIES, f.certainty, 'certainty');
  }
  // pub_key is the published date or '~' (unknown), which sorts above every date: excluded from both bounds.
  if (f.publishedFrom !== undefined) {
    q.where.push(`c.pub_key >= @from AND c.pub_key < '${UNKNOWN_DATE_KEY}'`);
    q.params.from = checkDay(f.publishedFrom, 'publishedFrom');
  }
  if (f.publishedTo !== undefined) {
    q.where.push('substr(c.pub_key, 1, 10) <= @to');
    q.params.to = checkDay(f.publishedTo, 'publishedTo');
  }
  return runPage<ClaimRow, Claim>(st, q, {
    list: 'claims',
    select: 'c.*',
    keyColumns: ['c.pub_key', 'c.article_id', 'c.start', 'c.id'],
    shape: ['s', 's', 'i', 's'],
    keyOf: (r) => [r.pub_key, r.article_id, r.start, r.id],
    toItem: toClaim,
  }, page);
}

export function listArticles(st: StatementCache, f: ArticleFilter, page: PageArgs): Page<Article> {
  const q: Query = { from: 'articles a', where: [], params: {} };
  if (f.outlet !== undefined) {
    q.where.push('a.outlet_lc = @outlet');
    q.params.outlet = checkText(f.outlet, 'outlet').toLowerCase();
  }
  if (f.sourceId !== undefined) {
    q.where.push('(a.publisher_id = @sourceId OR EXISTS (SELECT 1 FROM article_credits ac WHERE ac.article_id = a.id AND ac.source_id = @sourceId))');
    q.params.sourceId = resolveSourceId(st, checkText(f.sourceId, 'sourceId'));
  }
  if (f.publishedFrom !== undefined) {
    q.where.push(`a.pub_key >= @from AND a.pub_key < '${UNKNOWN_DATE_KEY}'`);
    q.params.from = checkDay(f.publishedFrom, 'publishedFrom');
  }
  if (f.publishedTo !== undefined) {
    q.where.push('substr(a.pub_key, 1, 10) <= @to');
    q.params.to = checkDay(f.publishedTo, 'publishedTo');
  }
  if (f.noteKind !== undefined) {
    q.where.push("EXISTS (SELECT 1 FROM json_each(a.notes) n WHERE json_extract(n.value, '$.kind') = @noteKind)");
    q.params.noteKind = checkOneOf(ARTICLE_NOTE_KINDS, f.noteKind, 'noteKind');
  }
  return runPage<ArticleRow, Article>(st, q, {
    list: 'articles',
    select: 'a.*',
    keyColumns: ['a.pub_key', 'a.id'],
    shape: ['s', 's'],
    keyOf: (r) => [r.pub_key, r.id],
    toItem: toArticle,
  }, page);
}

export function listSources(st: StatementCache, f: SourceFilter, page: PageArgs): Page<Source> {
  const q: Query = { from: 'sources s', where: [], params: {} };
  if (f.type !== undefined) {
    q.where.push('s.type = @type');
    q.params.type = checkOneOf(SOURCE_TYPES, f.type, 'type');
  }
  if (f.nameContains !== undefined) {
    // instr(), not LIKE: the user's text is matched literally, '%' and '_' included.
    q.where.push('EXISTS (SELECT 1 FROM source_names n WHERE n.source_id = s.id AND instr(n.name_lc, @needle) > 0)');
    q.params.needle = checkText(f.nameContains, 'nameContains').toLowerCase();
  }
  return runPage<SourceRow, Source>(st, q, {
    list: 'sources',
    select: 's.*',
    keyColumns: ['s.name', 's.id'],
    shape: ['s', 's'],
    keyOf: (r) => [r.name, r.id],
    toItem: toSource,
  }, page);
}

/** Date filters on events match any overlap of [date, dateEnd ?? date] with [dateFrom, dateTo]; undated events never match them. */
function eventFilterSql(f: EventFilter, q: Query): void {
  if (f.label !== undefined) {
    q.where.push('e.label_lc = @label');
    q.params.label = checkText(f.label, 'label').toLowerCase();
  }
  if (f.place !== undefined) {
    q.where.push('e.place_lc = @place');
    q.params.place = checkText(f.place, 'place').toLowerCase();
  }
  if (f.dateFrom !== undefined) {
    q.where.push('coalesce(e.date_end, e.date) >= @dateFrom');
    q.params.dateFrom = checkDay(f.dateFrom, 'dateFrom');
  }
  if (f.dateTo !== undefined) {
    q.where.push('substr(e.date, 1, 10) <= @dateTo');
    q.params.dateTo = checkDay(f.dateTo, 'dateTo');
  }
}

export function listEvents(st: StatementCache, f: EventFilter, page: PageArgs): Page<Event> {
  const q: Query = { from: 'events e', where: [], params: {} };
  eventFilterSql(f, q);
  return runPage<EventRow, Event>(st, q, {
    list: 'events',
    select: 'e.*',
    keyColumns: ['e.date_key', 'e.id'],
    shape: ['s', 's'],
    keyOf: (r) => [r.date_key, r.id],
    toItem: toEvent,
  }, page);
}

export function findEvents(st: StatementCache, f: { label?: string; dateFrom?: string; dateTo?: string }, limit: number): Event[] {
  checkLimit(limit);
  const q: Query = { from: 'events e', where: [], params: { limit } };
  eventFilterSql(f, q);
  const where = q.where.length > 0 ? ` WHERE ${q.where.join(' AND ')}` : '';
  const rows = st.get(`SELECT e.* FROM ${q.from}${where} ORDER BY e.date_key, e.id LIMIT @limit`).all(q.params) as EventRow[];
  return rows.map(toEvent);
}
