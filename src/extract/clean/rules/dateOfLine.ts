import { monthOf } from '../../events/calendarWords';
import { isValidDay, toIso } from '../../events/calendar';

/** "December 29, 2019", "Dec. 29 2019", "January, 01, 2020" (a comma after the month too). */
const MONTH_FIRST = /\b([A-Za-z]{3,9})\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/u;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/u;
/** "30/12/2019", "31-12-2019", "12/31/2019": numeric, day and month told apart only where one exceeds 12. */
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/u;

/**
 * The calendar date a page's date line states ("December 29, 2019 / 5:58 PM / Updated 4 hours
 * ago", "31 Dec 2019 21:28", "2019-12-31T10:00", "30/12/2019 - 01:12"), as YYYY-MM-DD, or null when it names no full
 * date. A scraped page whose metadata lost the publication date still shows it there.
 */
export function dateOfLine(line: string): string | null {
  const iso = ISO.exec(line);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  const mf = MONTH_FIRST.exec(line);
  const mfMonth = mf ? monthOf(mf[1]!.toLowerCase()) : null;
  if (mf && mfMonth !== null) return valid(+mf[3]!, mfMonth, +mf[2]!);
  const df = DAY_FIRST.exec(line);
  const dfMonth = df ? monthOf(df[2]!.toLowerCase()) : null;
  if (df && dfMonth !== null) return valid(+df[3]!, dfMonth, +df[1]!);
  const num = NUMERIC.exec(line);
  if (num) {
    const a = +num[1]!;
    const b = +num[3]!;
    if (a > 12 && b <= 12) return valid(+num[4]!, b, a);
    if (b > 12 && a <= 12) return valid(+num[4]!, a, b);
    if (a === b) return valid(+num[4]!, a, a);
  }
  return null;
}

/** A page of this era: a year far off is a number that only looks like one. */
function valid(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2100 && isValidDay(y, m, d) ? toIso({ y, m, d }) : null;
}
