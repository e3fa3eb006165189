import { placeZone, type PlaceZone } from '../entities/gazetteer';
import type { Token } from '../quantities/tokenize';
import { zoneAbbreviation, zoneWord } from './timeZones';

/** A time of day and the zone it was written in ("5:30 p.m. ET"). */
export interface ZonedClock {
  /** Minutes after midnight in that zone. */
  minutes: number;
  zone: PlaceZone;
  /** The place a zone is named after ("Washington time"): it names no place of the happening. */
  place?: string;
}

/** Where a zone phrase stops, and the zone; `local` for "local time", which names no other zone. */
interface ZoneAt {
  zone: PlaceZone | 'local';
  last: number;
  place?: string;
}

// British copy writes "5.30pm" and "17.30 GMT": a dot before two digits, read as a time only
// beside a half of the day or a zone (clockAt asks for the zone), so "5.30" alone stays a number.
const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?$/u;
const CLOCK_WITH_HALF = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m|p\.m)$/iu;
const HALVES = new Set(['am', 'pm', 'a.m', 'p.m']);

/** A zone phrase at token k: "ET", "(EST)", "GMT", "Eastern time", "Washington time", "local time". */
function zoneAt(tokens: readonly Token[], k: number): ZoneAt | null {
  const bracket = tokens[k]?.text === '(';
  const at = bracket ? k + 1 : k;
  const t = tokens[at];
  if (!t || t.kind !== 'word') return null;
  let found: ZoneAt | null = null;
  const abbreviation = /^\p{Lu}+$/u.test(t.text) ? zoneAbbreviation(t.text) : null;
  if (abbreviation) found = { zone: abbreviation, last: at };
  else if (tokens[at + 1]?.lower === 'time') {
    if (t.lower === 'local') found = { zone: 'local', last: at + 1 };
    else if (/^\p{Lu}/u.test(t.text)) {
      // "Eastern time" names a zone; "Washington time" a place, which is then no place of the happening.
      const word = zoneWord(t.text);
      const placed = word === null ? placeZone(t.text) : null;
      if (word) found = { zone: word, last: at + 1 };
      else if (placed) found = { zone: placed, last: at + 1, place: t.text };
    }
  }
  if (found === null) return null;
  if (!bracket) return found;
  return tokens[found.last + 1]?.text === ')' ? { ...found, last: found.last + 1 } : null;
}

/** The last token of a zone phrase starting at token k ("local time", "(EST)", "Baghdad time"); null when none starts there. */
export function zonePhraseEnd(tokens: readonly Token[], k: number): number | null {
  return zoneAt(tokens, k)?.last ?? null;
}

/** A clock time at token k with its zone: "5:30pm (EST)", "5:30 p.m. ET", "17:30 GMT", "1 a.m. local time". */
function clockAt(tokens: readonly Token[], k: number): { minutes: number; zone: ZoneAt } | null {
  const time = timeAt(tokens, k);
  const zone = time === null ? null : zoneAt(tokens, time.next);
  return time === null || zone === null ? null : { minutes: time.minutes, zone };
}

