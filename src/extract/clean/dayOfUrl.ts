/** A day in a page's address, as year, month and day path segments ("/2019/12/30/"); null when none or not a real day. */
export function dayOfUrl(url: string | null): string | null {
  const m = url === null ? null : /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?:\/|$)/u.exec(url);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}
