import type { Article, ArticleNote, Claim, Entity, Event, Link, Review, Source } from '../../domain';

/** Row shapes as better-sqlite3 returns them, and their mapping back to domain objects. */

export interface ArticleRow {
  id: string;
  file: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  pub_key: string;
  title: string | null;
  byline: string | null;
  credits: string;
  notes: string;
  content_hash: string;
  text: string;
  publisher_id: string | null;
}

export interface ClaimRow {
  rowid: number;
  id: string;
  article_id: string;
  pub_key: string;
  start: number;
  end: number;
  text: string;
  sentence: string;
  kind: string;
  certainty: string;
  speaker: string | null;
  source_id: string | null;
  cue: string | null;
  quote: string | null;
  quantities: string;
  event_id: string | null;
  event: string | null;
  entities: string;
  credit: string | null;
  checkworthiness: number;
  via: string | null;
}

export interface SourceRow {
  id: string;
  name: string;
  type: string;
  role: string | null;
  aliases: string;
}

export interface EventRow {
  id: string;
  label: string;
  date: string | null;
  date_key: string;
  date_end: string | null;
  place: string | null;
  participants: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  aliases: string;
}

export interface LinkRow {
  from_id: string;
  to_id: string;
  type: string;
  score: number;
  basis: string;
  slot: string | null;
  share: number | null;
  origin: string;
  removed: number;
  note: string | null;
  created_at: string;
}

export interface ReviewRow {
  id: string;
  claim_id: string;
  rating: string;
  reviewer: string;
  url: string | null;
  created_at: string;
}

// Values were validated on the way in (validateBundle), so the casts below restore types the
// schema cannot express rather than trusting unknown data.
const json = <T>(s: string | null): T => (s === null ? null : JSON.parse(s)) as T;

export function toArticle(r: ArticleRow): Article {
  return {
    id: r.id,
    file: r.file,
    url: r.url,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    byline: r.byline,
    credits: json<string[]>(r.credits),
    notes: json<ArticleNote[]>(r.notes),
    contentHash: r.content_hash,
    text: r.text,
  };
}

export function toClaim(r: ClaimRow): Claim {
  const claim: Claim = {
    id: r.id,
    articleId: r.article_id,
    text: r.text,
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    kind: r.kind as Claim['kind'],
    certainty: r.certainty as Claim['certainty'],
    speaker: json<Claim['speaker']>(r.speaker),
    sourceId: r.source_id,
    cue: r.cue,
    quote: r.quote,
    quantities: json<Claim['quantities']>(r.quantities),
    event: json<Claim['event']>(r.event),
    entities: json<Claim['entities']>(r.entities),
    credit: r.credit,
    checkworthiness: r.checkworthiness,
  };
  if (r.via !== null) claim.via = json<Claim['via']>(r.via);
  return claim;
}

export function toSource(r: SourceRow): Source {
  return { id: r.id, name: r.name, type: r.type as Source['type'], role: r.role, aliases: json<string[]>(r.aliases) };
}

export function toEvent(r: EventRow): Event {
  return { id: r.id, label: r.label, date: r.date, dateEnd: r.date_end, place: r.place, participants: json<string[]>(r.participants) };
}

export function toEntity(r: EntityRow): Entity {
  return { id: r.id, name: r.name, type: r.type as Entity['type'], aliases: json<string[]>(r.aliases) };
}

export function toLink(r: LinkRow): Link {
  return {
    from: r.from_id,
    to: r.to_id,
    type: r.type as Link['type'],
    score: r.score,
    basis: r.basis,
    slot: r.slot,
    share: r.share,
    origin: r.origin as Link['origin'],
    removed: r.removed === 1,
    note: r.note,
    createdAt: r.created_at,
  };
}

export function toReview(r: ReviewRow): Review {
  return { id: r.id, claimId: r.claim_id, rating: r.rating, reviewer: r.reviewer, url: r.url, createdAt: r.created_at };
}
