import { isInt, type Integer } from 'neo4j-driver';
import type { Article, ArticleNote, Claim, Entity, Event, Link, LinkType, Review, Source } from '../../domain';
import { LINK_REL } from './queries';

/**
 * Values coming back from Cypher, turned into domain objects. Neo4j integers arrive as driver
 * Integers and are converted only when they fit a JS number exactly; property maps lack the
 * keys whose value was null (Neo4j stores no nulls), hence the `?? null`s.
 */

export type Props = Record<string, unknown>;

export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (isInt(v)) {
    const i = v as Integer;
    if (!i.inSafeRange()) throw new RangeError(`Neo4j integer ${i.toString()} does not fit a JavaScript number`);
    return i.toNumber();
  }
  throw new TypeError(`expected a number from Neo4j, got ${typeof v}`);
}

const str = (v: unknown): string => v as string;
const strOrNull = (v: unknown): string | null => (v === undefined || v === null ? null : (v as string));
const strings = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const json = <T>(v: unknown, absent: T): T => (typeof v === 'string' ? (JSON.parse(v) as T) : absent);

export function toArticle(p: Props): Article {
  return {
    id: str(p.id),
    file: strOrNull(p.file),
    url: strOrNull(p.url),
    outlet: strOrNull(p.outlet),
    published: strOrNull(p.published),
    title: strOrNull(p.title),
    byline: strOrNull(p.byline),
    credits: strings(p.credits),
    notes: json<ArticleNote[]>(p.notes, []),
    contentHash: str(p.contentHash),
    text: str(p.text),
  };
}

export function toClaim(p: Props): Claim {
  const claim: Claim = {
    id: str(p.id),
    articleId: str(p.articleId),
    text: str(p.text),
    sentence: str(p.sentence),
    start: toNumber(p.start),
    end: toNumber(p.end),
    kind: p.kind as Claim['kind'],
    certainty: p.certainty as Claim['certainty'],
    speaker: json<Claim['speaker']>(p.speaker, null),
    sourceId: strOrNull(p.sourceId),
    cue: strOrNull(p.cue),
    quote: strOrNull(p.quote),
    quantities: json<Claim['quantities']>(p.quantities, []),
    event: json<Claim['event']>(p.event, null),
    entities: json<Claim['entities']>(p.entities, []),
    credit: strOrNull(p.credit),
    checkworthiness: toNumber(p.checkworthiness),
  };
  // `via` is optional in the domain: present on the way out only when it was written.
  if (typeof p.via === 'string') claim.via = json<Claim['via']>(p.via, null);
  return claim;
}

export function toSource(p: Props): Source {
  return { id: str(p.id), name: str(p.name), type: p.type as Source['type'], role: strOrNull(p.role), aliases: strings(p.aliases) };
}

export function toEvent(p: Props): Event {
  return {
    id: str(p.id),
    label: str(p.label),
    date: strOrNull(p.date),
    dateEnd: strOrNull(p.dateEnd),
    place: strOrNull(p.place),
    participants: strings(p.participants),
  };
}

export function toEntity(p: Props): Entity {
  return { id: str(p.id), name: str(p.name), type: p.type as Entity['type'], aliases: strings(p.aliases) };
}

export function toReview(p: Props): Review {
  return {
    id: str(p.id),
    claimId: str(p.claimId),
    rating: str(p.rating),
    reviewer: str(p.reviewer),
    url: strOrNull(p.url),
    createdAt: str(p.createdAt),
  };
}

const TYPE_OF_REL = new Map<string, LinkType>(Object.entries(LINK_REL).map(([type, { rel }]) => [rel, type as LinkType]));

export function linkTypeOfRel(rel: string): LinkType {
  const t = TYPE_OF_REL.get(rel);
  if (t === undefined) throw new TypeError(`unexpected relationship type ${rel} among links`);
  return t;
}

/** A link from its ends, relationship type and relationship properties. */
export function toLink(from: string, to: string, rel: string, p: Props): Link {
  return {
    from,
    to,
    type: linkTypeOfRel(rel),
    score: toNumber(p.score),
    basis: str(p.basis),
    slot: strOrNull(p.slot),
    share: p.share === undefined || p.share === null ? null : toNumber(p.share),
    origin: p.origin as Link['origin'],
    removed: p.removed === true,
    note: strOrNull(p.note),
    createdAt: str(p.createdAt),
  };
}

/** Link order shared with the SQLite adapter: type, from, to (code-unit order, as both stores compare ASCII ids). */
export function compareLinks(a: Link, b: Link): number {
  return cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
