/**
 * A time offset and the word that links it to a happening: "a day after", "two days after",
 * "just hours before", "less than 24 hours after", "shortly after", "the night before".
 * Written after a mid-sentence frame (", the Pentagon said, a day after a rocket attack
 * killed two U.S. troops") it opens the outlet's own clause, never an appositive to the
 * speaker. Source text of a regular expression with no groups, to be embedded.
 */
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|few|\d{1,3})`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|years?|moments?)`;
const APPROX = String.raw`(?:just|only|barely|some|about|nearly|almost|roughly|less\s+than|more\s+than|within)`;

export const TIME_OFFSET_LINK = String.raw`(?:(?:${APPROX}\s+)?(?:${COUNT}\s+)?${UNIT}|shortly|soon|not\s+long|the\s+(?:day|night|morning|evening|week))\s+(?:after|before)`;
