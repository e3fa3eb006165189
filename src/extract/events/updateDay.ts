import { addDays, compareDays, isValidDay, parseDay, toIso, weekday, type Day } from './calendar';
import { labelWeekdayOf, monthOf } from './calendarWords';

/**
 * The day an update label names ("Wednesday, 1 January", "Jan. 12", "Feb. 11, 2020"), read
 * forward from the publication day: an update is written on or after it, so "1 January" in a
 * page of 31 December is the next day, not the start of the year, and a weekday alone is the
 * first such day from publication on. null when the label names no day, or names it without a
 * year in a page with no date.
 */
export function updateDay(when: string, published: string | null): string | null {
  const words = when.toLowerCase().match(/[a-z]+|\d+/gu) ?? [];
  let month: number | null = null;
  let dayOfMonth: number | null = null;
  let year: number | null = null;
  let dow: number | null = null;
  for (const [i, w] of words.entries()) {
    const mo = monthOf(w);
    if (mo !== null && month === null) {
      month = mo;
      // "1 January" or "January 1".
      const n = [words[i - 1], words[i + 1]].find((x) => x !== undefined && /^\d{1,2}$/u.test(x));
      if (n !== undefined) dayOfMonth = Number(n);
    }
    if (/^\d{4}$/u.test(w)) year = Number(w);
    dow ??= labelWeekdayOf(w);
  }
  const pub = parseDay(published);
  if (month !== null && dayOfMonth !== null) {
    const [m, d] = [month, dayOfMonth];
    if (year !== null) return isValidDay(year, m, d) ? toIso({ y: year, m, d }) : null;
    if (!pub) return null;
    // A day more than two days before publication is next year's ("1 January" of a 31 December page).
    for (const y of [pub.y, pub.y + 1]) {
      if (isValidDay(y, m, d) && compareDays({ y, m, d }, addDays(pub, -2)) >= 0) return toIso({ y, m, d });
    }
    return null;
  }
  if (dow !== null && pub) {
    let day: Day = pub;
    while (weekday(day) !== dow) day = addDays(day, 1);
    return toIso(day);
  }
  return null;
}
