/** Words that may appear in a line that only states when something was published. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  'updated', 'update', 'published', 'posted', 'last', 'modified', 'first', 'created', 'issued', 'filed', 'on', 'at', 'am', 'pm', 'a.m', 'p.m',
  'gmt', 'utc', 'est', 'edt', 'et', 'ct', 'pt', 'bst', 'cet', 'cest', 'eet', 'ist', 'pst', 'pdt', 'cst', 'cdt', 'mst', 'mdt',
  'ksa', 'ast', 'jst', 'kst', 'aest', 'aedt', 'wib', 'sgt', 'hkt', 'msk', 'irst', 'wat', 'cat', 'eat', 'sast', 'local', 'time',
  'gst', 'pkt', 'pht', 'ict', 'myt', 'nzdt', 'nzst', 'hst',
  'date', 'today', 'yesterday', 'ago', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'seconds', 'just', 'now',
  'by', 'and', 'the', 'of', 'th', 'st', 'nd', 'rd', 'a', 'p', 'm', 'et', 'mt', 'pt',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat',
  'saturday', 'sun', 'sunday',
]);

const MAX_LENGTH = 90;

/**
 * True for lines that are only a date and/or time ("December 27, 2019, 10:56 PM",
 * "31 Dec, 2019 21:28", "Updated 11:47, 02-Jan-2020", "Last Update: Wednesday, 20 May
 * 2020 KSA 09:56 - GMT 06:56", "Wed Jan 8, 2020 02:08AM [Updated: …]", "Issued on: 30/12/2019 -
 * 01:12", a video duration "02:03"). Needs at least one number and
 * nothing but date words, numbers and separators, so a sentence never qualifies.
 */
export function isTimestampLine(line: string): boolean {
  if (line.length > MAX_LENGTH) return false;
  let digits = false;
  // ("3 January 2020 at 10:15 ·": a social post's stamp, its dot before the audience icon.)
  for (const raw of line.toLowerCase().split(/[\s,.:;|/()[\]\-–—+·•]+/)) {
    if (raw === '') continue;
    if (/^\d{1,4}$/.test(raw)) { digits = true; continue; }
    const num = /^(\d{1,4})(am|pm|a|p|h|st|nd|rd|th|z)$/.exec(raw);
    if (num) { digits = true; continue; }
    // "10h18": a time as French-language pages write it.
    if (/^\d{1,2}h\d{2}$/.test(raw)) { digits = true; continue; }
    if (TIME_WORDS.has(raw)) continue;
    const glued = /^(\d{1,2})([a-z]{3,9})(\d{2,4})?$/.exec(raw); // "02jan2020"
    if (glued && TIME_WORDS.has(glued[2]!)) { digits = true; continue; }
    return false;
  }
  return digits;
}

/** "09:10 GMT - ", "9:45am: ", "10:45 p.m. ET — ", "Update 11:15 GMT:": the time label of a live-blog entry. */
const TIMESTAMP_PREFIX = /^(?:(?:update[ds]?|posted|latest)\s+(?:at\s+)?)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)\s*(?:(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|PT|PST|local time)\s*)?(?:\([^()]{1,20}\)\s*)?[-–—:|]\s+(?=\S)/iu;

/** The time label opening a live-blog entry or its heading, or null. */
export function timestampPrefix(line: string): string | null {
  return TIMESTAMP_PREFIX.exec(line)?.[0] ?? null;
}
