import { tokenize, type Token } from '../quantities/tokenize';
import { AMBIGUOUS_MONTHS, MONTHS, monthOf, WEEKDAYS, weekdayOf } from './calendarWords';
import { addDays, addMonths, compareDays, daysInMonth, isValidDay, mondayOf, parseDay, toIso, weekday, type Day } from './calendar';
import { ownValue } from '../../domain';
import { simpleNumberWord } from '../quantities/numberWords';
import { quoteSpans } from '../segment/quoteSpans';
import { offsetOn } from './timeZones';
import { zonedClockBeside } from './zonedClock';

export interface DateMention {
  /** The words as written ("Friday", "Sunday's", "last week", "29 December 2019"). */
  text: string;
  start: number;
  end: number;
  /** First day, YYYY-MM-DD. */
  date: string;
  /** Last day of a range ("last week"), else null. */
  dateEnd: string | null;
  /** Counted from the publication day ("on Friday", "last night's", "yesterday"), not written as a calendar date. */
  relative?: boolean;
  precision: 'day' | 'week' | 'month' | 'year';
  /**
   * A time of day written in a named zone beside the day ("at 5:30 p.m. ET on Tuesday"):
   * minutes after midnight there and that zone's offset from UTC on the day. The day is as
   * written; the day it was where the thing happened is worked out with the sentence's
   * places (localDays).
   */
  clock?: { minutes: number; utcOffset: number; zonePlace?: string };
}

/**
 * How far after the publication date an explicit day without a year may fall before it is
 * read as last year's ("January 20" in an article of 2020-01-08 is still this January).
 */
const FUTURE_TOLERANCE_DAYS = 14;
/** How far ahead a day written with a future cue and no year may lie. */
const AHEAD_DAYS = 183;

/** Words before a weekday or a time word that belong to the mention ("late on Thursday", "earlier Tuesday"). */
const LEADING_WORDS = new Set(['on', 'late', 'early', 'earlier', 'later', 'last', 'next', 'this', 'past', 'previous']);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'lunchtime']);
/** Words in an "overnight" clause that count the night from another time or make it a rise. */
const OVERNIGHT_NOT_AFTER = new Set(['had', 'rose', 'risen', 'climbed', 'increased', 'jumped', 'grew', 'toll', 'tally']);
/** What may follow an adverbial "overnight": the clause's end or a phrase after it, not the noun it qualifies. */
const OVERNIGHT_AFTER = new Set([',', '.', ';', ':', '—', '–', '-', ')', 'and', 'but', 'in', 'on', 'at', 'as', 'after', 'before', 'when', 'while', 'with', 'from', 'into', 'local', 'near', 'against', 'targeting', 'killing', 'saying']);
const ORDINAL_SUFFIX = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR_PREFIXES = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'before', 'after', 'the', 'year', 'through', 'between', 'and', 'to', 'summer', 'winter', 'spring', 'autumn', 'fall']);
const MONTH_PREFIXES = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'before', 'after', 'last', 'this', 'next', 'through', 'between', 'and', 'to']);
/** Words after which "March" or "May" is the month (not "and", "to" or "by": "by May" may be Theresa May). */
const AMBIGUOUS_MONTH_PREFIXES = new Set(['in', 'since', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'last', 'this', 'next', 'through', 'between']);
const WRITTEN_COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Words a date mention can be found at (explicitAt and relativeAt key on these). */
const DATE_WORDS = new Set<string>([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'overnight', 'day', 'week', 'weekend', 'month', 'year', 'ago',
  'new', 'christmas', 'boxing',
]);

/** Days named by their feast: "New Year's Eve", "Christmas Day" (month, day). */
const HOLIDAYS: ReadonlyArray<{ words: readonly string[]; month: number; day: number }> = [
  { words: ['new', "year's", 'eve'], month: 12, day: 31 },
  { words: ['new', "year's", 'day'], month: 1, day: 1 },
  { words: ['christmas', 'eve'], month: 12, day: 24 },
  { words: ['christmas', 'day'], month: 12, day: 25 },
  { words: ['boxing', 'day'], month: 12, day: 26 },
];

interface Found {
  first: number;
  last: number;
  date: Day;
  dateEnd: Day | null;
  precision: DateMention['precision'];
  /** A date-shaped phrase that is no calendar day ("February 30, 2019"): consumed, not reported. */
  invalid?: boolean;
  relative?: boolean;
}

function invalidSpan(first: number, last: number): Found {
  return { first, last, date: { y: 1, m: 1, d: 1 }, dateEnd: null, precision: 'day', invalid: true };
}

