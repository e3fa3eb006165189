import { HAPPENING, type Claim, type Event } from '../domain';
import { copyTokens, shingleHashes } from './copyText';
import { createMinHasher } from './minHash';
import { lshBandKeys } from './lshBands';
import { canonicalEventLabel } from './eventLabel';
import { adjacentDays, daysAround, eventDays, isOneDay } from './eventDays';
import { ONGOING_FAMILIES, ONGOING_GAP_DAYS } from '../extract/events/ongoing';
import { foldName } from './foldName';
import { placeAncestors } from '../extract/entities/gazetteer';
import { predicateClass } from './quantitySlot';
import { isBackgroundTerm } from './propositionTerms';

/**
 * Blocking keys of a claim (ArticleBundle.claimKeys), so that a later article finds its
 * candidates with indexed look-ups instead of scanning:
 *   ed:<family>|<day>            the first claim of each article about an event of that kind
 *                                on that day: the event's anchor, for merging event mentions
 *   eu:<family>|<anchor>|<month> the same by actor or place (anchor: a participant or the
 *                                place, folded) and each month of the event's days: an undated
 *                                mention looks up the months its happening can lie in (the
 *                                weeks before its article), so the posting read is one actor's
 *                                happenings of a month, not of all time ("United States")
 *   eu:<family>|<anchor>         the same without the month, read only for an article of
 *                                unknown date (which may report a happening of any time)
 *   un:<family>|<anchor>|<month> the first claim of an undated global event, by the month its
 *                                article appeared ('-' when unknown): for a later dated event to
 *                                adopt it (adoptUndated); renamed to eu:…|<month of the event>
 *                                when it is adopted
 *   gd:<family>|<day>            the first claim of a one-day global event when it is created:
 *                                one posting per happening, so that a report dated a day apart
 *                                (another time zone) finds it without reading the day's articles
 *   ev:<eventId>                 every claim about that global event
 *   sl:<eventId>|<pred>          a figure for that slot ("killed") of that global event
 *   et:<eventId>|<term>          a specific term of the claim's main clause under that global
 *                                event: of the hundreds of claims of a much-covered happening,
 *                                the ones that share a claim's words rank first among its
 *                                candidates (every look-up has a limit); <term> is also
 *                                !party:<name> for a party the claim blames or that denies its part
 *   q<band>.<hash>|<sourceId>    LSH bands of a quotation with its speaker (same words, same speaker)
 *   sp:<sourceId>|<day>          a named speaker's statements on one publication day
 *   nm:<folded name>             a name first seen here, for fuzzy entity resolution
 * Anchor postings grow with the articles of one kind and day or month; every other posting
 * with the coverage of one happening or one speaker, never with the size of the store (but the
 * unbucketed eu: key, which only articles of unknown date read).
 */

export const FAMILIES_FOR_GENERIC = ['any', 'strikes', 'rocket attack', 'missile strike', 'unrest', 'funerals', 'deployment', 'harm', 'car bombing', 'explosion', 'wildfire', 'flood', 'earthquake', 'storm', 'road crash'];

/**
 * Keys under which the stored mentions an event mention may join are found: a dated one by its
 * kind and days; an undated one by its kind and anchors, in the months from `windowDays` before
 * its article's day (`published`) to that day (chooseEvent allows no other), or in any month
 * when the article's date is unknown.
 */
export function eventLookupKeys(e: Event, published: string | null, windowDays: number): string[] {
  // (A happening known by its day alone joins nothing outside its article: chooseEvent.)
  if (e.label === HAPPENING) return [];
  const canon = canonicalEventLabel(e.label);
  const fams = canon.family === 'any' ? FAMILIES_FOR_GENERIC : [canon.family];
  const days = eventDays(e.date, e.dateEnd);
  // A fire or a flood goes on: its mentions of the two weeks around are looked up too (chooseEvent decides).
  if (days.length > 0) return fams.flatMap((f) => (ONGOING_FAMILIES.has(f) ? daysAround(e.date!, e.dateEnd, ONGOING_GAP_DAYS) : days).map((d) => `ed:${f}|${d}`));
  const anchors = eventAnchors(e);
  const day = published === null ? Number.NaN : Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(day)) return fams.flatMap((f) => anchors.map((a) => `eu:${f}|${a}`));
  const months = monthsBetween(day - windowDays * 86400000, day, MAX_ANCHOR_MONTHS);
  return fams.flatMap((f) => anchors.flatMap((a) => months.map((mo) => `eu:${f}|${a}|${mo}`)));
}

