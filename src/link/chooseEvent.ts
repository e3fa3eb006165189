import { eventId, HAPPENING, type Event } from '../domain';
import { canonicalEventLabel, labelsCompatible } from './eventLabel';
import { adjacentSingleDays, isOneDay, isRoughlyDated, rangesOverlap } from './eventDays';
import { foldName } from './foldName';
import { isCountryName, placesNested } from '../extract/entities/gazetteer';
import { ongoingSpansMeet, spanUnion } from '../extract/events/ongoing';
import type { DateWindow } from './articleEra';

/**
 * Decides which stored event a mention in a new article is, if any. A dated mention
 * joins a stored event of a compatible label whose dates overlap and whose place and
 * participants do not say otherwise; another year's strikes on the same militia never
 * overlap in date, so they stay apart. An undated mention joins a dated event only when
 * the evidence points to exactly one (same label family and a shared place or participant,
 * or the event of an article it copies); otherwise it stays an event of its own article.
 * A joining mention may narrow the stored event's dates or give it a place (see narrowed).
 */

export interface EventChoice {
  /** The global event the mention is (stored fields kept but for a narrower date or a first place, participants unioned). */
  event: Event;
  /** The stored event merged into, or null for a new global event. */
  mergedWith: Event | null;
  reason: string;
}

function placeKey(p: string | null): string | null {
  if (p === null) return null;
  const k = foldName(p).key;
  return k.length > 0 ? k : null;
}

function sharedParticipants(a: Event, b: Event): string[] {
  const bs = new Set(b.participants.map((p) => foldName(p).key));
  return a.participants.filter((p) => bs.has(foldName(p).key));
}

function placesAgree(a: Event, b: Event): 'same' | 'unknown' | 'different' {
  const pa = placeKey(a.place);
  const pb = placeKey(b.place);
  if (pa === null || pb === null) return 'unknown';
  if (pa === pb || pa.includes(pb) || pb.includes(pa)) return 'same';
  // "K1 military base" and "Kirkuk": the gazetteer knows the one lies in the other. A country
  // holds too much to say more than that the two may be one ("Iraq" and "Baghdad airport").
  if (a.place !== null && b.place !== null && placesNested(a.place, b.place)) return isCountryName(a.place) || isCountryName(b.place) ? 'unknown' : 'same';
  return 'different';
}

/**
 * New global id: label family, day and place make one happening. Undated mentions stay with
 * their article, and so do roughly dated ones ("a killing in 2004"): its first day and no
 * place would make every such mention of the year one event. A HAPPENING (known by its day
 * alone) always stays with its article.
 */
export function newGlobalEventId(local: Event, articleId: string): string {
  const fam = canonicalEventLabel(local.label).family;
  if (local.label === HAPPENING) return eventId(`${fam}|own|${articleId}|${local.id}`);
  if (local.date === null) return eventId(`${fam}|undated|${articleId}|${local.id}`);
  if (isRoughlyDated(local)) return eventId(`${fam}|rough|${articleId}|${local.id}`);
  return eventId(`${fam}|${local.date.slice(0, 10)}|${placeKey(local.place) ?? ''}`);
}

/** A town or site both name, not a country: "in Iraq" holds a year's happenings of every kind. */
function sameSite(a: Event, b: Event, place: 'same' | 'unknown' | 'different'): boolean {
  return place === 'same' && a.place !== null && b.place !== null && !isCountryName(a.place) && !isCountryName(b.place);
}

/** How far before its article an undated mention's happening may lie ("the strikes" in a report a month later is still news; a year is not). */
export const UNDATED_WINDOW_DAYS = 30;

/**
 * An undated mention in an article of `published` can only be a happening of the weeks before it,
 * never after. An article with no date may still be known to lie in a window of days (articleEra).
 */
