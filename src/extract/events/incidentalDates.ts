import type { DateMention } from './resolveDates';
import { TRIGGER_RULES } from './eventVocabulary';

/** Words that open an event trigger ("strikes", "air", "rocket", "protest"). */
const TRIGGER_STARTS: ReadonlySet<string> = new Set(TRIGGER_RULES.map((r) => r.words[0]!));

/** "the highest since mid-September", "its lowest close since March 2013": where a comparison starts. */
const SINCE_COMPARISON = /\b(?:highest|lowest|biggest|largest|smallest|strongest|weakest|best|worst|most|least|fastest|slowest|first(?: time)?|only)\b[^,.;:()]{0,40}\bsince\s+$/iu;
/** A determiner or a possessive right before a year used as a modifier ("the 2015 nuclear deal", "Iran's 2019 budget"). */
const BEFORE_MODIFIER = /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$/iu;

/**
 * The dates of a sentence that can date a trigger in it: not the start of a comparison
 * ("Brent rose to $71.75, the highest since mid-September, after Iran fired missiles") nor a year
 * that names another thing ("The attack came at a delicate moment for talks on the 2015 nuclear
 * deal"); a year before a happening's own word stays ("the 2019 protests", "the 2015 hajj stampede").
 */
export function withoutIncidentalDates(text: string, dates: DateMention[]): DateMention[] {
  if (dates.length === 0) return dates;
  return dates.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 80), d.start);
    // ("the worst at the hajj since 1990, when 1,426 people were killed": that year has its own happening.)
    if (before.endsWith(' ') && SINCE_COMPARISON.test(before) && !/^,?\s+when\b/u.test(text.slice(d.end))) return false;
    if (d.precision === 'year' && /^\d{4}$/u.test(d.text) && BEFORE_MODIFIER.test(before)) {
      const next = /^\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/u.exec(text.slice(d.end));
      if (next && !next[1]!.split(/\s+/u).some((w) => TRIGGER_STARTS.has(w))) return false;
    }
    return true;
  });
}
