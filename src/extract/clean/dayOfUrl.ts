import { isValidDay, toIso } from '../events/calendar';
import { monthOf } from '../events/calendarWords';

// Year, month and day as path segments: "/2019/12/30/", "/2020/1/3/" (Vox), "/2019/dec/30/" (The Guardian).
const SEGMENTS = /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?:\/|$)/iu;
// One segment of the ISO day: "/news/2020-01-01/…" (CGTN).
const ISO_SEGMENT = /\/((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\/|$)/u;
// The year, then month and day as one segment: "/2020/0107/" (The Christian Science Monitor).
const MONTH_DAY_SEGMENT = /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?:\/|$)/u;
// The year and month as one segment, then the day: "/a/202012/21/" (China Daily).
const YEAR_MONTH_SEGMENT = /\/((?:19|20)\d\d)(\d\d)\/(\d\d)(?:\/|$)/u;

/** A day in a page's address, as year, month and day path segments; null when none or not a real day. */
export function dayOfUrl(url: string | null): string | null {
  if (url === null) return null;
  const m = SEGMENTS.exec(url) ?? ISO_SEGMENT.exec(url) ?? MONTH_DAY_SEGMENT.exec(url) ?? YEAR_MONTH_SEGMENT.exec(url);
  if (!m) return null;
  const y = +m[1]!;
  const mo = /^\d+$/u.test(m[2]!) ? +m[2]! : monthOf(m[2]!.toLowerCase());
  const d = +m[3]!;
  return mo !== null && isValidDay(y, mo, d) ? toIso({ y, m: mo, d }) : null;
}
