/** Days of an event for index keys: its date through its end date, at most `cap` days (long ranges index their ends). */
export function eventDays(date: string | null, dateEnd: string | null, cap = 7): string[] {
  if (date === null) return [];
  const start = date.slice(0, 10);
  const end = (dateEnd ?? date).slice(0, 10);
  const t0 = Date.parse(`${start}T00:00:00Z`);
  const t1 = Date.parse(`${end}T00:00:00Z`);
  if (!Number.isFinite(t0)) return [];
  if (!Number.isFinite(t1) || t1 <= t0) return [start];
  const n = Math.round((t1 - t0) / 86400000);
  if (n + 1 > cap) return [start, end];
  const out: string[] = [];
  for (let i = 0; i <= n; i++) out.push(new Date(t0 + i * 86400000).toISOString().slice(0, 10));
  return out;
}

/** Dates spread over more days than this ("in 2004", "last year", "this spring") say when only roughly. */
export const ROUGH_SPAN_DAYS = 31;

/** A dated event whose dates span more than ROUGH_SPAN_DAYS. */
export function isRoughlyDated(e: { date: string | null; dateEnd: string | null }): boolean {
  if (e.date === null || e.dateEnd === null) return false;
  const start = Date.parse(`${e.date.slice(0, 10)}T00:00:00Z`);
  const end = Date.parse(`${e.dateEnd.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(start) && Number.isFinite(end) && end - start > ROUGH_SPAN_DAYS * 86400000;
}

/**
 * The days from `pad` days before a span to `pad` days after it (where an ongoing happening's
 * other mentions are filed); a rough span ("floods in 2022") is no ongoing happening's days, and
 * gives its own days only.
 */
export function daysAround(date: string, dateEnd: string | null, pad: number): string[] {
  const t0 = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  const t1 = Date.parse(`${(dateEnd ?? date).slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || isRoughlyDated({ date, dateEnd })) return eventDays(date, dateEnd);
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  return eventDays(iso(t0 - pad * 86400000), iso(Math.max(t0, t1) + pad * 86400000), Number.POSITIVE_INFINITY);
}

/** Whether two date ranges share a day (a null end means a single day). */
export function rangesOverlap(a: { date: string | null; dateEnd: string | null }, b: { date: string | null; dateEnd: string | null }): boolean {
  if (a.date === null || b.date === null) return false;
  const a0 = a.date.slice(0, 10);
  const a1 = (a.dateEnd ?? a.date).slice(0, 10);
  const b0 = b.date.slice(0, 10);
  const b1 = (b.dateEnd ?? b.date).slice(0, 10);
  return a0 <= b1 && b0 <= a1;
}

/** The days before and after a day (YYYY-MM-DD). */
export function adjacentDays(day: string): string[] {
  const t = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(t)) return [];
  return [new Date(t - 86400000).toISOString().slice(0, 10), new Date(t + 86400000).toISOString().slice(0, 10)];
}

/** A dated event of one day (no end date, or an end on the same day). */
export function isOneDay(e: { date: string | null; dateEnd: string | null }): boolean {
  return e.date !== null && (e.dateEnd === null || e.dateEnd.slice(0, 10) === e.date.slice(0, 10));
}

/** Both single days, one day apart ("Tuesday night" in Washington is Wednesday in Baghdad). */
export function adjacentSingleDays(a: { date: string | null; dateEnd: string | null }, b: { date: string | null; dateEnd: string | null }): boolean {
  return isOneDay(a) && isOneDay(b) && adjacentDays(a.date!).includes(b.date!.slice(0, 10));
}
