/** Calendar arithmetic on ISO days (YYYY-MM-DD), in UTC so that no local time zone leaks in. */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export function parseDay(iso: string | null): Day | null {
  if (iso === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toIso(day: Day): string {
  return `${String(day.y).padStart(4, '0')}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

function toDate(day: Day): Date {
  const dt = new Date(Date.UTC(2000, day.m - 1, day.d));
  dt.setUTCFullYear(day.y);
  return dt;
}

function fromDate(dt: Date): Day {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  const dt = toDate(day);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromDate(dt);
}

/** Sunday = 0. */
export function weekday(day: Day): number {
  return toDate(day).getUTCDay();
}

/** Days from a to b (b - a). */
export function diffDays(a: Day, b: Day): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86400000);
}

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Monday of the ISO week containing `day`. */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}
