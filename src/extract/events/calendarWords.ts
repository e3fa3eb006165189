/** Month and weekday names (data), lower case. */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also ordinary words; they count as months only next to a day number or a year. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'aug', 'dec', 'sep', 'oct', 'nov', 'apr', 'feb', 'jul']);

/** Sunday = 0, as Date.getUTCDay(). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Cut-short weekdays as page stamps print them ("Wed 1 Jan"); only for labels, since "sun" and "wed" are words in running text. */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

const MONTH_MAP = new Map(Object.entries(MONTHS));
const WEEKDAY_MAP = new Map(Object.entries(WEEKDAYS));

export function monthOf(lower: string): number | null {
  return MONTH_MAP.get(lower) ?? null;
}

export function weekdayOf(lower: string): number | null {
  return WEEKDAY_MAP.get(lower) ?? null;
}

/** A weekday in a stamp or label, whole or cut short. */
export function labelWeekdayOf(lower: string): number | null {
  return WEEKDAY_MAP.get(lower) ?? WEEKDAY_ABBREVIATIONS[lower] ?? null;
}