function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** A month name at token i (with its abbreviation dot), when it can be a month here. */
function monthAt(tokens: readonly Token[], i: number, needsNumber: boolean): { month: number; last: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const month = monthOf(t.lower);
  if (month === null) return null;
  if (!isCap(t)) return null;
  let last = i;
  if (tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end && t.lower.length <= 4) last = i + 1;
  // "March" and "May" are words too: a month only beside a day or a year ("March 2019"), or after a
  // word that takes a month ("in March", "since May", "last March").
  if (
    needsNumber && AMBIGUOUS_MONTHS.has(t.lower) && t.lower !== 'december' && !isDayNumber(tokens[last + 1]) && !isDayNumber(tokens[i - 1]) &&
    !(tokens[last + 1]?.kind === 'number' && yearNumber(tokens[last + 1]) !== null) && !AMBIGUOUS_MONTH_PREFIXES.has(tokens[i - 1]?.lower ?? '')
  ) return null;
  return { month, last };
}

function dayNumber(t: Token | undefined): number | null {
  if (!t) return null;
  let text = t.text;
  const ord = ORDINAL_SUFFIX.exec(text);
  if (ord) text = ord[1];
  if (!/^\d{1,2}$/.test(text)) return null;
  const d = Number(text);
  return d >= 1 && d <= 31 ? d : null;
}

function isDayNumber(t: Token | undefined): boolean {
  return dayNumber(t) !== null;
}

