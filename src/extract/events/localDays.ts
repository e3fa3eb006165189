import { placeZone } from '../entities/gazetteer';
import { nameKey } from '../entities/nameKey';
import { addDays, parseDay, toIso } from './calendar';
import type { DateMention } from './resolveDates';
import { offsetOn } from './timeZones';

const DAY_MINUTES = 24 * 60;

/**
 * Dates written with a time in another zone, moved to the day it was where the sentence's
 * places are: "At 5:30pm (EST) on January 7, Iran launched … missiles against … forces in
 * Iraq" happened on January 8 in Iran and in Iraq. Only when every place of the sentence whose
 * zone the gazetteer knows falls on the same other day: a sentence that also names Washington
 * keeps the day as written, and so does one with no place of known zone.
 */
export function onLocalDays(dates: readonly DateMention[], places: readonly string[]): DateMention[] {
  if (!dates.some((d) => d.clock !== undefined)) return dates as DateMention[];
  return dates.map((d) => {
    const day = d.clock ? parseDay(d.date) : null;
    if (!d.clock || day === null) return d;
    const shifts = new Set<number>();
    const utcMinutes = d.clock.minutes - d.clock.utcOffset;
    // "Washington time" names the zone, not a place of the happening.
    const zonePlace = d.clock.zonePlace === undefined ? null : nameKey(d.clock.zonePlace);
    for (const p of places) {
      const zone = zonePlace !== null && nameKey(p) === zonePlace ? null : placeZone(p);
      if (zone) shifts.add(Math.floor((utcMinutes + offsetOn(zone, day)) / DAY_MINUTES));
    }
    const [shift] = shifts;
    return shifts.size !== 1 || shift === undefined || shift === 0 ? d : { ...d, date: toIso(addDays(day, shift)) };
  });
}
