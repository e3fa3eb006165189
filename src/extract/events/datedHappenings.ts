import { HAPPENING } from '../../domain';
import { quoteSpans } from '../segment/quoteSpans';
import type { ArticleEvent, EventAssignment, MentionRef, SentenceContext } from './assignEvents';
import type { DateMention } from './resolveDates';

/** "since 1998", "since the late 1990s", "ever since May 2018": the start of a state, no day of a happening. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/iu;
/** "to cut emissions by 2030": a target year, no day of a happening. */
const BY_BEFORE = /\bby\s+$/iu;

/**
 * A sentence that names a day but no happening the event vocabulary knows, and that carries on
 * none before it ("Boeing fired CEO Dennis Muilenburg on Monday", "Oil prices rose sharply on
 * Friday", "will become president and CEO on Jan. 13"), is about a happening of that day: an
 * event labelled HAPPENING with the day and the sentence's participants, one per day in the
 * article, which the linker keeps to its article (two such days in two articles say nothing
 * about being one happening). Left out: days inside a quotation (the speaker's own "tonight"),
 * the start of a state ("had led the Quds Force since 1998"), a target year ("by 2030"), the
 * incidental dates of withoutIncidentalDates, and the days of an aside about someone named
 * ("Kataib Hezbollah, founded after the 2003 invasion, … was designated a terrorist organisation
 * in 2009"; "Muilenburg, an engineer who joined Boeing in 1985 …, was stripped of his title in
 * October"). A sentence with two days gives each its own, so that a claim takes the day inside it
 * ("Last week Boeing said it would halt production … in January"), and the sentence the first.
 */
export function withDatedHappenings(assignment: EventAssignment, sentences: readonly SentenceContext[], sentenceDates: readonly (readonly DateMention[] | undefined)[]): EventAssignment {
  const events = [...assignment.events];
  const bySentence = [...assignment.bySentence];
  const mentions = [...assignment.mentions];
  const byDay = new Map<string, number>();
  let changed = false;
  sentences.forEach((s, si) => {
    if ((mentions[si]?.length ?? 0) > 0 || s.heading === true) return;
    // A sentence carried on to an undated event: "On Tuesday, Germany withdrew 35 soldiers from
    // Taji" after a deployment is a happening of its own day; "the US action on Sunday had
    // violated Iraq's sovereignty" after undated air strikes names the day of the strikes.
    const carried = bySentence[si];
    if (carried !== null && events[carried]!.date !== null) return;
    const own = ownDays(s, sentenceDates[si] ?? []);
    const named = carried === null ? undefined : own.find((d) => namesTheEvent(s.text, d));
    if (named !== undefined) {
      events[carried!] = { ...events[carried!]!, date: named.date, dateEnd: named.dateEnd };
      changed = true;
      return;
    }
    // (Not the day of a saying: "…, the minister said on Monday" stays with what it is about.)
    const dates = carried === null ? own : own.filter((d) => !SAYING_BEFORE.test(s.text.slice(Math.max(0, d.start - 60), d.start)));
    if (dates.length === 0) return;
    const refs: MentionRef[] = dates.map((d) => {
      const day = `${d.date}|${d.dateEnd ?? ''}`;
      let k = byDay.get(day);
      if (k === undefined) {
        k = events.length;
        byDay.set(day, k);
        events.push({ key: `${HAPPENING}|${d.date}${d.dateEnd ? `..${d.dateEnd}` : ''}|`, label: HAPPENING, date: d.date, dateEnd: d.dateEnd, place: null, participants: [] });
      }
      const e = events[k] as ArticleEvent;
      for (const p of s.participants) if (!e.participants.includes(p)) e.participants.push(p);
      return { start: d.start, end: d.end, event: k, subordinateFrom: null };
    });
    mentions[si] = refs;
    bySentence[si] = refs[0]!.event;
    changed = true;
  });
  return changed ? { ...assignment, events, bySentence, mentions } : assignment;
}

/**
 * The days a sentence names for something in it (`found`: its dates that can date a trigger, on the
 * local days of its places, as the event pass read them): see withDatedHappenings.
 */
function ownDays(s: SentenceContext, found: readonly DateMention[]): DateMention[] {
  if (found.length === 0) return [];
  const quotes = quoteSpans(s.text);
  const quoted = (d: DateMention): boolean => quotes.some((q) => d.start > q.open && (q.close < 0 || d.start < q.close));
  const before = (d: DateMention): string => s.text.slice(Math.max(0, d.start - 24), d.start);
  const stateOrTarget = (d: DateMention): boolean => SINCE_BEFORE.test(before(d)) || (d.precision === 'year' && BY_BEFORE.test(before(d)));
  return found.filter((d) => !quoted(d) && !stateOrTarget(d) && !inAside(s.text, d));
}

/** Words of saying in the clause before a day: "said in a statement on Tuesday", "told reporters Monday", "in remarks carried by state TV early Friday". */
const SAYING_BEFORE = /\b(?:said|says|say|saying|told|tells|telling|statement|tweet|tweets|tweeted|interview|remarks|announced|announcement|added|adds|wrote|writes|briefing|conference|warned|warns|vowed|insisted|claimed|confirmed|reported|reports|quoted|denied|accused)\b[^.;:,]{0,45}$/iu;

/** Nouns that name a happening already told, not a new one: "the US action", "the operation". */
const HAPPENING_NOUN_WORDS = 'action|actions|operation|attack|attacks|raid|raids|assault|incident|bombardment';
/** The nouns before a day ("the US action on Sunday"); strikes too, which after a possessive day are triggers of their own. */
const HAPPENING_NOUNS = new RegExp(`\\b(?:${HAPPENING_NOUN_WORDS}|strike|strikes|airstrikes?)\\s+(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?$`, 'iu');
/** The same nouns after a possessive day, with up to two words between: "Sunday's US action". */
const HAPPENING_NOUN_AFTER = new RegExp(`^\\s+(?:[\\p{L}.-]+\\s+){0,2}?(?:${HAPPENING_NOUN_WORDS})\\b`, 'iu');

/** "the US action on Sunday", "Sunday's action": the day of a happening told before, named by a noun. */
function namesTheEvent(text: string, d: DateMention): boolean {
  if (/['’]s$/u.test(d.text)) return HAPPENING_NOUN_AFTER.test(text.slice(d.end, d.end + 40));
  return HAPPENING_NOUNS.test(text.slice(Math.max(0, d.start - 32), d.start));
}

/** Words that open an aside about who or what was just named: ", founded after …,", ", an engineer who …,". */
const ASIDE_OPENER = /\b(?:who|which|whose|founded|formed|created|established|set\s+up|born|built)\b/iu;

/**
 * Between two commas, after words that describe what was just named: ", founded after the 2003
 * invasion,", ", an engineer who joined Boeing in 1985 …,". (A clause that runs to the sentence's
 * end may be a claim of its own: "…, from which Trump withdrew the United States in May 2018.")
 */
function inAside(text: string, d: DateMention): boolean {
  const open = text.lastIndexOf(', ', d.start);
  return open > 0 && text.indexOf(',', d.end) > 0 && ASIDE_OPENER.test(text.slice(open, d.start));
}