/** A time of day at token k ("5.30pm", "5:30 p.m.", "17:30"), and the token after it. */
function timeAt(tokens: readonly Token[], k: number): { minutes: number; next: number } | null {
  const t = tokens[k];
  if (!t) return null;
  let hour: number;
  let minute = 0;
  let half: string | null = null;
  let next = k + 1;
  const joined = CLOCK_WITH_HALF.exec(t.text);
  if (t.lower === 'noon' || t.lower === 'midnight') {
    hour = t.lower === 'noon' ? 12 : 0;
  } else if (joined) {
    hour = Number(joined[1]);
    minute = Number(joined[2] ?? 0);
    half = joined[3]!.toLowerCase().replace('.', '');
  } else {
    const plain = t.kind === 'number' ? CLOCK.exec(t.text) : null;
    if (!plain) return null;
    hour = Number(plain[1]);
    minute = Number(plain[2] ?? 0);
    const h = tokens[next];
    if (h && h.kind === 'word' && HALVES.has(h.lower)) {
      half = h.lower.replace('.', '');
      next++;
      if (tokens[next]?.text === '.' && tokens[next]!.start === h.end) next++;
    } else if (plain[2] === undefined) return null; // a bare "5" is no time of day
  }
  if (tokens[next]?.text === '.' && half !== null && tokens[next]!.start === tokens[next - 1]!.end) next++;
  if (hour > 23 || minute > 59 || (half !== null && (hour < 1 || hour > 12))) return null;
  if (half === 'pm' && hour < 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  return { minutes: hour * 60 + minute, next };
}

function zoned(minutes: number, at: ZoneAt): ZonedClock | null {
  if (at.zone === 'local') return null;
  return at.place === undefined ? { minutes, zone: at.zone } : { minutes, zone: at.zone, place: at.place };
}

/** Parts of a day, as a time to count from when only the part is written ("late Thursday, Washington time"). */
const DAY_PART_MINUTES: ReadonlyMap<string, number> = new Map([
  ['late', 21 * 60], ['night', 21 * 60], ['tonight', 21 * 60], ['evening', 19 * 60],
  ['afternoon', 15 * 60], ['morning', 9 * 60], ['early', 4 * 60],
]);

/** Words that may stand between a day and the clock after it ("Tuesday, at about 5:30 p.m. ET"). */
const BETWEEN_AFTER = new Set([',', 'at', 'around', 'about', 'approximately', 'roughly', 'shortly', 'just', 'after', 'before']);

/**
 * The time of day and zone written beside the day tokens[first..last]: a clock with its zone
 * right after the day ("Tuesday at 5:30 p.m. ET") or right before it ("at 5:30pm (EST) on
 * January 7"), or a part of the day with a zone after it ("late Thursday, Washington time").
 * Null when there is none, or when the time is "local time": the place's own.
 */
export function zonedClockBeside(tokens: readonly Token[], first: number, last: number): ZonedClock | null {
  let k = last + 1;
  for (let skipped = 0; skipped < 3 && BETWEEN_AFTER.has(tokens[k]?.lower ?? ''); skipped++) k++;
  const after = clockAt(tokens, k);
  if (after) return zoned(after.minutes, after.zone);
  // Before the day: the clock's zone phrase ends at most two tokens ("on", ",") before it.
  for (let start = first - 1; start >= 0 && start >= first - 9; start--) {
    const before = clockAt(tokens, start);
    if (!before) continue;
    const gap = tokens.slice(before.zone.last + 1, first);
    if (gap.length <= 2 && gap.every((g) => g.text === ',' || g.lower === 'on')) return zoned(before.minutes, before.zone);
  }
  // A clock before the day and its zone after it: "at about 5.30pm on Tuesday Washington time".
  const zoneAfter = zoneAt(tokens, last + 1);
  if (zoneAfter !== null && tokens[first - 1]?.lower === 'on') {
    for (let start = first - 2; start >= 0 && start >= first - 5; start--) {
      const time = timeAt(tokens, start);
      if (time !== null && time.next === first - 1) return zoned(time.minutes, zoneAfter);
    }
  }
  // A part of the day and a zone: "late Thursday, Washington time", "Thursday night ET".
  let z = last + 1;
  let part: number | undefined;
  for (let i = Math.max(0, first - 1); i <= last; i++) part ??= DAY_PART_MINUTES.get(tokens[i]!.lower);
  if (DAY_PART_MINUTES.has(tokens[z]?.lower ?? '')) part ??= DAY_PART_MINUTES.get(tokens[z++]!.lower);
  if (part === undefined) return null;
  if (tokens[z]?.text === ',') z++;
  const zone = zoneAt(tokens, z);
  return zone === null ? null : zoned(part, zone);
}