function yearNumber(t: Token | undefined): number | null {
  if (!t || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1800 && y <= 2200 ? y : null;
}

/** A year after a day/month: "December 27, 2019", "29 December 2019", "31 Dec, 2019". */
function yearAfter(tokens: readonly Token[], k: number): { year: number; last: number } | null {
  let j = k;
  if (tokens[j]?.text === ',') j++;
  const y = yearNumber(tokens[j]);
  return y === null ? null : { year: y, last: j };
}

/**
 * Year for a day written without one: the most recent such day not after publication (+ tolerance);
 * with `ahead` (a future cue before it: "will become CEO on Jan. 13" in December), the first such day
 * from publication on, up to half a year ahead.
 */
function inferYear(month: number, day: number, published: Day, ahead = false): Day | null {
  // (Half a year ahead at most: "will be held on January 3" in a page of January 6 is a slip, not next year's.)
  if (ahead) {
    for (let y = published.y; y <= published.y + 1; y++) {
      const candidate = { y, m: month, d: day };
      if (isValidDay(y, month, day) && compareDays(candidate, published) >= 0 && compareDays(candidate, addDays(published, AHEAD_DAYS)) <= 0) return candidate;
    }
  }
  const limit = addDays(published, FUTURE_TOLERANCE_DAYS);
  for (let y = published.y + 1; y >= published.y - 1; y--) {
    if (!isValidDay(y, month, day)) continue;
    const candidate = { y, m: month, d: day };
    if (compareDays(candidate, limit) <= 0) return candidate;
  }
  return null;
}

function monthRange(y: number, m: number): { date: Day; dateEnd: Day } {
  return { date: { y, m, d: 1 }, dateEnd: { y, m, d: daysInMonth(y, m) } };
}

/** Explicit calendar dates starting at token i. */
function explicitAt(tokens: readonly Token[], i: number, published: Day | null): Found | null {
  const t = tokens[i];
  // "New Year's Eve", "Christmas Day": the feast nearest before the publication day (a fortnight ahead at most).
  for (const h of HOLIDAYS) {
    if (!h.words.every((w, k) => tokens[i + k]?.lower.replace(/’/gu, "'") === w) || !isCap(t)) continue;
    const y = yearAfter(tokens, i + h.words.length);
    const date = y ? { y: y.year, m: h.month, d: h.day } : published ? inferYear(h.month, h.day, published) : null;
    return date ? { first: i, last: y ? y.last : i + h.words.length - 1, date, dateEnd: null, precision: 'day' } : null;
  }
  // ISO "2019-12-29", "28.12.2019", "02-Jan-2020". (None of these forms is shorter than "1/2/2019".)
  if ((t.kind === 'number' || t.kind === 'alnum') && t.text.length >= 8) {
    let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.text);
    if (m && isValidDay(+m[1], +m[2], +m[3])) return { first: i, last: i, date: { y: +m[1], m: +m[2], d: +m[3] }, dateEnd: null, precision: 'day' };
    m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t.text);
    if (m && isValidDay(+m[1], +m[2], +m[3])) return { first: i, last: i, date: { y: +m[1], m: +m[2], d: +m[3] }, dateEnd: null, precision: 'day' };
    // "27/12/2019" or "12/27/2019": only when one number cannot be a month ("05/06/2019" says nothing sure).
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t.text);
    if (m && (+m[1] > 12) !== (+m[2] > 12)) {
      const [d, mo] = +m[1] > 12 ? [+m[1], +m[2]] : [+m[2], +m[1]];
      if (isValidDay(+m[3], mo, d)) return { first: i, last: i, date: { y: +m[3], m: mo, d }, dateEnd: null, precision: 'day' };
    }
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.text);
    if (m && isValidDay(+m[3], +m[2], +m[1])) return { first: i, last: i, date: { y: +m[3], m: +m[2], d: +m[1] }, dateEnd: null, precision: 'day' };
    m = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{4})$/.exec(t.text);
    if (m) {
      const month = monthOf(m[2].toLowerCase());
      if (month !== null && isValidDay(+m[3], month, +m[1])) return { first: i, last: i, date: { y: +m[3], m: month, d: +m[1] }, dateEnd: null, precision: 'day' };
    }
  }
  // Month first: "December 27", "Dec. 31, 2019", "January 2020".
  const mf = monthAt(tokens, i, true);
  if (mf) {
    const d = dayNumber(tokens[mf.last + 1]);
    if (d !== null && tokens[mf.last + 1].start > tokens[mf.last].end) {
      const ya = yearAfter(tokens, mf.last + 2);
      if (ya) return isValidDay(ya.year, mf.month, d) ? { first: i, last: ya.last, date: { y: ya.year, m: mf.month, d }, dateEnd: null, precision: 'day' } : invalidSpan(i, ya.last);
      const named = namedDay(mf.month, d, tokens[mf.last + 2]);
      if (named) return { first: i, last: mf.last + 1, date: named, dateEnd: null, precision: 'day' };
      if (!published) return null;
      const inferred = inferYear(mf.month, d, published, futureBefore(tokens, i) === 'ahead');
      return inferred ? { first: i, last: mf.last + 1, date: inferred, dateEnd: null, precision: 'day' } : null;
    }
    const y = yearNumber(tokens[mf.last + 1]);
    if (y !== null) {
      const r = monthRange(y, mf.month);
      return { first: i, last: mf.last + 1, date: r.date, dateEnd: r.dateEnd, precision: 'month' };
    }
    // A month alone: "in December", "last March" (ambiguous names need such a word before them).
    const prev = tokens[i - 1];
    const prefixed = prev !== undefined && MONTH_PREFIXES.has(prev.lower);
    if (published && (prefixed || !AMBIGUOUS_MONTHS.has(tokens[i].lower))) {
      if (prev?.lower === 'next') {
        let y = published.y;
        if (mf.month <= published.m) y++;
        const r = monthRange(y, mf.month);
        return { first: i - 1, last: mf.last, date: r.date, dateEnd: r.dateEnd, precision: 'month' };
      }
      // "last December" written in December is the year before: the month under way is "this December".
      const start = prev?.lower === 'last' && mf.month === published.m ? { y: published.y - 1 } : inferYear(mf.month, 1, published);
      if (!start) return null;
      const r = monthRange(start.y, mf.month);
      const first = prev?.lower === 'last' || prev?.lower === 'this' ? i - 1 : i;
      return { first, last: mf.last, date: r.date, dateEnd: r.dateEnd, precision: 'month' };
    }
    return null;
  }
  // Day first: "29 December 2019", "3 January", "27th of December".
  const d = dayNumber(t);
  if (d !== null) {
    let k = i + 1;
    if (tokens[k]?.lower === 'of') k++;
    const mm = monthAt(tokens, k, false);
    if (!mm) return null;
    const ya = yearAfter(tokens, mm.last + 1);
    if (ya) return isValidDay(ya.year, mm.month, d) ? { first: i, last: ya.last, date: { y: ya.year, m: mm.month, d }, dateEnd: null, precision: 'day' } : invalidSpan(i, ya.last);
    if (!published) return null;
    const inferred = inferYear(mm.month, d, published, futureBefore(tokens, i) === 'ahead');
    return inferred ? { first: i, last: mm.last, date: inferred, dateEnd: null, precision: 'day' } : null;
  }
  // A year alone: "in 2018", "the 2012 attack".
  const y = yearNumber(t);
  if (y !== null && t.kind === 'number') {
    const prev = tokens[i - 1];
    // "between 2003 and 2011", "from 2003 to 2011", "2003-2011": one span of years.
    const to = yearRangeEnd(tokens, i, y);
    if (to) return { first: i, last: to.last, date: { y, m: 1, d: 1 }, dateEnd: { y: to.year, m: 12, d: 31 }, precision: 'year' };
    const next = tokens[i + 1];
    const countedNext = next !== undefined && next.kind === 'word' && !isCap(next) && next.lower.endsWith('s') && !next.lower.endsWith('ss');
    if ((prev && YEAR_PREFIXES.has(prev.lower)) || !countedNext) {
      return { first: i, last: i, date: { y, m: 1, d: 1 }, dateEnd: { y, m: 12, d: 31 }, precision: 'year' };
    }
  }
  return null;
}

