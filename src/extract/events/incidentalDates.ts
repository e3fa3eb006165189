import type { DateMention } from './resolveDates';
import { SERIES_WORDS, TRIGGER_RULES } from './eventVocabulary';

/** Words that open an event trigger ("strikes", "air", "rocket", "protest"). */
const TRIGGER_STARTS: ReadonlySet<string> = new Set(TRIGGER_RULES.map((r) => r.words[0]!));

/** "the highest since mid-September", "its lowest close since March 2013": where a comparison starts. */
const SINCE_COMPARISON = /\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|least|fastest|slowest|first(?: time)?|only)\b[^,.;:()]{0,40}\bsince\s+$/iu;
/** "had continued to deny any missile strike until Saturday": the day a state lasted to, no day of the happening. */
const UNTIL_BEFORE = /\b(?:until|till|up\s+until)\s+$/iu;
/** A determiner or a possessive right before a year used as a modifier ("the 2015 nuclear deal", "Iran's 2019 budget"). */
const BEFORE_MODIFIER = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/iu;
/** A relative clause on a run of happenings, up to a date: "a sequence that began on ", "a series of quakes which started ". */
const SERIES_BEFORE = new RegExp(String.raw`\b(?:${[...SERIES_WORDS].join('|')})\b(?:\s+of\s+[\p{L}-]+)?\s+(?:that|which)\s+(?:\p{L}+\s+){1,3}$`, 'iu');

/** "The quake was the strongest in a sequence that began on Dec. 28": the day a run of happenings began, no day of one of them. */
export function seriesStart(text: string, d: DateMention): boolean {
  return SERIES_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start));
}

/**
 * The dates of a sentence that can date a trigger in it: not the start of a comparison
 * ("Brent rose to $71.75, the highest since mid-September, after Iran fired missiles") nor a year
 * that names another thing ("The attack came at a delicate moment for talks on the 2015 nuclear
 * deal"), nor the day a run of happenings began ("the strongest in a sequence that began on Dec. 28")
 * or a state lasted to ("denied any missile strike until Saturday");
 * a year before a happening's own word stays ("the 2019 protests", "the 2015 hajj stampede").
 */
/** The last words of a name that is a happening's ("the 2003 Iraq War", "the 1983 Beirut Bombing"), not a law's or a deal's. */
const NAMED_HAPPENINGS: ReadonlySet<string> = new Set(['war', 'attack', 'attacks', 'bombing', 'bombings', 'massacre', 'revolution', 'uprising', 'crisis', 'invasion', 'siege', 'earthquake', 'tsunami', 'hurricane', 'crash', 'disaster', 'riots', 'protests', 'intifada', 'coup', 'election', 'elections', 'olympics', 'games']);

export function withoutIncidentalDates(text: string, dates: DateMention[]): DateMention[] {
  if (dates.length === 0) return dates;
  return dates.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    // ("the worst at the hajj since 1990, when 1,426 people were killed": that year has its own happening.)
    if (before.endsWith(' ') && SINCE_COMPARISON.test(before) && !/^,?\s+when\b/u.test(text.slice(d.end))) return false;
    if (seriesStart(text, d)) return false;
    if (UNTIL_BEFORE.test(before)) return false;
    if (d.precision === 'year' && /^\d{4}$/u.test(d.text) && BEFORE_MODIFIER.test(before)) {
      const next = /^\s+((?:[A-Za-z][a-z-]*\s+){0,2}[A-Za-z][a-z-]*)/u.exec(text.slice(d.end));
      const words = next ? next[1]!.split(/\s+/u) : [];
      // (A name too, "under the 1973 War Powers Resolution", named by its last word: "the 2003 Iraq War" is a happening.)
      const named = words.length >= 2 && words.every((w) => /^[A-Z]/u.test(w));
      if (named && !NAMED_HAPPENINGS.has(words[words.length - 1]!.toLowerCase())) return false;
      if (next && !named && /^[a-z]/u.test(words[0]!) && !words.some((w) => TRIGGER_STARTS.has(w))) return false;
    }
    return true;
  });
}
