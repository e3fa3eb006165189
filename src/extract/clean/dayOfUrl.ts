import { isValidDay, toIso } from '../events/calendar';

/** A day in a page's address, as year, month and day path segments ("/2019/12/30/"); null when none or not a real day. */
export function dayOfUrl(url: string | null): string | null {
  const m = url === null ? null : /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/u.exec(url);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  return isValidDay(y, mo, d) ? toIso({ y, m: mo, d }) : null;
}