/**
 * Days that name one historic happening whatever the article's date: "the September 11
 * attacks" were in 2001, not the September before publication.
 */
const NAMED_DAYS: ReadonlyArray<{ month: number; day: number; year: number; next: ReadonlySet<string> }> = [
  { month: 9, day: 11, year: 2001, next: new Set(['attacks', 'attack', 'hijackers', 'hijackings', 'terror', 'terrorist', 'terrorists', 'commission', 'plot', 'plotters', 'victims']) },
];

function namedDay(month: number, day: number, next: Token | undefined): Day | null {
  if (!next || next.kind !== 'word') return null;
  const hit = NAMED_DAYS.find((n) => n.month === month && n.day === day && n.next.has(next.lower));
  return hit ? { y: hit.year, m: month, d: day } : null;
}

/** The end of a span of years starting with `from` at token i: "2003 and 2011" after "between", "2003 to 2011" after "from", "2003-2011". */
function yearRangeEnd(tokens: readonly Token[], i: number, from: number): { year: number; last: number } | null {
  const prev = tokens[i - 1]?.lower;
  const joint = tokens[i + 1];
  if (!joint) return null;
  const ok =
    (prev === 'between' && joint.lower === 'and') ||
    (prev === 'from' && (joint.lower === 'to' || joint.lower === 'through' || joint.lower === 'until')) ||
    ((joint.text === '-' || joint.text === '–') && joint.start === tokens[i]!.end);
  const y = ok ? yearNumber(tokens[i + 2]) : null;
  return y !== null && y > from && tokens[i + 2]!.kind === 'number' ? { year: y, last: i + 2 } : null;
}

/** Words that put a following weekday in the future. */
const FUTURE_CUES = new Set(['will', 'shall', "'ll", 'scheduled', 'due', 'upcoming', 'plans', 'planned']);
const CLAUSE_END = new Set(['.', ';', ':', '—', '–', '“', '”', '"']);

/**
 * Words that put a following weekday after the saying, which the article may report before or
 * after that day: "funerals would be held on Tuesday" (in Monday's paper, tomorrow; in
 * Thursday's, two days ago), "parliament is expected to meet on Sunday".
 */
const LATER_CUES = new Set(['would', 'expected', 'forecast', 'forecasts', 'predicted', 'predicts']);

/**
 * A future cue in the same clause, a few words before the weekday: `ahead` for "will meet on
 * Friday", `nearest` for the reported future of LATER_CUES, else null.
 */
function futureBefore(tokens: readonly Token[], i: number): 'ahead' | 'nearest' | null {
  // (Sixteen tokens: "would be held in Baghdad, Karbala and Najaf on Saturday", "is set to be buried in his
  // hometown of Kerman, southeastern Iran, on Tuesday".)
  for (let k = i - 1; k >= 0 && k >= i - 16; k--) {
    const t = tokens[k];
    // (The stop of "1 p.m." ends no clause: "are set to begin at 1 p.m. on Tuesday".)
    const clock = t.text === '.' && (tokens[k - 1]?.lower === 'a.m' || tokens[k - 1]?.lower === 'p.m') && tokens[k - 1]!.end === t.start;
    if ((CLAUSE_END.has(t.text) && !clock) || t.lower === 'said' || t.lower === 'says') return null;
    // ", and on Friday he left": a new clause.
    if (t.text === ',' && ['and', 'but', 'while', 'as', 'after', 'before', 'when'].includes(tokens[k + 1]?.lower ?? '')) return null;
    if (FUTURE_CUES.has(t.lower)) return 'ahead';
    if (t.lower.endsWith("'ll")) return 'ahead';
    // "where he is to be buried on Tuesday": an arrangement ahead.
    if (t.lower === 'to' && tokens[k + 1]?.lower === 'be' && /^(?:is|are|am)$/u.test(tokens[k - 1]?.lower ?? '')) return 'ahead';
    // "is set to hold an extraordinary session on Sunday".
    if (t.lower === 'set' && tokens[k + 1]?.lower === 'to' && /^(?:is|are|was|were|been)$/u.test(tokens[k - 1]?.lower ?? '')) return 'ahead';
    if (LATER_CUES.has(t.lower)) return 'nearest';
  }
  return null;
}

