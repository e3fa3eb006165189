const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/u;

/**
 * The calendar date a page's date line states ("December 29, 2019 / 5:58 PM / Updated 4 hours
 * ago", "31 Dec 2019 21:28", "2019-12-31T10:00"), as YYYY-MM-DD, or null when it names no full
 * date. A scraped page whose metadata lost the publication date still shows it there.
 */
export function dateOfLine(line: string): string | null {
  const iso = ISO.exec(line);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const mf = MONTH_FIRST.exec(line);
  if (mf && MONTHS[mf[1]!.toLowerCase()] !== undefined) return valid(+mf[3]!, MONTHS[mf[1]!.toLowerCase()]!, +mf[2]!);
  const df = DAY_FIRST.exec(line);
  if (df && MONTHS[df[2]!.toLowerCase()] !== undefined) return valid(+df[3]!, MONTHS[df[2]!.toLowerCase()]!, +df[1]!);
  return null;
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