/** Whether a key of eventLookupKeys is a dated mention's (`ed:`, kind and day), not an undated one's (`eu:`, kind and anchor). */
export function isDayLookupKey(key: string): boolean {
  return key.startsWith('ed:');
}

/** Most months a dated event's anchors are filed under (a year's range: its twelve). */
const MAX_ANCHOR_MONTHS = 13;

/** `YYYY-MM` of every month from time `from` to time `to` (ms), the last `cap` of them, in order. */
function monthsBetween(from: number, to: number, cap: number): string[] {
  const first = new Date(from);
  const firstIndex = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const last = new Date(to);
  const out: string[] = [];
  for (let k = last.getUTCFullYear() * 12 + last.getUTCMonth(); k >= firstIndex && out.length < cap; k--) {
    out.push(new Date(Date.UTC(Math.floor(k / 12), k % 12, 1)).toISOString().slice(0, 7));
  }
  return out.reverse();
}

/** The months of a dated event's days (`YYYY-MM`), at most MAX_ANCHOR_MONTHS (the last ones). */
export function eventMonths(e: { date: string | null; dateEnd: string | null }): string[] {
  if (e.date === null) return [];
  const from = Date.parse(`${e.date.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${(e.dateEnd ?? e.date).slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(from)) return [];
  return monthsBetween(from, Number.isFinite(to) && to > from ? to : from, MAX_ANCHOR_MONTHS);
}

/** Anchors an event is filed under: its place and the towns that hold it, and participants to make four, at least three of them. */
const MIN_ANCHORS = 4;
const MIN_PARTICIPANT_ANCHORS = 3;

export function eventAnchors(e: Event): string[] {
  const out = new Set<string>();
  if (e.place) out.add(foldName(e.place).key);
  // The town a site lies in: "a strike in Baghdad" finds the strike at Baghdad airport.
  if (e.place) for (const p of placeAncestors(e.place)) out.add(foldName(p).key);
  // (The town a site lies in takes no participant's place: the attack at "K1 military base" in
  // Kirkuk is filed under the United States as the one at Kirkuk is, or an undated report of it
  // finds the one stored first only when the first report named the town.)
  let participants = 0;
  for (const p of e.participants) {
    if (out.size >= MIN_ANCHORS && participants >= MIN_PARTICIPANT_ANCHORS) break;
    const k = foldName(p).key;
    if (k.length === 0 || out.has(k)) continue;
    out.add(k);
    participants++;
  }
  return [...out].filter((k) => k.length > 0);
}

/** The day key of a one-day event of a specific kind, or null (`gd:`, see above). */
function happeningDayKey(e: Event, day: string): string | null {
  if (e.label === HAPPENING) return null;
  const canon = canonicalEventLabel(e.label);
  return canon.family === 'any' || !isOneDay(e) ? null : `gd:${canon.family}|${day}`;
}

/** `gd:` keys of the days either side of a one-day event: where the same happening dated in another time zone is indexed. */
export function adjacentHappeningKeys(e: Event): string[] {
  if (e.date === null) return [];
  return adjacentDays(e.date).flatMap((d) => happeningDayKey(e, d) ?? []);
}

/** Keys a claim is indexed under, given its global event (null when it has none). */
export function claimIndexKeys(
  claim: Claim,
  event: Event | null,
  opts: { firstOfEvent: boolean; newEvent?: boolean; published: string | null; specificSpeaker: boolean; quoteKeys?: string[] },
): string[] {
  const keys = new Set<string>();
  // (A happening known by its day alone is its article's only: no other article looks its claims up by it.)
  if (event && event.label !== HAPPENING) {
    keys.add(`ev:${event.id}`);
    if (opts.firstOfEvent) for (const k of eventAnchorKeys(event, opts.published)) keys.add(k);
    if (opts.firstOfEvent && opts.newEvent && event.date !== null) {
      const day = happeningDayKey(event, event.date.slice(0, 10));
      if (day !== null) keys.add(day);
    }
    for (const k of slotKeys(claim, event.id)) keys.add(k);
  }
  if (claim.sourceId && opts.specificSpeaker) {
    if (claim.quote && claim.quote.length >= 20) for (const k of opts.quoteKeys ?? quoteKeys(claim.sourceId, claim.quote)) keys.add(k);
    if (opts.published) keys.add(`sp:${claim.sourceId}|${opts.published.slice(0, 10)}`);
  }
  return [...keys];
}

/** Most `et:` keys one claim is filed under and looks up. */
export const MAX_TERM_KEYS = 3;

/**
 * `et:` keys of a claim under its global event: its first specific terms at full weight (not the
 * setting, "Iraq", "US"; not a subordinate phrase's), the terms its comparisons start from; and
 * the parties it blames or that deny their part (`!party:…`, ComparableClaim.parties), whose
 * claims share few words.
 */
export function termKeys(eventIdValue: string, terms: ReadonlyMap<string, number>, parties: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const [t, w] of terms) {
    if (out.length >= MAX_TERM_KEYS) break;
    if (w >= 1 && !isBackgroundTerm(t)) out.push(`et:${eventIdValue}|${t}`);
  }
  for (const p of parties) out.push(`et:${eventIdValue}|${p}`);
  return out;
}

/** `sl:` keys of a claim's figures under one global event: `sl:<eventId>|<predicate class>`. */
export function slotKeys(c: Claim, eventIdValue: string | null): string[] {
  if (eventIdValue === null) return [];
  const out: string[] = [];
  for (const q of c.quantities) {
    const p = predicateClass(q.predicate);
    if (p) out.push(`sl:${eventIdValue}|${p}`);
  }
  return out;
}

/**
 * Anchor keys a stored event is found by: a dated one by its kind and days and by its kind and
 * actors; an undated one (which no other undated mention ever joins) by its kind, actors and
 * the month of its article, for a dated event to adopt it.
 */
export function eventAnchorKeys(event: Event, published: string | null): string[] {
  if (event.label === HAPPENING) return [];
  const fam = canonicalEventLabel(event.label).family;
  if (event.date === null) {
    const month = published !== null && /^\d{4}-\d{2}/.test(published) ? published.slice(0, 7) : '-';
    return eventAnchors(event).map((a) => `un:${fam}|${a}|${month}`);
  }
  const keys = eventDays(event.date, event.dateEnd).map((d) => `ed:${fam}|${d}`);
  const months = eventMonths(event);
  for (const a of eventAnchors(event)) {
    keys.push(`eu:${fam}|${a}`);
    for (const mo of months) keys.push(`eu:${fam}|${a}|${mo}`);
  }
  return keys;
}

/** Most months of articles searched for undated mentions of one dated event. */
const ADOPTION_MONTHS = 6;

/**
 * `un:` keys under which the undated mentions a new dated event could adopt are stored: the
 * same kind (or a generic one, which looks up every kind of FAMILIES_FOR_GENERIC), a shared
 * anchor, and an article that appeared from the event's start to UNDATED_WINDOW_DAYS after its
 * end (chooseEvent), or whose date is unknown. So the postings read follow one kind, actor and
 * month, not the size of the store.
 */
export function adoptableMentionKeys(e: Event, windowDays: number): string[] {
  if (e.date === null || e.label === HAPPENING) return [];
  const fam = canonicalEventLabel(e.label).family;
  const fams = fam !== 'any' && FAMILIES_FOR_GENERIC.includes(fam) ? [fam, 'any'] : [fam];
  const start = Date.parse(`${e.date.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${(e.dateEnd ?? e.date).slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(start)) return [];
  const last = new Date((Number.isFinite(end) && end > start ? end : start) + windowDays * 86400000);
  const months: string[] = ['-'];
  // From the month of the window's end back to the event's start, the nearest months first.
  for (let i = 0; i < ADOPTION_MONTHS; i++) {
    const month = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - i, 1)).toISOString().slice(0, 7);
    if (month < e.date.slice(0, 7)) break;
    months.push(month);
  }
  const anchors = eventAnchors(e);
  return fams.flatMap((f) => anchors.flatMap((a) => months.map((mo) => `un:${f}|${a}|${mo}`)));
}

/**
 * What an adopted mention's `un:` key becomes: an actor anchor of the dated event it joined, in
 * that event's first month (a key is renamed one to one, so the mention's anchors are filed
 * where the undated mentions of the weeks after the event's start look).
 */
export function adoptedAnchorKey(key: string, into: { date: string | null; dateEnd: string | null }): string {
  if (!key.startsWith('un:')) return key;
  const month = eventMonths(into)[0];
  const anchor = key.slice(3, key.lastIndexOf('|'));
  return month === undefined ? `eu:${anchor}` : `eu:${anchor}|${month}`;
}

const quoteHasher = createMinHasher(8, 0x9007e);

/** LSH keys of a quotation (word 3-grams, 4 bands of 2), salted with the speaker: the same words from the same person collide. */
export function quoteKeys(sourceId: string, quote: string): string[] {
  const sh = shingleHashes(copyTokens(quote, { dropQuotes: false }), 3);
  if (sh.size < 3) return [];
  return lshBandKeys(quoteHasher.signature(sh), 4, 2, 'q').map((k) => `${k}|${sourceId}`);
}