/** Weekdays and words relative to the publication day. Needs a publication date. */
function relativeAt(tokens: readonly Token[], i: number, published: Day): Found | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  const lower = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
  const prev = tokens[i - 1];
  const prevLower = prev?.lower ?? '';

  const wd = weekdayOf(lower);
  if (wd !== null) {
    if (!isCap(t)) return null;
    const back = (weekday(published) - wd + 7) % 7;
    let date: Day;
    const future = futureBefore(tokens, i);
    let first = i;
    if (prevLower === 'next') {
      date = addDays(published, (wd - weekday(published) + 7) % 7 || 7);
      first = i - 1;
    } else if (prevLower === 'last' || prevLower === 'previous' || prevLower === 'past') {
      date = addDays(published, -(back || 7));
      first = i - 1;
    } else if (future !== null) {
      // "will announce its position later on Monday", "talks are scheduled for Friday": the next one, today included.
      const ahead = (wd - weekday(published) + 7) % 7;
      // "would be held on Tuesday": whichever Tuesday is nearer, the one ahead on a tie.
      date = addDays(published, future === 'ahead' || ahead <= back ? ahead : -back);
      if (prevLower === 'this') first = i - 1;
    } else {
      // Past bias: news reports what happened; "on Friday" is the most recent Friday, today included.
      date = addDays(published, -back);
      if (prevLower === 'this') first = i - 1;
    }
    let last = i;
    const part = tokens[i + 1];
    if (part && DAY_PARTS.has(part.lower) && !t.lower.endsWith("'s")) last = i + 1;
    return { first, last, date, dateEnd: null, precision: 'day' };
  }

  switch (lower) {
    case 'today':
    case 'tonight':
      return { first: i, last: i, date: published, dateEnd: null, precision: 'day' };
    case 'yesterday':
      return { first: i, last: i, date: addDays(published, -1), dateEnd: null, precision: 'day' };
    case 'tomorrow':
      return { first: i, last: i, date: addDays(published, 1), dateEnd: null, precision: 'day' };
    case 'morning':
    case 'afternoon':
    case 'evening':
      if (prevLower === 'this') return { first: i - 1, last: i, date: published, dateEnd: null, precision: 'day' };
      if (prevLower === 'yesterday') return null; // "yesterday" itself is the mention
      return null;
    case 'night':
      // The evening before into the small hours of the day itself: a morning paper's "last night's attack" may be after midnight.
      if (prevLower === 'last') return { first: i - 1, last: i, date: addDays(published, -1), dateEnd: published, precision: 'day' };
      return null;
    case 'overnight': {
      // "fired missiles at two bases overnight": as "last night", the evening before into the small
      // hours of the day itself (not "an overnight flight", nor "overnight Tuesday", read above).
      const next = tokens[i + 1]?.lower;
      if (/^(?:an?|the)$/u.test(prevLower) || (next !== undefined && !OVERNIGHT_AFTER.has(next))) return null;
      // Not a night counted from another time ("had camped outside the embassy overnight, after
      // storming it on Tuesday"), nor a count that grew ("the death toll rose overnight").
      const clause = tokens.slice(Math.max(0, i - 12), i).map((t) => t.lower);
      const cut = Math.max(...[',', ';', ':'].map((p) => clause.lastIndexOf(p)));
      if (clause.slice(cut + 1).some((w) => OVERNIGHT_NOT_AFTER.has(w))) return null;
      return { first: i, last: i, date: addDays(published, -1), dateEnd: published, precision: 'day' };
    }
    case 'day':
      // "earlier in the day", "later in the day"
      if (prevLower === 'the' && tokens[i - 2]?.lower === 'in' && (tokens[i - 3]?.lower === 'earlier' || tokens[i - 3]?.lower === 'later')) {
        return { first: i - 3, last: i, date: published, dateEnd: null, precision: 'day' };
      }
      return null;
    case 'week': {
      if (prevLower === 'last' || prevLower === 'past' || prevLower === 'previous') {
        const mon = addDays(mondayOf(published), -7);
        // On a Sunday, US copy's "last week" is the Sunday-Saturday just ended: the range holds both
        // (a Friday rocket attack is "last week's" in a Sunday story).
        const end = weekday(published) === 0 ? addDays(published, -1) : addDays(mon, 6);
        return { first: i - 1, last: i, date: mon, dateEnd: end, precision: 'week' };
      }
      if (prevLower === 'this') {
        // From the Sunday before: US copy counts Sunday in "this week" ("airstrikes this week" on a Tuesday
        // after Sunday's strikes), ISO weeks start on Monday; the range holds both.
        const mon = mondayOf(published);
        const start = addDays(mon, -1);
        const earlier = tokens[i - 2]?.lower === 'earlier';
        const end = earlier && compareDays(start, published) < 0 ? addDays(published, -1) : published;
        return { first: earlier ? i - 2 : i - 1, last: i, date: start, dateEnd: end, precision: 'week' };
      }
      if (prevLower === 'next') {
        const mon = addDays(mondayOf(published), 7);
        return { first: i - 1, last: i, date: mon, dateEnd: addDays(mon, 6), precision: 'week' };
      }
      return null;
    }
    case 'weekend': {
      // The most recent Saturday-Sunday on or before publication; "next weekend" the one after.
      // "This weekend" in the paper of a Tuesday to a Friday, and a weekend in a clause about the
      // future ("will meet at the weekend"), are the coming one (Monday's "this weekend" only with
      // the future: it may be the one just gone).
      const w = weekday(published);
      let sat = addDays(published, -((w + 1) % 7));
      let first = i;
      const future = futureBefore(tokens, i);
      const weekday5 = w >= 1 && w <= 5;
      // (A reported future, "would meet at the weekend", is the nearer weekend: the coming one from Wednesday.)
      const coming = prevLower === 'next' || (weekday5 && ((prevLower === 'this' && w >= 2) || future === 'ahead' || (future === 'nearest' && w >= 3)));
      if (coming) sat = addDays(published, (6 - w + 7) % 7 || 7);
      if (prevLower === 'next' || prevLower === 'last' || prevLower === 'this' || prevLower === 'the' || prevLower === 'past') {
        if (prevLower === 'last' && w === 6) sat = addDays(sat, -7);
        first = i - 1;
      }
      const sun = addDays(sat, 1);
      // (The weekend of a Saturday's paper runs to its Sunday when the clause is about the future.)
      const end = compareDays(sun, published) > 0 && !coming && future === null ? published : sun;
      return { first, last: i, date: sat, dateEnd: end, precision: 'week' };
    }
    case 'month': {
      if (prevLower === 'last' || prevLower === 'previous' || prevLower === 'past') {
        const p = addMonths({ y: published.y, m: published.m, d: 1 }, -1);
        const r = monthRange(p.y, p.m);
        return { first: i - 1, last: i, date: r.date, dateEnd: r.dateEnd, precision: 'month' };
      }
      if (prevLower === 'this') {
        const earlier = tokens[i - 2]?.lower === 'earlier';
        const start = { y: published.y, m: published.m, d: 1 };
        const end = earlier && published.d > 1 ? addDays(published, -1) : published;
        return { first: earlier ? i - 2 : i - 1, last: i, date: start, dateEnd: end, precision: 'month' };
      }
      if (prevLower === 'next') {
        const p = addMonths({ y: published.y, m: published.m, d: 1 }, 1);
        const r = monthRange(p.y, p.m);
        return { first: i - 1, last: i, date: r.date, dateEnd: r.dateEnd, precision: 'month' };
      }
      return null;
    }
    case 'year': {
      if (prevLower === 'last' || prevLower === 'previous' || prevLower === 'past') {
        return { first: i - 1, last: i, date: { y: published.y - 1, m: 1, d: 1 }, dateEnd: { y: published.y - 1, m: 12, d: 31 }, precision: 'year' };
      }
      if (prevLower === 'this') {
        const earlier = tokens[i - 2]?.lower === 'earlier';
        const end = earlier && !(published.m === 1 && published.d === 1) ? addDays(published, -1) : published;
        return { first: earlier ? i - 2 : i - 1, last: i, date: { y: published.y, m: 1, d: 1 }, dateEnd: end, precision: 'year' };
      }
      if (prevLower === 'next') {
        return { first: i - 1, last: i, date: { y: published.y + 1, m: 1, d: 1 }, dateEnd: { y: published.y + 1, m: 12, d: 31 }, precision: 'year' };
      }
      return null;
    }
    case 'ago': {
      // "two days ago", "a week ago"
      const unit = prev?.lower;
      const countTok = tokens[i - 2];
      if (!unit || !countTok) return null;
      // ("eleven days ago", "twenty-one days ago": any written count, not only one to ten.)
      const n = /^\d{1,3}$/.test(countTok.text) ? Number(countTok.text) : ownValue(WRITTEN_COUNTS, countTok.lower) ?? simpleNumberWord(countTok.lower) ?? undefined;
      if (n === undefined) return null;
      if (unit === 'day' || unit === 'days') return { first: i - 2, last: i, date: addDays(published, -n), dateEnd: null, precision: 'day' };
      if (unit === 'week' || unit === 'weeks') {
        const day = addDays(published, -7 * n);
        const mon = mondayOf(day);
        return { first: i - 2, last: i, date: mon, dateEnd: addDays(mon, 6), precision: 'week' };
      }
      return null;
    }
    default:
      return null;
  }
}