function possibleForUndated(e: Event, published: string | DateWindow | null): boolean {
  if (published === null || e.date === null) return true;
  const window = typeof published === 'string' ? { from: published, to: published } : published;
  const from = Date.parse(`${window.from.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${window.to.slice(0, 10)}T00:00:00Z`);
  const start = Date.parse(`${e.date.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${(e.dateEnd ?? e.date).slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(from) || !Number.isFinite(start)) return true;
  return start <= (Number.isFinite(to) ? to : from) && (Number.isFinite(end) ? end : start) >= from - UNDATED_WINDOW_DAYS * 86400000;
}

export function chooseEvent(local: Event, candidates: readonly Event[], articleId: string, preferred: readonly Event[] = [], published: string | DateWindow | null = null): EventChoice {
  const canon = canonicalEventLabel(local.label);
  /** widen: the mention is a later (or earlier) day of an ongoing happening, whose dates grow to hold it. */
  type Scored = { e: Event; score: number; why: string[]; widen: boolean };
  const scored: Scored[] = [];
  const seen = new Set<string>();
  for (const e of local.label === HAPPENING ? [] : [...preferred, ...candidates]) {
    if (seen.has(e.id) || e.id === local.id || e.label === HAPPENING) continue;
    seen.add(e.id);
    const compat = labelsCompatible(canon, canonicalEventLabel(e.label));
    if (compat === 'different') continue;
    const place = placesAgree(local, e);
    const shared = sharedParticipants(local, e);
    if (place === 'different' && shared.length === 0) continue;
    const isPreferred = preferred.some((p) => p.id === e.id);
    // A year or a season is no anchor: two killings "in 2004" that both involve the president
    // are still two, and joined they would gather every later one (the event's participants
    // grow with each). Only the same site, or the article a copy reprints, says it is one.
    if ((isRoughlyDated(local) || isRoughlyDated(e)) && !sameSite(local, e, place) && !isPreferred) continue;
    const why: string[] = [compat === 'same' ? `same kind (${e.label})` : `${local.label} ~ ${e.label}`];
    let score = compat === 'same' ? 2 : 0;
    let widen = false;
    if (local.date !== null && !rangesOverlap(local, e) && compat === 'same' && ongoingSpansMeet(canon.family, local.date, local.dateEnd, e.date, e.dateEnd)) {
      // A wildfire or a flood reported on days close together: one that went on, with the same place or an actor in common.
      if (place === 'different' || (place !== 'same' && shared.length === 0)) continue;
      widen = true;
      why.push(`the same ${canon.family} going on (${e.date?.slice(0, 10) ?? ''})`);
    } else if (local.date !== null && !rangesOverlap(local, e)) {
      // A day apart: the same happening dated in another time zone, only with the same kind
      // and the same place and an actor in common, or two actors where a place is missing
      // ("Iran's missile strike on Ain al-Asad", 7 January in Washington, 8 January in Baghdad).
      const evidence = (place === 'same' && shared.length >= 1) || (place === 'unknown' && shared.length >= 2);
      if (!adjacentSingleDays(local, e) || compat !== 'same' || !evidence) continue;
      why.push(`a day apart (${e.date?.slice(0, 10) ?? ''}: another time zone)`);
    } else if (local.date !== null) {
      // A vague range ("last week", "this week") overlaps many days: it needs a place or actor in common too.
      const vague = !isOneDay(local) || (e.date !== null && !isOneDay(e));
      if (vague && place !== 'same' && shared.length === 0) continue;
      // ("Earlier this month, rockets landed near Baghdad airport": a span of days holding the day of an attack at
      // Kirkuk, with a place of its own, is another happening, whoever took part.)
      if (vague && place === 'different') continue;
      why.push(vague ? `overlapping dates ${e.date?.slice(0, 10) ?? ''}` : `same day ${e.date?.slice(0, 10) ?? ''}`);
      score += vague ? 0 : 1;
    } else if (e.date === null) {
      continue; // two undated mentions: nothing to anchor them in time
    } else if (!possibleForUndated(e, published)) {
      continue; // after its article, or long before it
    }
    if (place === 'same') {
      // Undated, the place pins the happening more than an actor does (the United States is in many).
      score += local.date === null ? 2 : 1;
      why.push(`in ${e.place}`);
    }
    if (shared.length > 0) {
      score += Math.min(2, shared.length);
      why.push(`involving ${shared.slice(0, 2).join(', ')}`);
    }
    if (isPreferred) {
      score += 2;
      why.push('in the article it copies');
    }
    // A generic label needs a place or participant in common as well.
    if (compat === 'generic' && place !== 'same' && shared.length === 0) continue;
    // Undated, a happening of another kind is not this one for sharing actors: "the storming of the
    // embassy" in a week of reports on a killing by the same actors stays the storming.
    if (local.date === null && compat === 'generic' && place !== 'same' && !isPreferred) continue;
    // An undated mention needs a shared place or participant, or the copied article's event.
    if (local.date === null && place !== 'same' && shared.length === 0 && !isPreferred) continue;
    scored.push({ e, score, why, widen });
  }
  scored.sort((a, b) => b.score - a.score || (a.e.date ?? '').localeCompare(b.e.date ?? '') || a.e.id.localeCompare(b.e.id));
  const best = scored[0];
  if (best && local.date === null) {
    // Undated: the best must be unambiguous in time (no equally good event on another day).
    const rival = scored.find((s) => s !== best && s.score === best.score && s.e.date?.slice(0, 10) !== best.e.date?.slice(0, 10));
    if (rival) return fresh(local, articleId, `undated; ${best.e.label} on ${best.e.date} and ${rival.e.label} on ${rival.e.date} both fit`);
  }
  if (!best) return fresh(local, articleId, 'no stored event fits');
  const participants = [...best.e.participants];
  for (const p of local.participants) if (!participants.includes(p)) participants.push(p);
  const dates = best.widen && best.e.date !== null && local.date !== null ? spanUnion(best.e.date, best.e.dateEnd, local.date, local.dateEnd) : {};
  return { event: { ...best.e, ...narrowed(best.e, local), ...dates, participants }, mergedWith: best.e, reason: best.why.join(', ') };
}

/**
 * What a mention makes more precise in the stored event it joins: a day inside a stored range
 * ("last week" first, "Friday" later: the rocket attack was on the 27th), a place where none
 * was stored. The event keeps its id; nothing else changes.
 */
function narrowed(stored: Event, local: Event): Partial<Event> {
  const out: Partial<Event> = {};
  if (stored.date !== null && stored.dateEnd !== null && local.date !== null && local.dateEnd === null) {
    const day = local.date.slice(0, 10);
    if (day >= stored.date.slice(0, 10) && day <= stored.dateEnd.slice(0, 10)) {
      out.date = local.date;
      out.dateEnd = null;
    }
  }
  if (stored.place === null && local.place !== null) out.place = local.place;
  return out;
}

function fresh(local: Event, articleId: string, reason: string): EventChoice {
  return { event: { ...local, id: newGlobalEventId(local, articleId) }, mergedWith: null, reason };
}
