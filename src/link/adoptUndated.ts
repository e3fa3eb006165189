import { eventRef, type Claim, type Event, type EventMerge } from '../domain';
import type { GraphStore } from '../store/port';
import { chooseEvent, UNDATED_WINDOW_DAYS } from './chooseEvent';
import { adoptableMentionKeys, adoptedAnchorKey, eventAnchorKeys, eventLookupKeys, slotKeys } from './claimKeys';
import { articleEra, type DateWindow } from './articleEra';

/**
 * The other half of merging event mentions. An undated mention ("the strikes" in a later
 * report) joins a dated event when it is stored first (chooseEvent); stored before that
 * event's first dated report, it stayed an event of its own article. When an article creates
 * a dated event, the undated mentions stored under the same kind and a shared place or
 * participant are asked again, with chooseEvent and every event each one can see now: the
 * ones that would have joined the new event, had it been stored first, are adopted by it.
 * So the graph no longer depends on which of the two articles came first.
 */

export interface Adoption {
  /** For ArticleBundle.eventMerges. */
  merges: EventMerge[];
  /** The adopted mentions' claims, now about the adopting event (stored claims: link candidates). */
  claims: Claim[];
  /** Candidate keys of those claims as they will be stored (the event's keys renamed). */
  keys: Map<string, Set<string>>;
  /** The adopting events with the participants and place the mentions bring. */
  events: Map<string, Event>;
}

/** Stored claims examined per look-up (a posting per article and event: few per anchor). */
const LOOKUP_LIMIT = 60;
/** Undated mentions asked again per article. */
const MAX_MENTIONS = 12;

export async function adoptUndated(store: GraphStore, articleId: string, created: readonly Event[]): Promise<Adoption> {
  const out: Adoption = { merges: [], claims: [], keys: new Map(), events: new Map() };
  const dated = created.filter((e) => e.date !== null);
  if (dated.length === 0) return out;
  const keys = [...new Set(dated.flatMap((e) => adoptableMentionKeys(e, UNDATED_WINDOW_DAYS)))];
  if (keys.length === 0) return out;
  const hits = await store.findClaimsByKeys(keys, LOOKUP_LIMIT);
  if (hits.length === 0) return out;
  const mentionClaims = await store.getClaims(hits.map((h) => h.claimId));
  const mentionArticle = new Map<string, string>();
  for (const c of mentionClaims) {
    if (c?.event && c.event.date === null && c.articleId !== articleId && !mentionArticle.has(c.event.id)) mentionArticle.set(c.event.id, c.articleId);
  }
  if (mentionArticle.size === 0) return out;
  const mentionIds = [...mentionArticle.keys()].slice(0, MAX_MENTIONS);
  const mentions = (await store.getEvents(mentionIds)).filter((e): e is Event => e !== null && e.date === null);
  if (mentions.length === 0) return out;

  const articles = await store.getArticles([...new Set(mentions.map((m) => mentionArticle.get(m.id) as string))]);
  const published = new Map<string, string | null>();
  for (const a of articles) if (a) published.set(a.id, a.published);
  // An undated article may still be placed in time by the office holders it names (articleEra).
  const era = new Map<string, DateWindow | null>();
  for (const a of articles) if (a && a.published === null) era.set(a.id, articleEra(a.text));

  // What each mention can see now: the stored events its own look-up keys find, and this article's new events.
  const lookups = new Map(mentions.map((m) => [m.id, new Set(eventLookupKeys(m, published.get(mentionArticle.get(m.id) as string) ?? null, UNDATED_WINDOW_DAYS))]));
  const allKeys = [...new Set(mentions.flatMap((m) => [...(lookups.get(m.id) ?? [])]))];
  const seen = allKeys.length > 0 ? await store.findClaimsByKeys(allKeys, LOOKUP_LIMIT * mentions.length) : [];
  const seenClaims = seen.length > 0 ? await store.getClaims(seen.map((s) => s.claimId)) : [];
  const eventOfClaim = new Map<string, { eventId: string; articleId: string }>();
  for (const c of seenClaims) if (c?.event) eventOfClaim.set(c.id, { eventId: c.event.id, articleId: c.articleId });
  const storedIds = [...new Set([...eventOfClaim.values()].map((v) => v.eventId))];
  const stored = new Map<string, Event>();
  for (const e of storedIds.length > 0 ? await store.getEvents(storedIds) : []) if (e) stored.set(e.id, e);

  const createdIds = new Set(dated.map((e) => e.id));
  const adopting = new Map<string, Event>(dated.map((e) => [e.id, { ...e, participants: [...e.participants] }]));
  const adopted: Array<{ mention: Event; into: string; articleId: string }> = [];
  for (const m of mentions) {
    const own = mentionArticle.get(m.id) as string;
    const visible = lookups.get(m.id) ?? new Set<string>();
    const pool: Event[] = [...dated];
    for (const s of seen) {
      const at = eventOfClaim.get(s.claimId);
      if (!at || at.articleId === own || !s.keys.some((k) => visible.has(k))) continue;
      const e = stored.get(at.eventId);
      if (e && e.date !== null && !createdIds.has(e.id) && !pool.includes(e)) pool.push(e);
    }
    const choice = chooseEvent(m, pool, own, [], published.get(own) ?? era.get(own) ?? null);
    if (!choice.mergedWith || !createdIds.has(choice.mergedWith.id)) continue;
    const into = adopting.get(choice.mergedWith.id) as Event;
    for (const p of m.participants) if (!into.participants.includes(p)) into.participants.push(p);
    if (into.place === null && m.place !== null) into.place = m.place;
    adopted.push({ mention: m, into: into.id, articleId: own });
  }
  if (adopted.length === 0) return out;

  const byArticle = await store.getClaimsByArticle([...new Set(adopted.map((a) => a.articleId))]);
  const claimsOf = new Map<string, Claim[]>();
  for (const cs of byArticle) for (const c of cs) if (c.event) claimsOf.set(c.event.id, [...(claimsOf.get(c.event.id) ?? []), c]);
  for (const a of adopted) {
    const into = adopting.get(a.into) as Event;
    out.events.set(into.id, into);
    const renames = new Map<string, string>([[`ev:${a.mention.id}`, `ev:${into.id}`]]);
    // Its first claim's anchors now anchor the event it joined.
    for (const k of eventAnchorKeys(a.mention, published.get(a.articleId) ?? null)) renames.set(k, adoptedAnchorKey(k, into));
    for (const c of claimsOf.get(a.mention.id) ?? []) {
      const from = slotKeys(c, a.mention.id);
      const to = slotKeys(c, into.id);
      from.forEach((k, i) => renames.set(k, to[i] as string));
      out.claims.push({ ...c, event: eventRef(into) });
      out.keys.set(c.id, new Set([`ev:${into.id}`, ...to]));
    }
    out.merges.push({ from: a.mention.id, into: into.id, keys: [...renames].map(([from, to]) => ({ from, to })) });
  }
  return out;
}