/**
 * Every date in a sentence, resolved against the publication date with a bias to the past:
 * "on Friday" in an article of Tuesday 2019-12-31 is 2019-12-27, "Sunday's strikes" 2019-12-29,
 * "Tuesday's incident" the same Tuesday, "last week" the previous Monday-Sunday. Explicit
 * days without a year take the most recent such day not after publication (+14 days).
 * Without a publication date only dates that carry a year resolve.
 */
export function resolveDates(sentence: string, published: string | null): DateMention[] {
  const pub = parseDay(published);
  const tokens = tokenize(sentence);
  const found: Found[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Most tokens cannot start a date: a cheap test first.
    if (t.kind === 'punct' || (t.kind === 'word' && !DATE_WORDS.has(t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower) && !t.lower.startsWith('mid-'))) {
      i++;
      continue;
    }
    const explicit = explicitAt(tokens, i, pub);
    const counted = explicit === null && pub ? relativeAt(tokens, i, pub) : null;
    const f = partOfMonth(tokens, explicit ?? (counted ? { ...counted, relative: true } : null) ?? midMonthAt(tokens, i, pub));
    if (!f) {
      i++;
      continue;
    }
    if (f.invalid) {
      i = f.last + 1;
      continue;
    }
    // "Tuesday, Dec. 31, 2019": the weekday and the explicit date are one mention.
    const prevFound = found[found.length - 1];
    if (prevFound && prevFound.precision === 'day' && f.precision === 'day' && weekdayOf(stripS(tokens[prevFound.first].lower)) !== null &&
        (prevFound.last + 1 === f.first || (prevFound.last + 2 === f.first && tokens[prevFound.last + 1].text === ','))) {
      found[found.length - 1] = { ...f, first: prevFound.first };
    } else {
      // A leading preposition or time word stays outside the text, except the ones the resolver used.
      found.push(f);
    }
    i = f.last + 1;
  }
  const mentions = found.map((f) => {
    let first = f.first;
    // "late December" keeps its "late": it says which part of the month.
    while (first < f.last && LEADING_WORDS.has(tokens[first].lower) && !['last', 'next', 'this', 'earlier', 'past', 'previous'].includes(tokens[first].lower) && !(f.precision === 'month' && MONTH_THIRDS.has(tokens[first].lower))) first++;
    const start = tokens[first].start;
    const end = tokens[f.last].end;
    const mention: DateMention = { text: sentence.slice(start, end), start, end, date: toIso(f.date), dateEnd: f.dateEnd ? toIso(f.dateEnd) : null, precision: f.precision };
    if (f.relative) mention.relative = true;
    const clock = f.precision === 'day' && f.dateEnd === null && !spokenNear(tokens, f.first) ? zonedClockBeside(tokens, f.first, f.last) : null;
    if (clock) mention.clock = { minutes: clock.minutes, utcOffset: offsetOn(clock.zone, f.date), ...(clock.place !== undefined ? { zonePlace: clock.place } : {}) };
    return mention;
  });
  return pub === null ? mentions : quotedDeixis(sentence, tokens, mentions, pub);
}

