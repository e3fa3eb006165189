import type { PlaceZone } from '../entities/gazetteer';
import { compareDays, daysInMonth, weekday, type Day } from './calendar';

/** The n-th Sunday of a month (n = -1: the last). */
function sunday(y: number, m: number, n: number): Day {
  if (n < 0) {
    const last = daysInMonth(y, m);
    return { y, m, d: last - weekday({ y, m, d: last }) };
  }
  const first = (7 - weekday({ y, m, d: 1 })) % 7 + 1;
  return { y, m, d: first + (n - 1) * 7 };
}

function between(day: Day, from: Day, to: Day): boolean {
  return compareDays(day, from) >= 0 && compareDays(day, to) < 0;
}

/** Is summer time kept on that day? To the day: the hour of the switch is not modelled. */
function inSummerTime(rule: NonNullable<PlaceZone['dst']>, day: Day): boolean {
  switch (rule) {
    case 'us':
      return between(day, sunday(day.y, 3, 2), sunday(day.y, 11, 1));
    case 'eu':
      return between(day, sunday(day.y, 3, -1), sunday(day.y, 10, -1));
    case 'iran':
      return between(day, { y: day.y, m: 3, d: 22 }, { y: day.y, m: 9, d: 22 });
    case 'south':
      return !between(day, sunday(day.y, 4, 1), sunday(day.y, 10, 1));
  }
}

/** Minutes from UTC that a zone keeps on a day. */
export function offsetOn(zone: PlaceZone, day: Day): number {
  return zone.utcOffset + (zone.dst !== null && inSummerTime(zone.dst, day) ? 60 : 0);
}

const US_EASTERN: PlaceZone = { utcOffset: -300, dst: 'us' };
const US_CENTRAL: PlaceZone = { utcOffset: -360, dst: 'us' };
const US_MOUNTAIN: PlaceZone = { utcOffset: -420, dst: 'us' };
const US_PACIFIC: PlaceZone = { utcOffset: -480, dst: 'us' };
const UTC: PlaceZone = { utcOffset: 0, dst: null };

/**
 * Zone abbreviations news copy writes after a clock time. "EST" and "EDT" both name US Eastern
 * time as kept on the day (writers use "EST" all year round); GMT and UTC are fixed.
 */
const ABBREVIATIONS: ReadonlyMap<string, PlaceZone> = new Map([
  ['et', US_EASTERN], ['est', US_EASTERN], ['edt', US_EASTERN],
  ['ct', US_CENTRAL], ['cst', US_CENTRAL], ['cdt', US_CENTRAL],
  ['mt', US_MOUNTAIN], ['mst', US_MOUNTAIN], ['mdt', US_MOUNTAIN],
  ['pt', US_PACIFIC], ['pst', US_PACIFIC], ['pdt', US_PACIFIC],
  ['gmt', UTC], ['utc', UTC], ['zulu', UTC],
  ['bst', { utcOffset: 60, dst: null }], ['cet', { utcOffset: 60, dst: null }], ['cest', { utcOffset: 120, dst: null }],
]);

/** Words that name a zone before "time": "Eastern time", "Washington time", "Tehran time". */
const ZONE_WORDS: ReadonlyMap<string, PlaceZone> = new Map([
  ['eastern', US_EASTERN], ['central', US_CENTRAL], ['mountain', US_MOUNTAIN], ['pacific', US_PACIFIC],
  ['greenwich', UTC], ['universal', UTC],
]);

/** A zone abbreviation ("ET", "GMT"), or null. */
export function zoneAbbreviation(word: string): PlaceZone | null {
  return ABBREVIATIONS.get(word.toLowerCase()) ?? null;
}

/** The zone a word that is no place names before "time" ("Eastern", "Pacific", "Greenwich"), or null. */
export function zoneWord(word: string): PlaceZone | null {
  return ZONE_WORDS.get(word.toLowerCase()) ?? null;
}
