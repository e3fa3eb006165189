import { diffDays, parseDay } from './calendar';

/**
 * Happenings that go on for days: a wildfire that "broke out on Wednesday" and "forced the
 * evacuation of 30,000 on Monday" is one fire, and so is a flood whose peak is dated apart
 * from its start, or an earthquake and its aftershocks. Mentions of such a happening on days
 * close together are one event, whose dates widen to hold them all; other kinds keep distinct
 * days apart (Sunday's strikes are not Friday's).
 */
export const ONGOING_FAMILIES: ReadonlySet<string> = new Set(['wildfire', 'flood', 'storm', 'earthquake']);

/** Most days between two mentions of one ongoing happening (a fire burns for weeks; last year's is another). */
export const ONGOING_GAP_DAYS = 14;

/** Days from the end of the earlier span to the start of the later one (0 when they overlap); Infinity when a date is unreadable. */
export function daysBetweenSpans(aDate: string, aEnd: string | null, bDate: string, bEnd: string | null): number {
  const a1 = parseDay(aDate.slice(0, 10));
  const a2 = parseDay((aEnd ?? aDate).slice(0, 10));
  const b1 = parseDay(bDate.slice(0, 10));
  const b2 = parseDay((bEnd ?? bDate).slice(0, 10));
  if (!a1 || !a2 || !b1 || !b2) return Infinity;
  // A positive gap is the later span's start after the earlier span's end.
  return Math.max(0, diffDays(a2, b1), diffDays(b2, a1));
}

/** Mentions of this family on these two spans may be one ongoing happening. */
export function ongoingSpansMeet(family: string, aDate: string | null, aEnd: string | null, bDate: string | null, bEnd: string | null): boolean {
  if (!ONGOING_FAMILIES.has(family) || aDate === null || bDate === null) return false;
  return daysBetweenSpans(aDate, aEnd, bDate, bEnd) <= ONGOING_GAP_DAYS;
}

/** The span that holds both (dateEnd null when it is one day). */
export function spanUnion(aDate: string, aEnd: string | null, bDate: string, bEnd: string | null): { date: string; dateEnd: string | null } {
  const start = aDate.slice(0, 10) <= bDate.slice(0, 10) ? aDate : bDate;
  const ae = aEnd ?? aDate;
  const be = bEnd ?? bDate;
  const end = ae.slice(0, 10) >= be.slice(0, 10) ? ae : be;
  return { date: start, dateEnd: end.slice(0, 10) === start.slice(0, 10) ? null : end };
}