/** Verbs of saying whose date is the day a quote was spoken ("tweeted late Tuesday", "said on Monday"). */
const SPEECH_VERBS = new Set(['said', 'says', 'tweeted', 'wrote', 'told', 'posted', 'added', 'stated', 'announced', 'declared', 'warned', 'tweet', 'statement']);
/** Days counted from the moment of speaking, by their offset from it. */
const QUOTED_DEIXIS: ReadonlyMap<string, number> = new Map([['today', 0], ['tonight', 0], ['this morning', 0], ['this afternoon', 0], ['this evening', 0], ['yesterday', -1], ['tomorrow', 1]]);

/**
 * "today" inside a quote is the day the words were said, which the frame may give: in
 * "“The attack today was orchestrated by terrorists,” Pompeo tweeted late Tuesday", printed on
 * Wednesday, the attack is Tuesday's. Only a day written right after a verb of saying, outside
 * the quote, re-anchors the quote's own today, yesterday and tomorrow.
 */
function quotedDeixis(sentence: string, tokens: readonly Token[], mentions: DateMention[], published: Day): DateMention[] {
  if (mentions.length < 2) return mentions;
  const spans = quoteSpans(sentence).filter((q) => q.close > q.open);
  if (spans.length === 0) return mentions;
  const inQuote = (at: number): boolean => spans.some((q) => at > q.open && at < q.close);
  const spoken = mentions.find((d) => d.precision === 'day' && !inQuote(d.start) && afterSpeechVerb(tokens, d.start));
  if (spoken === undefined) return mentions;
  const day = parseDay(spoken.date);
  if (day === null || compareDays(day, published) === 0) return mentions;
  return mentions.map((d) => {
    const offset = QUOTED_DEIXIS.get(d.text.toLowerCase());
    if (offset === undefined || !inQuote(d.start)) return d;
    return { ...d, date: toIso(addDays(day, offset)) };
  });
}

/** A verb of saying at most `reach` tokens before token `at`, with no token `stops` holds between. */
function speechVerbBefore(tokens: readonly Token[], at: number, reach: number, stops: (t: Token) => boolean): boolean {
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    if (stops(tokens[k]!)) return false;
    if (SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** A verb of saying at most three words before the date's first token ("tweeted late Tuesday", "told reporters on Monday"). */
function afterSpeechVerb(tokens: readonly Token[], start: number): boolean {
  return speechVerbBefore(tokens, tokens.findIndex((t) => t.start === start), 3, (t) => t.kind === 'punct');
}

/**
 * A verb of saying in the words just before a day or the clock before it ("tweeted at 9:30 p.m.
 * ET on Tuesday"): that time is where the speaker was, not where the happening was. The clock's
 * own marks ("p.m.", "(EST)") stand between; a comma, semicolon or colon ends the search.
 */
function spokenNear(tokens: readonly Token[], first: number): boolean {
  return speechVerbBefore(tokens, first, 8, (t) => t.text === ',' || t.text === ';' || t.text === ':');
}

/** The third of a month "early", "mid" and "late" name: days 1-10, 11-20, 21 to the end. */
const MONTH_THIRDS = new Map<string, 0 | 1 | 2>([['early', 0], ['mid', 1], ['late', 2]]);

function narrowToThird(f: Found, third: 0 | 1 | 2): Found {
  const { y, m } = f.date;
  const date = { y, m, d: third * 10 + 1 };
  const dateEnd = third === 2 ? { y, m, d: daysInMonth(y, m) } : { y, m, d: third * 10 + 10 };
  return { ...f, date, dateEnd };
}

/**
 * "In late December" is 21-31 December, not the whole month (nor its first day): a fact-checker
 * matching it with "the strikes on 29 December" needs the part of the month that was written.
 */
function partOfMonth(tokens: readonly Token[], f: Found | null): Found | null {
  if (f === null || f.precision !== 'month' || f.dateEnd === null || f.date.d !== 1) return f;
  // "late last month": the word stands before "last"; "in late December": right before the month.
  const third = MONTH_THIRDS.get(tokens[f.first - 1]?.lower ?? '');
  return third === undefined ? f : narrowToThird({ ...f, first: f.first - 1 }, third);
}

/** "mid-December", "mid-December 2019" written as one word: the month's middle third. */
function midMonthAt(tokens: readonly Token[], i: number, published: Day | null): Found | null {
  const t = tokens[i];
  const month = t.kind === 'word' && t.lower.startsWith('mid-') && /^[A-Z]/u.test(t.text.slice(4)) ? monthOf(t.lower.slice(4)) : null;
  if (month === null) return null;
  const y = yearNumber(tokens[i + 1]);
  const start = y !== null ? { y } : published ? inferYear(month, 1, published) : null;
  if (!start) return null;
  const r = monthRange(start.y, month);
  return narrowToThird({ first: i, last: y !== null ? i + 1 : i, date: r.date, dateEnd: r.dateEnd, precision: 'month' }, 1);
}

function stripS(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}
