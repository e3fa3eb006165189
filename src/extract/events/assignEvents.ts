import { OBJECT_FRAME_VERBS, SPEECH, WEAK_CUES } from '../attribution/cues';
import { matchWords, tokenize, type Token } from '../quantities/tokenize';
import { detectEventMentions, type DetailedEventMention } from './detectEvents';
import { seriesStart, withoutIncidentalDates } from './incidentalDates';
import { resolveDates, type DateMention } from './resolveDates';
import { onLocalDays } from './localDays';
import { withDatedHappenings } from './datedHappenings';
import { addDays, diffDays, parseDay, toIso, type Day } from './calendar';
import { ongoingSpansMeet, spanUnion } from './ongoing';
import { isCountryName, placesApart, placesNested, placeWithin } from '../entities/gazetteer';
import { CAPITALS, EVENT_LABELS, MARCH_VERBS, MARKET_MOVES, MARKET_NOUNS, SEQUENCE_CUES, WEAK_TARGET_LABELS, type EventLabelInfo } from './eventVocabulary';
import { ownValue } from '../../domain';

// Maps, not property look-ups: token words are fresh strings (see extractQuantities).
const WEAK_TARGET_LABELS_MAP = new Map(Object.entries(WEAK_TARGET_LABELS));
const CAPITALS_MAP = new Map(Object.entries(CAPITALS));

export interface SentenceContext {
  text: string;
  /** Canonical place names the entity tagger found in the sentence. */
  places: string[];
  /** How those places are written where the text differs from the name ("K1 base" -> "K1 military base"): [written, name]. */
  placeSurfaces?: Array<[string, string]>;
  /** Canonical names of people, organisations and countries found in the sentence. */
  participants: string[];
  /** The sentence's paragraph is one short line with no closing stop ("3. Markets"): a section heading. */
  heading?: boolean;
  /** The sentence is a photo caption's. */
  caption?: boolean;
  /** The sentence is a row of a table of figures: each row may be its own happening, which the text after the table is not about. */
  table?: boolean;
  /** The sentence's paragraph opens an entry of a live page (Paragraph.entry). */
  entry?: boolean;
  /** Index of the sentence's paragraph (a context from years ago ends with its paragraph). */
  paragraph?: number;
  /** The day its paragraph was written when an update label dates it after publication (Paragraph.asOf). */
  asOf?: string;
}

export interface ArticleEvent {
  /** Deterministic within the article: label|date|place. */
  key: string;
  label: string;
  date: string | null;
  dateEnd: string | null;
  place: string | null;
  participants: string[];
}

/** Where a trigger of a sentence points: its offsets in the sentence and the event index. */
export interface MentionRef {
  start: number;
  end: number;
  event: number;
  /** Offset where a phrase subordinating the trigger begins ("after American air strikes"), else null. */
  subordinateFrom: number | null;
  /** Offset where a relative clause right after the trigger begins ("protests in which 400 have been killed"), else null. */
  relativeFrom?: number | null;
  /** Offset of a participle clause after the trigger (", killing all 176"), else null. */
  participleFrom?: number | null;
}

export interface EventAssignment {
  events: ArticleEvent[];
  /** Event index of each sentence's main clause, null when there is none. */
  bySentence: Array<number | null>;
  /** Every trigger of each sentence with its event, for claims that cover only part of a sentence. */
  mentions: MentionRef[][];
  /** Per sentence, the offset of a sequencing cue ("took place after") that chose its event, else null. */
  sequenceAt: Array<number | null>;
}

interface Working {
  label: string;
  date: string | null;
  dateEnd: string | null;
  /** Date from a mention of the event itself (strong) or guessed from context (weak). */
  weakDate: string | null;
  /** The most specific family among its mentions ("attack" + "protesters" is unrest). */
  family: string;
  place: string | null;
  /** Its date is only the day someone spoke about it ("said on Monday that the strikes …"). */
  sayingOnly: boolean;
  /** Someone died in it, as far as the text has said: only then is "the killing" this happening. */
  deadly: boolean;
  /** Every mention so far is a bare "strike(s)", which may be the missiles or rockets the text is on. */
  bareStrike: boolean;
  /** Told as one strike ("a drone strike") or as several ("the strikes"), by its first mention that says. */
  number: StrikeNumber | null;
  /** When it was last mentioned, in mentions counted over the article. */
  lastSeen: number;
  /** Named in a sentence's main clause, not only in a phrase of it ("… in response to a drone attack that killed …"). */
  inMain: boolean;
  /** Named so far only by an undated generic plural ("Earlier attacks targeted …"): a run of happenings, not one. */
  series: boolean;
}

/** How long before a saying the happening it was the only day of may lie, once the text dates it. */
const TOLD_LATER_DAYS = 45;
/** How far before publication an undated event may lie: older dated mentions never join it. */
const RECENT_DAYS = 30;
/** A happening this long before the publication is a flashback: it is no context past its paragraph. */
const PAST_DAYS = 180;

function labelInfo(label: string): EventLabelInfo {
  return ownValue(EVENT_LABELS, label) ?? { family: label, generic: true };
}

/** Days from `a` to `b` (YYYY-MM-DD); Infinity when `b` is earlier or either is unreadable. */
function daysBefore(a: string, b: string): number {
  const da = parseDay(a);
  const db = parseDay(b);
  const n = da && db ? diffDays(da, db) : -1;
  return n >= 0 ? n : Infinity;
}

/** Two dates (or ranges) can be one happening: equal, one unknown, or one within the other. */
function datesCompatible(aDate: string | null, aEnd: string | null, bDate: string | null, bEnd: string | null): boolean {
  if (aDate === null || bDate === null) return true;
  const a1 = aDate;
  const a2 = aEnd ?? aDate;
  const b1 = bDate;
  const b2 = bEnd ?? bDate;
  return a1 <= b2 && b1 <= a2;
}

const UNHARMFUL = new Set(['deployment', 'funerals', 'labour strike']);
/**
 * Happenings nobody carried out: "the attack on Iraqi military bases" in a live blog is not the
 * plane crash before it (a town "under attack" from a wildfire is the wildfire).
 */
const ACCIDENTS = new Set(['plane crash', 'stampede', 'flood', 'earthquake', 'storm', 'road crash']);

/** Can a mention with this label join an event with that label? */
function labelsCompatible(mention: string, event: string): boolean {
  if (mention === event) return true;
  const m = labelInfo(mention);
  const e = labelInfo(event);
  // "attacks broke out", "the killing": words of harm never name a deployment or a funeral.
  if ((m.family === '*' && UNHARMFUL.has(e.family) && mention !== 'incident') || (e.family === '*' && UNHARMFUL.has(m.family) && event !== 'incident')) return false;
  if ((mention === 'attack' && ACCIDENTS.has(e.family)) || (event === 'attack' && ACCIDENTS.has(m.family))) return false;
  if (m.generic && (m.family === '*' || m.family === e.family || m.alsoJoins?.includes(e.family) === true)) return true;
  if (e.generic && (e.family === '*' || e.family === m.family || e.alsoJoins?.includes(m.family) === true)) return true;
  return false;
}

/** The more precise of two compatible dates (a day inside a week wins over the week). */
function narrower(aDate: string | null, aEnd: string | null, bDate: string | null, bEnd: string | null): { date: string | null; dateEnd: string | null } {
  if (aDate === null) return { date: bDate, dateEnd: bEnd };
  if (bDate === null) return { date: aDate, dateEnd: aEnd };
  if (aEnd === null) return { date: aDate, dateEnd: null };
  if (bEnd === null) return { date: bDate, dateEnd: null };
  return aEnd.localeCompare(aDate) <= bEnd.localeCompare(bDate) ? { date: aDate, dateEnd: aEnd } : { date: bDate, dateEnd: bEnd };
}

/** A date right before or after a reporting verb: the day of the saying. */
function besideCue(text: string, d: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 30), d.start).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '' && w !== 'on');
  const after = text.slice(d.end, d.end + 30).toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  const cue = (w: string | undefined): boolean => w !== undefined && (SPEECH.has(w) || WEAK_CUES.has(w) || OBJECT_FRAME_VERBS.has(w));
  return cue(before[before.length - 1]) || cue(after[0]);
}

const COUNT_WORDS = new Map<string, number>([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['2', 2], ['3', 3], ['4', 4], ['5', 5], ['6', 6], ['7', 7],
]);

const SAME_DAY_UNITS = new Set(['hours', 'minutes', 'hour', 'moments']);
const PARTS_OF_DAY = new Set(['day', 'night', 'evening', 'afternoon', 'morning']);

/** The days "two days", "a week", "three weeks" at token i count (number agreeing with the unit), or null. */
function countedDays(tokens: readonly Token[], i: number): number | null {
  const n = COUNT_WORDS.get(tokens[i].lower);
  const unit = tokens[i + 1]?.lower ?? '';
  if (n === undefined || !/^(?:day|days|week|weeks)$/u.test(unit) || (n === 1) !== /^(?:day|week)$/u.test(unit)) return null;
  return unit.startsWith('week') ? n * 7 : n;
}

/**
 * Days after the previous happening: "two days later", "a week later", "the next day", "the
 * following day"; "hours later", "minutes later" and "later that night" are the same day. `at`
 * is the token the phrase starts at.
 */
function daysLater(tokens: readonly Token[]): { days: number; at: number } | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (SAME_DAY_UNITS.has(tokens[i].lower) && tokens[i + 1].lower === 'later') return { days: 0, at: i };
    if (tokens[i].lower === 'later' && tokens[i + 1].lower === 'that' && PARTS_OF_DAY.has(tokens[i + 2].lower)) return { days: 0, at: i };
    // "two days after the march" counts from the march, not from the happening before: only "later" or "after that".
    const after = tokens[i + 2].lower === 'later' || (tokens[i + 2].lower === 'after' && (i + 3 >= tokens.length || /^(?:that|this|,)$/u.test(tokens[i + 3].lower)));
    const days = after ? countedDays(tokens, i) : null;
    if (days !== null) return { days, at: i };
    if ((tokens[i].lower === 'the' || tokens[i].lower === 'a') && /^(?:next|following)$/u.test(tokens[i + 1].lower) && tokens[i + 2].lower === 'day') return { days: 1, at: i };
  }
  return null;
}

/** What ends the clause a trigger's "five days earlier" must stand in. */
const CLAUSE_ENDS = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')', '"', '\u201c', '\u201d']);

/**
 * "in retaliation for the U.S. drone strike that killed Soleimani in Baghdad five days earlier": the
 * days back from the sentence's dated happening, written after the trigger at token `at` in its clause.
 */
function daysEarlierAfter(tokens: readonly Token[], at: number, until = Infinity): number | null {
  // (Not past the next trigger: "fired missiles in retaliation for the drone strike that killed … five days earlier" dates the strike.)
  for (let k = at + 1; k + 2 < tokens.length && k <= at + 20 && k < until; k++) {
    if (CLAUSE_ENDS.has(tokens[k].text)) return null;
    if (tokens[k + 2].lower !== 'earlier') continue;
    const days = countedDays(tokens, k);
    if (days !== null) return days;
  }
  return null;
}

/** Words that, between a trigger and a later "hours later", put the phrase in another clause. */
const LATER_ELSEWHERE = new Set(['.', '!', '?', ';', '"', '\u201d', 'before', 'after', 'while', 'when', 'until', 'since', 'said', 'says', 'told', 'tweeted', 'wrote', 'added']);

/**
 * Whether the "… later" phrase at token `at` dates the trigger at token `trigger`: always when it
 * comes first ("Two days later, jets struck …"); after the trigger, only in the same clause ("the
 * US struck back two days later"), not in "… an attack on the U.S. Embassy,” he tweeted on
 * Tuesday, before following up hours later with a warning".
 */
function laterDates(tokens: readonly Token[], trigger: number, at: number): boolean {
  if (at < trigger) return true;
  for (let k = trigger + 1; k < at; k++) if (LATER_ELSEWHERE.has(tokens[k].lower)) return false;
  return true;
}

/**
 * "two days after a rocket attack", "a week before the protest": the days from the trigger at
 * token `at` to the happening the clause is dated by (positive: the trigger came first).
 */
function offsetBefore(tokens: readonly Token[], at: number, verb = false): { days: number; from: number; sameDay?: true } | null {
  // Only a short noun phrase between: "after a rocket attack", "after the deadly U.S. strikes"; before a
  // verb, its subject: "two days after tens of thousands of supporters of cleric Moqtada Sadr rallied".
  const longest = verb ? 12 : 4;
  const shortPhrase = (from: number): boolean => at - from <= longest && !tokens.slice(from, at).some((t) => t.kind === 'punct' && t.text !== '.');
  for (let i = Math.max(0, at - longest - 3); i + 1 < at; i++) {
    // "hours after the missile attack", "minutes before the crash": the same day.
    if (SAME_DAY_UNITS.has(tokens[i].lower) && /^(?:after|before)$/u.test(tokens[i + 1].lower) && shortPhrase(i + 2)) return { days: 0, from: tokens[i].start };
    // "is being deployed the same day a U.S. Embassy in Iraq was attacked", "on the same day as the protest".
    if (tokens[i].lower === 'same' && tokens[i + 1].lower === 'day' && tokens[i - 1]?.lower === 'the') {
      const opener = /^(?:that|as|when)$/u.test(tokens[i + 2]?.lower ?? '') ? 1 : 0;
      if (shortPhrase(i + 2 + opener)) return { days: 0, from: tokens[i - 1]!.start, sameDay: true };
    }
    if (i + 2 >= at) continue;
    const rel = tokens[i + 2].lower;
    const days = rel === 'after' || rel === 'before' ? countedDays(tokens, i) : null;
    if (days === null || !shortPhrase(i + 3)) continue;
    return { days: rel === 'after' ? days : -days, from: tokens[i].start };
  }
  return null;
}

/**
 * "Five days after Iran fired missiles at this base, US commanders on Monday took …": a count that
 * opens the sentence is counted back from the day its main clause gives, past the count's comma.
 */
function openingCountDay(tokens: readonly Token[], dates: readonly DateMention[], from: number, trigger: number): Day | null {
  if (tokens[0]?.start !== from) return null;
  const comma = tokens.findIndex((t, k) => k > trigger && t.text === ',');
  if (comma < 0) return null;
  const d = dates.find((x) => x.start > tokens[comma]!.start && dayOrNight(x.date, x.dateEnd) && x.precision === 'day');
  return d ? parseDay(d.date) : null;
}

/** The last single day written before `at` (a range or a month dates no count). */
function dayBefore(dates: readonly DateMention[], at: number): Day | null {
  let day: Day | null = null;
  for (const d of dates) if (d.end <= at && dayOrNight(d.date, d.dateEnd) && d.precision === 'day') day = parseDay(d.date);
  return day;
}

/** What joins a happening to the one it took place at: " at his", " during the", " at a". */
const AT_HAPPENING = /^\s+(?:at|during)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** One day, or a night over two ("last night" is the 12th to the 13th): a day to count from, the first. */
function dayOrNight(date: string | null, dateEnd: string | null): boolean {
  if (date === null) return false;
  if (dateEnd === null) return true;
  const from = parseDay(date);
  const to = parseDay(dateEnd);
  return from !== null && to !== null && diffDays(from, to) === 1;
}

const SEQUENCE_FIRST = new Set(SEQUENCE_CUES.map((c) => c[0]));

/** A sentence that opens "Hours after X," (or minutes, moments, shortly): X, up to the comma. */
const HOURS_AFTER = /^(?:(?:just|only|barely|mere)\s+)?(?:hours|minutes|moments|shortly)\s+after\s+[^,;]{3,120},/iu;

function sequenceCueAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!SEQUENCE_FIRST.has(tokens[i].lower)) continue;
    for (const cue of SEQUENCE_CUES) if (matchWords(tokens, i, cue)) return i + cue.length;
  }
  return -1;
}

/** A generic word in the plural: "attacks", "raids", "clashes". */
const PLURAL_TRIGGER = /s$/iu;
/** "the raids", "Sunday's attacks", "one of those attacks": a determiner makes a plural the happenings the text names, not a run of others. */
const DETERMINED_BEFORE = /(?:\b(?:the|these|those|this|its|their|his|her|our)|['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** A generic plural without a day of its own names a run of happenings ("Earlier attacks targeted …"). */
function seriesWord(m: DetailedEventMention, text: string): boolean {
  return labelInfo(m.label).family === '*' && (m.date === null || m.sayingDate) && PLURAL_TRIGGER.test(m.trigger) && !DETERMINED_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

const KILLING = 'killing';
const DEATH_WORDS = new Set(['killed', 'kill', 'kills', 'killing', 'died', 'dies', 'dead', 'death', 'deaths', 'assassinated', 'slain', 'fatalities', 'fatality', 'martyred', 'martyrs']);
/** Words of one killing, as against a toll ("the deaths", "the death toll"). */
const KILLING_WORDS = /^(?:killing|killings|assassination|assassinated)$/iu;
/** Kinds of happening in which nobody is taken to have been killed until the text says so. */
const HARMLESS_FAMILIES = new Set(['unrest', 'funerals', 'deployment', 'vote', 'labour strike']);
/** How many tokens before and after a mention a death word is still its happening's. */
const DEATH_BEFORE = 5;
const DEATH_AFTER = 8;

/** A death word among tokens[from, to). */
function deathWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (DEATH_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * A sentence's mentions reduced to what it reports: "killing of an American contractor in a
 * rocket attack" is one rocket attack; "the deaths of 25 members in U.S. airstrikes" one air strike.
 */
function foldHarm(mentions: DetailedEventMention[], text: string): DetailedEventMention[] {
  const harm = mentions.filter((m) => m.label === KILLING);
  if (harm.length === 0) return mentions;
  const others = mentions.filter((m) => m.label !== KILLING && labelInfo(m.label).family !== '*');
  if (others.length === 0) return mentions;
  const out = mentions.filter((m) => m.label !== KILLING);
  // The killings that stay happenings of their own come after the sentence's other mentions, except one set
  // before another happening, which keeps its place so that what it is set after cannot be it (see causedBy).
  const inPlace = new Set<DetailedEventMention>();
  for (const h of harm) {
    // The cause named after the killing takes its date when it has none; only in the killing's own phrase
    // ("Also killed was Muhandis, …, the militia blamed for last week's rocket attack": an aside names another).
    // (Nor one the killing is set after: "The assassination came days after mourners rallied …".)
    const after = others.find((o) => o.tokenIndex > h.tokenIndex);
    const between = after !== undefined ? text.slice(h.end, after.start) : '';
    const setAfter = SET_AFTER.test(between);
    const cause = after !== undefined && !ASIDE_BETWEEN.test(between) && !setAfter ? after : (others.filter((o) => o.tokenIndex < h.tokenIndex).pop() ?? null);
    if (cause === null) {
      if (setAfter && h.subordinateFrom === null) inPlace.add(h);
      else out.push(h);
      continue;
    }
    // "fired missiles …, in retaliation for the killing of Soleimani last week": a killing the
    // sentence gives as the cause of what its main clause reports is a happening of its own.
    if (inCausePhrase(h, text) && cause.start < h.subordinateFrom!) {
      out.push(h);
      continue;
    }
    // "the biggest US strike on these groups since the 2020 killing of Soleimani": the killing measured
    // against is an earlier happening, its year not the strike's, nor one the text has named.
    if (h.subordinateFrom !== null && cause.start < h.subordinateFrom && SINCE_PHRASE.test(text.slice(h.subordinateFrom))) {
      out.push({ ...h, fresh: true, besides: true });
      continue;
    }
    if (cause.date === null && h.date !== null) {
      cause.date = h.date;
      cause.dateEnd = h.dateEnd;
    }
    // And its place when that is a town or a site, perhaps inside the cause's country ("in Somalia's capital,
    // Mogadishu, …, killing 79"); a country may be one of several ("in Iraq and Syria, killing 25").
    if (h.place !== null && !isCountryName(h.place) && (cause.place === null || placeWithin(h.place, cause.place))) cause.place = h.place;
    cause.salience = Math.max(cause.salience, h.salience);
  }
  return inPlace.size === 0 ? out : [...mentions.filter((m) => m.label !== KILLING || inPlace.has(m)), ...out.filter((m) => m.label === KILLING)];
}

/** A phrase that names an earlier happening as a point in time: "since the killing of …". */
const SINCE_PHRASE = /^since\b/iu;

/** Between a killing and a later trigger: "came days after", "hours before": the trigger is another happening, set beside it in time. */
const SET_AFTER = /\b(?:(?:came|comes|happened|took\s+place|occurred)\b(?:\s+[\w-]+){0,2}\s+(?:after|before)|(?:minutes|hours|days|weeks|months|a\s+day|a\s+week)\s+(?:after|before))\b/iu;

/** Between a killing and a later trigger: a comma, a dash or a semicolon sets the trigger in an aside. */
const ASIDE_BETWEEN = /[,;—–]/u;

/** "blamed … for the deaths of hundreds of American troops": those deaths name no happening. */
function withoutCumulativeDeaths(mentions: DetailedEventMention[], text: string): DetailedEventMention[] {
  if (!mentions.some((m) => m.label === KILLING) || !cumulativeToll(text)) return mentions;
  const spans = [...text.matchAll(CUMULATIVE_TOLLS)].map((m) => [m.index, m.index + m[0].length] as const);
  return mentions.filter((m) => m.label !== KILLING || !spans.some(([a, b]) => m.start >= a && m.start < b));
}

function keyOf(e: Working): string {
  return `${e.label}|${e.date ?? ''}|${e.place ?? ''}`;
}

/** A market noun and a move verb in the sentence (MARKET_NOUNS, MARKET_MOVES). */
function marketMove(tokens: readonly Token[]): boolean {
  let noun = false;
  let move = false;
  for (const t of tokens) {
    if (!noun && MARKET_NOUNS.has(t.lower)) noun = true;
    else if (!move && MARKET_MOVES.has(t.lower)) move = true;
    if (noun && move) return true;
  }
  return false;
}

/** A comparison before a trigger: "reminiscent of", "recalling", "likened to", "echoes of", "the worst since". */
const COMPARED_WITH = /\b(?:reminiscent|evocative|recall(?:s|ed|ing)|evok(?:es|ed|ing)|echo(?:es|ed|ing)?(?: of)?|likened (?:it |them )?to|compar(?:ed|ing|isons?) (?:it |them )?(?:to|with)|harking back to|hark(?:s|ed)? back to|memories of|a reminder of|remind(?:s|ed|ing) [\p{L} ]{1,30} of|(?:worst|largest|deadliest|biggest|most serious) [\p{L} ]{0,40}since)\b/iu;

/**
 * Group one article's event mentions into article-level events. Claims about the same
 * happening share one event ("the strikes on Sunday", "Sunday's strikes", "the air
 * strikes"); happenings of different days or kinds stay apart. A sentence without a trigger
 * is about the event of the sentence before it, or, when it names a target ("outside the
 * embassy"), about the article's event at that target. "X took place after Y" reports Y.
 * Undated events get a weak date: from the sentence that sequences them ("took place after"),
 * else, for the article's lead event, the publication day.
 */
export function assignEvents(sentences: SentenceContext[], published: string | null): EventAssignment {
  const pubParsed = parseDay(published);
  const pub = pubParsed ? toIso(pubParsed) : null;
  const pubDay = pubParsed ? { minus30: toIso(addDays(pubParsed, -RECENT_DAYS)), minusPast: toIso(addDays(pubParsed, -PAST_DAYS)) } : null;
  /** A date (or range) ended more than RECENT_DAYS before publication. */
  // Whether a happening ended before a cut-off day (false when either is unknown).
  const endedBefore = (cutoff: string | undefined, date: string | null, dateEnd: string | null): boolean => cutoff !== undefined && date !== null && (dateEnd ?? date) < cutoff;
  const olderThanRecent = (date: string | null, dateEnd: string | null): boolean => endedBefore(pubDay?.minus30, date, dateEnd);
  /** A happening over PAST_DAYS before the page: a flashback. */
  const flashback = (e: Working): boolean => endedBefore(pubDay?.minusPast, e.date, e.dateEnd);
  const events: Working[] = [];
  const bySentence: Array<number | null> = [];
  const mentions: MentionRef[][] = [];
  const sequenceAt: Array<number | null> = [];
  const participantsOf: Array<Set<string>> = [];
  const articlePlaces = new Set<string>();
  for (const s of sentences) for (const p of s.places) articlePlaces.add(p);

  let context: number | null = null;
  let lead: number | null = null;
  const pendingTargets: Array<{ sentence: number; label: string }> = [];
  const capitalSentences: number[] = [];

  // Latest day an undated mention can be: see the loop below.
  const notAfter = new Map<DetailedEventMention, string>();
  /** Bare "the attack"s with no day or place of their own (see findEvent). */
  const definiteBare = new Set<DetailedEventMention>();
  /** Pairs of events "cause|effect" a sentence named apart, the first as the cause of the second: see the pass after the loop. */
  const causeOf = new Set<string>();
  /** Events told in the present perfect, "has crashed", "have stormed": the day's news (see the weak dates). */
  const toldAsNews = new Set<number>();
  /** Events first told by a definite bare mention (see the pass after the loop). */
  const toldDefinite = new Set<number>();
  /** The same with a place of their own ("the incident, … hospitals across Kerman"). */
  const definitePlaced = new Set<DetailedEventMention>();
  /** Undated definite "the strike(s)" (see findEvent). */
  const definiteStrike = new Set<DetailedEventMention>();
  /** Mentions merged so far: an event's lastSeen is the count when it was last mentioned. */
  let mentionsSeen = 0;
  /** Pairs [main, host] of events a sentence set on the same day, the host's day not yet known ("the same day … was attacked"). */
  const sameDayAs: Array<[number, number]> = [];
  /** Mentions inside a phrase of cause or precedence ("after …", "in retaliation for …"). */
  const causeMentions = new Set<DetailedEventMention>();
  /** Per event joined in the current sentence: the subordinate phrases (null: the main clause) of its mentions. */
  const ownersHere = new Map<number, Set<number | null>>();
  /** The current sentence, and where it sets what follows before what it named ("came days after"; -1: nowhere), read when first asked. */
  let sentenceText = '';
  let setAfterAt: number | null = null;
  const merge = (m: DetailedEventMention, sameSentence: number[], create = true): number => {
    // A day counted inside a quotation dates a happening only the article has not named yet.
    if (m.quotedDate && m.date !== null) {
      const k = merge({ ...m, date: null, dateEnd: null, quotedDate: false }, sameSentence, false);
      // (It may still date one named without a day: "launched missiles" then "“last night's attack”".)
      if (k >= 0 && events[k].date === null) {
        events[k].date = m.date;
        events[k].dateEnd = m.dateEnd;
      }
      if (k >= 0) return k;
    }
    // An undated event is taken to be recent: "a truck bombing in 2017" is not today's car bomb.
    const old = olderThanRecent(m.date, m.dateEnd);
    // The day of a saying may follow the happening by a day or two: "said on Monday that the
    // strikes …" is Sunday's strikes when the article has them, and so is Sunday's mention of
    // strikes first dated only by a saying.
    // In the same sentence, a saying's day only says the happening came before it ("Six weeks after Iran
    // fired missiles …, injuries from the attack have risen to 110, the Pentagon said on Friday").
    // A happening dated only by a later saying ("injuries from Iran's missile attack have climbed to 109, the Pentagon said
    // Monday") is the one a mention of the same kind in a main clause dates weeks before, where the places agree ("Iran
    // fired 16 missiles … on Jan. 8"); not "the task force set up following the Soleimani killing on Friday".
    const toldLater = (e: Working): boolean =>
      m.label === e.label && m.subordinateFrom === null && (m.place === null || e.place === null || !placesApart(m.place, e.place));
    const sayingFits = (e: Working, k: number): boolean =>
      (m.sayingDate && m.date !== null && e.date !== null && e.dateEnd === null && daysBefore(e.date, m.date) <= 2) ||
      (m.sayingDate && m.date !== null && e.date !== null && (e.dateEnd ?? e.date) <= m.date && sameSentence.includes(k)) ||
      (e.sayingOnly && m.date !== null && !m.sayingDate && m.dateEnd === null && e.date !== null && daysBefore(m.date, e.date) <= (toldLater(e) ? TOLD_LATER_DAYS : 2));
    // "a rocket attack … near Kirkuk" in an article on a rocket attack at Taji: an undated mention
    // of a place apart from the event's is another happening ("in the Green Zone" fits "in Baghdad").
    // (A dated mention of a place apart joins an event only by its day: "a rocket attack … near Kirkuk" dated by the
    // sentence's 29 December is not an undated rocket attack in the Green Zone.)
    // ("Earlier this month, rockets landed near Baghdad airport": a span of days holds the day of an attack
    // elsewhere without being it.)
    const placeFits = (e: Working): boolean => (m.date !== null && e.date !== null && m.dateEnd === null) || m.place === null || e.place === null || !placesApart(m.place, e.place);
    // A fire or a flood dated on days close together is one happening that went on (see ongoing.ts).
    const ongoingFits = (e: Working): boolean =>
      !m.sayingDate && labelInfo(m.label).family === e.family && ongoingSpansMeet(e.family, m.date, m.dateEnd, e.date, e.dateEnd) &&
      (m.place === null || e.place === null || m.place === e.place || placesNested(m.place, e.place));
    const bound = notAfter.get(m);
    // An undated mention is the article's recent happening before a background one of the same kind
    // ("In late December, U.S. strikes killed 25 …" in a story of March strikes: "the strikes" are March's).
    // Only an old event named after a recent one it could be is background: in a story on how the
    // January 8 attack's toll grew, written in February, "the attack" stays January's.
    const isOld = (e: Working): boolean => olderThanRecent(e.date, e.dateEnd);
    let skipOld = m.date === null && pubDay !== null;
    // The first recent event the mention fits, looked for once per mention.
    let firstRecent: number | undefined;
    const background = (k: number): boolean => {
      if (!isOld(events[k])) return false;
      // ("In 2012, militants attacked the US mission in Benghazi. The attack killed four Americans.": the sentence
      // right after an old happening's goes on with it.)
      if (k === context && bySentence[bySentence.length - 1] === k && flashback(events[k]!)) return false;
      firstRecent ??= events.findIndex((e, j) => !isOld(e) && fits(e, j));
      return firstRecent >= 0 && firstRecent < k;
    };
    // "The assassination came days after … enraged by US airstrikes on Sunday": a phrase of cause set after
    // "came days after" names another happening than the one the sentence's main clause named before it.
    const causedBy = (k: number): boolean => causeMentions.has(m) && ownersHere.get(k)?.has(null) === true && m.start > (setAfterAt ??= sentenceText.search(SET_AFTER)) && setAfterAt >= 0;
    const compatible = (k: number): boolean => fits(events[k], k) && (!m.fresh || sameSentence.includes(k)) && !(m.besides && sameSentence.includes(k)) && !(skipOld && background(k)) && !causedBy(k);
    const fits = (e: Working, k: number): boolean =>
      labelsCompatible(m.label, e.label) &&
      // "Zarif called the killing an act of terrorism" is not the embassy protest before it, which killed no one.
      // A death toll may still be a protest's ("as the death toll from two weeks of clashes rose to 25").
      (m.label !== KILLING || !KILLING_WORDS.test(m.trigger) || e.deadly || !HARMLESS_FAMILIES.has(e.family) || sameSentence.includes(k)) &&
      (datesCompatible(m.date, m.dateEnd, e.date, e.dateEnd) || sayingFits(e, k) || ongoingFits(e)) &&
      !(old && e.date === null) &&
      // "Earlier attacks targeted Al Asad …" then "sealed off roads after the attack": a bare "the attack" is one
      // happening, not one of a run the text named in passing.
      !(e.series && definiteBare.has(m) && !PLURAL_TRIGGER.test(m.trigger)) &&
      placeFits(e) &&
      !(bound !== undefined && e.date !== null && e.date > bound);
    let idx = findEvent(m, sameSentence, compatible);
    if (idx < 0 && skipOld) {
      skipOld = false;
      idx = findEvent(m, sameSentence, compatible);
    }
    if (idx < 0 && !create) return -1;
    if (idx < 0) {
      events.push({ label: m.label, date: m.date, dateEnd: m.dateEnd, weakDate: null, place: m.place, family: labelInfo(m.label).family, sayingOnly: m.sayingDate && m.date !== null, deadly: m.label === KILLING, bareStrike: BARE_STRIKE.test(m.trigger), number: strikeNumber(m.trigger), lastSeen: ++mentionsSeen, series: seriesWord(m, sentenceText), inMain: m.subordinateFrom === null });
      participantsOf.push(new Set());
      return events.length - 1;
    }
    const e = events[idx];
    e.lastSeen = ++mentionsSeen;
    if (m.subordinateFrom === null) e.inMain = true;
    // (A kind or a day of its own makes it one happening; another generic word does not: "any attack harming Americans".)
    if (labelInfo(m.label).family !== '*' || (m.date !== null && !m.sayingDate) || (PLURAL_TRIGGER.test(m.trigger) && !seriesWord(m, sentenceText))) e.series = false;
    if (!BARE_STRIKE.test(m.trigger)) e.bareStrike = false;
    e.number ??= strikeNumber(m.trigger);
    if (e.family === '*') e.family = labelInfo(m.label).family;
    // (A generic word's event named now by a kind is that kind's: "blast" then "ballistic missiles" is a missile strike.)
    if (labelInfo(e.label).generic && !labelInfo(m.label).generic) {
      e.label = m.label;
      if (e.family !== '*' && labelInfo(e.family).generic) e.family = labelInfo(m.label).family;
    } else if (labelInfo(e.label).family === '*' && labelInfo(m.label).family !== '*') e.label = m.label;
    if (e.sayingOnly && m.date !== null && !m.sayingDate) {
      // The happening's own day replaces the day someone spoke about it.
      e.date = m.date;
      e.dateEnd = m.dateEnd;
      e.sayingOnly = false;
    } else if (!(m.sayingDate && (e.date !== null || e.series))) {
      // (A saying's day never moves a date the event already has.) An ongoing happening's dates widen to hold its days.
      const d =
        m.date !== null && e.date !== null && !datesCompatible(m.date, m.dateEnd, e.date, e.dateEnd) && ongoingSpansMeet(e.family, m.date, m.dateEnd, e.date, e.dateEnd)
          ? spanUnion(e.date, e.dateEnd, m.date, m.dateEnd)
          : narrower(e.date, e.dateEnd, m.date, m.dateEnd);
      e.date = d.date;
      e.dateEnd = d.dateEnd;
      if (m.date !== null) e.sayingOnly = m.sayingDate;
    }
    if (e.place === null) e.place = m.place;
    return idx;
  };

  // "fired missiles …, in retaliation for the killing of Soleimani last week": a generic word in a
  // phrase of cause is not the happening the rest of its sentence reports.
  const otherClause = (m: DetailedEventMention, k: number): boolean => causeMentions.has(m) && ownersHere.get(k)?.has(m.subordinateFrom) === false;

  /** The event a mention joins, -1 for a new one. */
  const findEvent = (m: DetailedEventMention, sameSentence: number[], compatible: (k: number) => boolean): number => {
    let idx = -1;
    // "The strikes on the Ain al-Asad airbase" in an article about Iran's missiles: a bare "strikes"
    // is the missile strike (or rocket attack) the text is on, not an air strike of its own.
    const ctxEvent = context !== null ? events[context] : null;
    const projectiles = (e: Working): boolean => PROJECTILE_FAMILIES.has(e.family) && datesCompatible(m.date, m.dateEnd, e.date, e.dateEnd);
    // The missiles the text is on: the context, or the one it named before under a wider word ("tweeted
    // about the attack: 'Missiles launched from Iran …'" then "80 were killed in the strikes").
    let missiles = ctxEvent !== null && projectiles(ctxEvent) ? context : null;
    if (missiles === null && ctxEvent?.family === '*') for (let k = events.length - 1; k >= 0 && missiles === null; k--) if (projectiles(events[k]!)) missiles = k;
    // (Or the one its own sentence named before it: "… after Iran's Jan. 8 ballistic missile attack …, more than a week
    // after Trump said the strike had caused no American casualties", in a page's first sentence.)
    if (missiles === null) for (const k of sameSentence) if (k >= 0 && projectiles(events[k]!)) missiles = k;
    // Not when the article has air strikes of its own ("the US strikes" answering a rocket attack), unless
    // they were over before the missiles, which answer them ("Iran said the strikes were in retaliation for
    // … a US drone strike in Baghdad last week").
    const missilesDate = missiles !== null ? events[missiles]!.date : null;
    const ownStrikes = events.some((e) => e.family === 'strikes' && datesCompatible(m.date, m.dateEnd, e.date, e.dateEnd) &&
      !(m.date === null && missilesDate !== null && e.date !== null && (e.dateEnd ?? e.date) < missilesDate));
    if (!ownStrikes && !m.fresh && BARE_STRIKE.test(m.trigger) && missiles !== null) idx = missiles;
    // "The strike happened on the road out of the airport" after a recap of Sunday's strikes: a definite
    // "the strike" is the latest happening of its label told as one strike, "the strikes" as several.
    const number = definiteStrike.has(m) ? strikeNumber(m.trigger) : null;
    // "the escalating violence in Iraq" is the article's happening in Baghdad too.
    const there = (e: Working): boolean => m.place !== null && (e.place === m.place || (e.place !== null && placeWithin(e.place, m.place)));
    // "Wednesday's attack on Taji" after a quotation's "attacks against our people": a generic word with a
    // place is first the specific happening there (the rocket barrage on Taji), then one of its own label.
    // (A dated or definite one only: "plans to attack American diplomats … in Iraq" is no happening there.)
    if (idx < 0 && m.generic && m.place !== null && (m.date !== null || definitePlaced.has(m))) for (let k = events.length - 1; k >= 0 && idx < 0; k--) if (events[k].family !== '*' && there(events[k]) && compatible(k)) idx = k;
    if (number !== null) for (let k = events.length - 1; k >= 0 && idx < 0; k--) if (events[k].label === m.label && events[k].number === number && compatible(k)) idx = k;
    // Same label first, then (for generic words) the sentence context, then the latest of the family.
    // (An undated mention is first one that has taken place: "Hours after the funeral, a mortar round … landed" is the
    // day's procession, not the burial the page says is to come.)
    const ahead = (e: Working): boolean => m.date === null && published !== null && e.date !== null && e.date > published;
    // "… killed and 25 wounded in strikes on … western Anbar province": an undated mention with a place is first
    // the happening of its label there (the strikes in Iraq), before a later one whose place says nothing of it (Jordan's).
    // (Not a phrase of cause: "struck three sites … after a drone attack on the Erbil air base wounded three" is another happening.)
    if (idx < 0 && m.date === null && m.place !== null && !causeMentions.has(m)) {
      for (let k = events.length - 1; k >= 0 && idx < 0; k--) {
        const e = events[k]!;
        if (e.label === m.label && e.place !== null && (e.place === m.place || placesNested(e.place, m.place)) && !ahead(e) && compatible(k)) idx = k;
      }
    }
    // "US jets struck 85 targets …, the response to a drone attack that killed three soldiers last weekend." then
    // "The strikes lasted 30 minutes": an undated mention goes on with the happening the text is on, not with
    // the cause a phrase of it named later.
    // ("Initial reports put the death toll from those strikes at 25": a demonstrative points at the one named last.)
    if (idx < 0 && m.date === null && context !== null && events[context]!.label === m.label && compatible(context) && !DEMONSTRATIVE_BEFORE.test(sentenceText.slice(Math.max(0, m.start - 40), m.start))) {
      const ctx = context;
      // (Days before it: "had camped outside … after storming its outer perimeter on Tuesday" may be the same siege.)
      const ctxDate = events[ctx]!.date;
      const daysAhead = (e: Working): number => (ctxDate !== null && e.date !== null ? daysBefore(e.dateEnd ?? e.date, ctxDate) : Infinity);
      const later = events.filter((e, k) => k > ctx && e.label === m.label);
      if (later.length > 0 && later.every((e) => !e.inMain && Number.isFinite(daysAhead(e)) && daysAhead(e) >= 2)) idx = ctx;
    }
    for (let k = events.length - 1; k >= 0 && idx < 0; k--) if (events[k].label === m.label && !ahead(events[k]) && compatible(k)) idx = k;
    for (let k = events.length - 1; k >= 0 && idx < 0; k--) if (events[k].label === m.label && compatible(k)) idx = k;
    // "… in a stampede." then "32 people had been killed … in the incident, … hospitals across Kerman": a
    // definite generic word names the happening just told, which named no place to compare.
    if (idx < 0 && definitePlaced.has(m) && context !== null && events[context]!.place === null && events[context]!.family !== '*' && compatible(context)) idx = context;
    // "Kataib Hezbollah did not claim the Taji attack": a generic word with a place is the happening there.
    if (idx < 0 && m.generic && m.place !== null) {
      for (let k = events.length - 1; k >= 0 && idx < 0; k--) if (there(events[k]) && compatible(k)) idx = k;
    }
    if (idx < 0 && m.generic && context !== null && compatible(context) && !otherClause(m, context)) idx = context;
    // "… hurt in the Jan. 8 attack." then "… after Iran's ballistic missile attack on a base in Iraq this month": the
    // bare attack the text was on, named now by its kind.
    // (Only an attack of projectiles, dated: a vote or a crash is no "attack", and an undated mention may be another's.)
    if (idx < 0 && m.date !== null && PROJECTILE_FAMILIES.has(labelInfo(m.label).family) && context !== null && events[context]!.family === '*' && events[context]!.date !== null && compatible(context) && !otherClause(m, context)) idx = context;
    // "Trump blamed Iran for the attack" after a paragraph on troop deployments: a definite bare
    // "the attack", with no day or place of its own, names the article's last happening it can be.
    // (The one last spoken of, not the last one named: after a heading, "On the morning after the attack" is the
    // missile attack the text went on about, not the drone strike its one sentence of background named after it.)
    if (idx < 0 && definiteBare.has(m)) {
      for (let k = events.length - 1; k >= 0; k--) if (events[k].family !== '*' && compatible(k) && (idx < 0 || events[k].lastSeen > events[idx].lastSeen)) idx = k;
    }
    // "condemned air strikes ... and said the attack would have consequences": the same sentence's event.
    // "attacks broke out among hundreds of protesters": generic words join the sentence's own event.
    if (idx < 0 && m.generic) {
      for (let k = sameSentence.length - 1; k >= 0 && idx < 0; k--) if (compatible(sameSentence[k]) && !otherClause(m, sameSentence[k])) idx = sameSentence[k];
    }
    if (idx < 0) {
      for (let k = events.length - 1; k >= 0 && idx < 0; k--) {
        const e = events[k];
        if (!compatible(k)) continue;
        const mi = labelInfo(m.label);
        const ei = labelInfo(e.label);
        if (mi.family === '*' || ei.family === '*') continue; // "attack"/"incident" join only their context
        idx = k;
      }
    }
    return idx;
  };

  /** Each sentence's dates that can date a trigger, on the local days of its places (read again for the happenings known by their day alone). */
  const sentenceDates: DateMention[][] = [];
  // Sentences of text read so far (a page's headings and photo captions left out): the day's news is told in the first few.
  let prose = 0;
  sentences.forEach((s, si) => {
    const proseAt = prose;
    if (!s.heading && !s.caption) prose++;
    // "In 1983 truck bombs exploded at the U.S. embassy in Kuwait …" then a new paragraph: a
    // flashback's happening is named in passing, and what follows is not about it unless it says so.
    const ctx = context !== null ? events[context]! : null;
    const opensParagraph = si === 0 || s.paragraph !== sentences[si - 1]!.paragraph;
    if (ctx && flashback(ctx) && si > 0 && s.paragraph !== undefined && opensParagraph) context = null;
    // A live page's entry tells the news of its hour: "several rockets have struck …" is that day's.
    // (Its context is still the entry above: most entries go on with one story, so carrying on helps more than it harms.)
    const entryLead = s.entry === true && opensParagraph;
    const tokens = tokenize(s.text);
    // An update's "on Wednesday" counts from the update's day.
    const asOf = s.asOf ?? published;
    const dates = onLocalDays(resolveDates(s.text, asOf), s.places);
    const wildfireArticle = events.some((e) => e.family === 'wildfire');
    // (A comparison's start or a year naming another thing dates no trigger, but still says the
    // sentence is not about the happening before it.)
    const triggerDates = withoutIncidentalDates(s.text, dates);
    sentenceDates[si] = triggerDates;
    const detected = withoutCumulativeDeaths(foldHarm(detectEventMentions(s.text, { published: asOf, places: s.places, surfaces: s.placeSurfaces, dates: triggerDates, wildfireArticle }), s.text), s.text);
    // "No one wants to strike" in an article on a doctors' strike: a bare "strike" is that strike.
    // (A labour strike named in the same sentence counts: "walked out in the latest strike".)
    if ((events.some((e) => e.family === 'labour strike') || detected.some((m) => m.label === 'labour strike')) && !events.some((e) => e.family === 'strikes')) {
      for (const m of detected) if (m.label === 'air strikes' && BARE_STRIKE.test(m.trigger)) m.label = 'labour strike';
      // "Tens of thousands of people marched through central Paris" on the strike's day: the strikers' march.
      for (const m of detected) if (m.label === 'protest' && MARCH_VERBS.includes(m.trigger.toLowerCase())) m.label = 'labour strike';
    }
    // "Mourners, … carrying portraits of the two men, marched behind vehicles carrying the coffins": the mourners' march is the funeral.
    // (The mourners themselves: "after the funerals, thousands of supporters marched to the embassy" is a protest.)
    const mourners = detected.find((m) => m.label === 'funerals' && /^mourners$/iu.test(m.trigger) && m.subordinateFrom === null);
    if (mourners) for (const m of detected) if (m.label === 'protest' && m.tokenIndex > mourners.tokenIndex && MARCH_VERBS.includes(m.trigger.toLowerCase())) m.label = 'funerals';
    // "Separately, Iran's air defences shot down …", a newsletter's "3. Markets": what follows is
    // about something else, so nothing carries over and what it names is new.
    const apart = SEPARATE_OPENER.test(s.text);
    // (A live blog's time stamp, "15:48 GMT", heads the next update of the same story.)
    if (apart || (s.heading === true && detected.length === 0 && !TIME_STAMP.test(s.text.trim()))) context = null;
    if (apart) for (const m of detected) m.fresh = true;
    // "Two days later, jets struck …": a day counted from the happening the text was on.
    const later = context !== null ? daysLater(tokens) : null;
    const from = context !== null ? events[context] : null;
    const fromDay = from && from.dateEnd === null ? parseDay(from.date) : null;
    if (later !== null && fromDay) for (const m of detected) if (m.date === null && laterDates(tokens, m.tokenIndex, later.at)) m.date = toIso(addDays(fromDay, later.days));
    // "Jets struck on Sunday, two days after a rocket attack killed …": counted back from the sentence's dated happening.
    // Without a dated happening, the day of the clause before the count: "Iraq's parliament passed a
    // resolution on Sunday, two days after a U.S. air strike in Baghdad killed …".
    // (The dated happening stands before the count: in "The crash came hours after Iran fired missiles … in
    // retaliation for the killing … on Jan. 3" the killing after it is the missiles' cause, not their anchor.)
    // "Six weeks after Iran fired missiles …, the toll has risen to 110, the Pentagon said on Friday": counted from the saying.
    const saying = detected.find((m) => m.date !== null && m.dateEnd === null && m.sayingDate);
    /** Undated mentions set on "the same day" as the one they name, left without a day here: where their phrase starts (see sameDayAs). */
    const sameDayFrom = new Map<DetailedEventMention, number>();
    for (let k = 0; k < detected.length; k++) {
      const m = detected[k]!;
      const offset = m.date === null ? offsetBefore(tokens, m.tokenIndex, m.verb) : null;
      // (Mentions come in the order of the text.)
      const back = m.date === null && offset === null ? daysEarlierAfter(tokens, m.tokenIndex, detected[k + 1]?.tokenIndex ?? Infinity) : null;
      if (back !== null) {
        const dated = detected.find((a) => a !== m && dayOrNight(a.date, a.dateEnd) && !a.sayingDate && a.subordinateFrom === null);
        const datedDay = dated ? parseDay(dated.date) : null;
        if (datedDay) m.date = toIso(addDays(datedDay, -back));
      }
      if (offset === null) continue;
      // ("US aircraft struck … last night, a day after a rocket barrage on Camp Taji killed …": from the night's first day.)
      const anchor = detected.find((a) => dayOrNight(a.date, a.dateEnd) && !a.sayingDate && a.tokenIndex < m.tokenIndex);
      const anchorDay = anchor ? parseDay(anchor.date) : null;
      // "The strikes came two days after a rocket attack …": counted from the dated happening the text is on, named again.
      const named = fromDay !== null && detected.some((a) => a !== m && a.date === null && a.tokenIndex < m.tokenIndex && labelInfo(a.label).family === from!.family);
      const day =
        anchorDay ??
        (anchor === undefined ? (dayBefore(dates, offset.from) ?? (named ? fromDay : null) ?? (saying ? parseDay(saying.date) : null) ?? openingCountDay(tokens, dates, offset.from, m.tokenIndex)) : null);
      if (!day) {
        if (offset.sameDay) sameDayFrom.set(m, offset.from);
        continue;
      }
      // Weeks are a round figure ("six weeks after" the 8th, on the 21st of the next month): give or take three days.
      const slack = Math.abs(offset.days) >= 14 ? 3 : 0;
      m.date = toIso(addDays(day, -offset.days - slack));
      if (slack > 0) m.dateEnd = toIso(addDays(day, -offset.days + slack));
    }
    // "killed in a stampede at his burial in Kerman on Tuesday": a happening at another one is on its day.
    // (Hosts are the mentions dated before this pass, looked up once: a host stands after its guest, so
    // none dated here can be one, and a run of undated triggers stays linear.)
    const hosts = detected.filter((a) => a.date !== null && !a.sayingDate);
    for (const m of hosts.length > 0 ? detected : []) {
      if (m.date !== null) continue;
      const host = hosts.find((a) => a.start > m.end && AT_HAPPENING.test(s.text.slice(m.end, a.start)));
      if (host) {
        m.date = host.date;
        m.dateEnd = host.dateEnd;
      }
    }
    // "Iran shot down a passenger jet hours after the missile attack on January 8": the main clause's
    // undated happening counted on from the dated one it is set after.
    if (!detected.some((m) => m.date !== null && m.subordinateFrom === null)) {
      for (const sub of detected) {
        if (sub.date === null || sub.dateEnd !== null || sub.subordinateFrom === null) continue;
        const offset = offsetBefore(tokens, sub.tokenIndex);
        const day = offset ? parseDay(sub.date) : null;
        if (!offset || !day) continue;
        for (const m of detected) if (m.date === null && m.subordinateFrom === null) m.date = toIso(addDays(day, offset.days));
        break;
      }
    }
    // "Last December, they stormed the embassy after U.S. air strikes killed 25": what the
    // sentence's dated happening came after is not the air strikes of the next month.
    const dated = detected.find((m) => m.date !== null && !m.sayingDate && m.subordinateFrom === null);
    if (dated) {
      for (const m of detected) {
        if (m.date !== null || m.subordinateFrom === null || m.tokenIndex < dated.tokenIndex || /^before\b/iu.test(s.text.slice(m.subordinateFrom))) continue;
        notAfter.set(m, dated.dateEnd ?? dated.date!);
      }
    }
    ownersHere.clear();
    sentenceText = s.text;
    setAfterAt = null;
    for (const m of detected) {
      if (inCausePhrase(m, s.text)) causeMentions.add(m);
      if (labelInfo(m.label).family === '*' && m.date === null && !m.fresh && DEFINITE_BEFORE.test(s.text.slice(Math.max(0, m.start - 6), m.start))) (m.place === null ? definiteBare : definitePlaced).add(m);
      if (m.date === null && !m.fresh && strikeNumber(m.trigger) !== null && DEFINITE_STRIKE_BEFORE.test(s.text.slice(Math.max(0, m.start - 40), m.start))) definiteStrike.add(m);
    }
    const refs: MentionRef[] = [];
    const indexes: number[] = [];
    detected.forEach((m) => {
      const known = events.length;
      const idx = merge(m, indexes);
      indexes.push(idx);
      if (events.length > known && definiteBare.has(m)) toldDefinite.add(idx);
      if (idx >= 0 && (proseAt < NEWS_SENTENCES || entryLead) && m.verb && m.date === null && PRESENT_PERFECT_BEFORE.test(s.text.slice(Math.max(0, m.start - 24), m.start))) toldAsNews.add(idx);
      // "Iran has fired 22 ballistic missiles at …", "has launched a barrage of rockets": the object of a present perfect.
      // ("… several rockets have struck Ain al-Asad": the projectile as the subject of one.)
      if (idx >= 0 && (proseAt < NEWS_SENTENCES || entryLead) && !m.verb && m.date === null && (PRESENT_PERFECT_OBJECT.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || PRESENT_PERFECT_VICTIM.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || PRESENT_PERFECT_AFTER.test(s.text.slice(m.end, m.end + 40)))) toldAsNews.add(idx);
      // The headline present of a summary or a lead ("Flight PS752 crashes after take-off from Tehran, killing all 176").
      if (idx >= 0 && proseAt < NEWS_SENTENCES && m.verb && m.date === null && HEADLINE_PRESENT.test(m.trigger)) toldAsNews.add(idx);
      // "About 750 soldiers will deploy to the region immediately", "The Pentagon is sending 3,000 more
      // troops", "Esper has authorised the deployment of …": a deployment announced as the day's news.
      if (idx >= 0 && proseAt < NEWS_SENTENCES && m.label === 'deployment' && m.date === null && announcedDeployment(s.text, m)) toldAsNews.add(idx);
      const owners = ownersHere.get(idx) ?? new Set<number | null>();
      owners.add(causeMentions.has(m) ? m.subordinateFrom : null);
      ownersHere.set(idx, owners);
      const rel = RELATIVE_AFTER.exec(s.text.slice(m.end, m.end + 40));
      PARTICIPLE_AFTER.lastIndex = m.end;
      let part = m.subordinateFrom !== null ? PARTICIPLE_AFTER.exec(s.text) : null;
      // "two days after more than 30 rockets were fired at a base, killing a contractor": after a clause of
      // its own the participle is that clause's.
      if (part && FINITE_VERB.test(s.text.slice(m.subordinateFrom!, part.index))) part = null;
      refs.push({ start: m.start, end: m.end, event: idx, subordinateFrom: m.subordinateFrom, relativeFrom: rel ? m.end + rel[0].length : null, participleFrom: part ? part.index : null });
      for (const p of s.participants) participantsOf[idx].add(p);
    });
    mentions.push(refs);
    // "An infantry battalion is being deployed the same day a U.S. Embassy in Iraq was attacked": an
    // undated main clause on the day of the happening it is set by, once that one has its day.
    detected.forEach((sub, i) => {
      const from = sameDayFrom.get(sub);
      if (from === undefined || sub.date !== null || indexes[i]! < 0) return;
      detected.forEach((m, k) => {
        if (k < i && m.date === null && m.subordinateFrom === null && m.end <= from && indexes[k]! >= 0 && indexes[k] !== indexes[i]) sameDayAs.push([indexes[k]!, indexes[i]!]);
      });
    });
    // (One named as the other's cause: "fired missiles … in retaliation for the US killing of Soleimani".)
    // (Over the sentence's distinct events, not its mentions: a run of triggers stays linear.)
    const causes = new Set<number>();
    const effects = new Set<number>();
    detected.forEach((m, i) => {
      if (indexes[i]! >= 0) (causeMentions.has(m) ? causes : effects).add(indexes[i]!);
    });
    for (const c of causes) for (const e of effects) if (c !== e) causeOf.add(`${c}|${e}`);
    // Deaths near a mention ("strikes killed 25", "were killed in US strikes") are that happening's.
    detected.forEach((m, k) => {
      const until = k + 1 < detected.length ? detected[k + 1].tokenIndex : tokens.length;
      if (indexes[k] >= 0 && deathWithin(tokens, m.tokenIndex - DEATH_BEFORE, Math.min(until, m.tokenIndex + DEATH_AFTER))) events[indexes[k]].deadly = true;
    });

    let main: number | null = null;
    let mainIsVerb = false;
    let cueOffset: number | null = null;
    if (detected.length > 0) {
      const cue = sequenceCueAt(tokens);
      const afterCue = cue >= 0 ? detected.findIndex((m) => m.tokenIndex >= cue) : -1;
      const beforeCue = cue >= 0 ? detected.findIndex((m) => m.tokenIndex < cue) : -1;
      if (afterCue >= 0 && beforeCue >= 0) {
        // "Tuesday's protest took place after funerals were held": the funerals are the news,
        // and they happened shortly before, on the same day unless the article says otherwise.
        main = indexes[afterCue];
        cueOffset = tokens[cue - 1].start;
        const before = events[indexes[beforeCue]];
        const after = events[main];
        if (after.weakDate === null && before.date !== null && before.dateEnd === null) after.weakDate = before.date;
      } else {
        let best = -1;
        detected.forEach((m, k) => {
          if (m.salience >= 0 && (best < 0 || m.salience > detected[best].salience)) best = k;
        });
        // "The images were reminiscent of the 1979 seizure …, and, for Trump, of the 2012 attack in Benghazi":
        // a happening of years before, brought up to compare, is not what the text goes on with.
        // (The cheap date test first: few happenings are flashbacks, so the comparison regexp seldom runs.)
        if (best >= 0 && flashback(events[indexes[best]]!) && COMPARED_WITH.test(s.text.slice(0, detected[best].start))) best = -1;
        if (best >= 0) {
          main = indexes[best];
          mainIsVerb = detected[best].verb;
          // "Hours after the missile attack, Iran's Revolutionary Guard shot down a jetliner": the same day, unless the text says otherwise.
          const opener = HOURS_AFTER.exec(s.text);
          const earlier = opener ? detected.findIndex((m, k) => m.end <= opener[0].length && indexes[k] !== main) : -1;
          if (earlier >= 0) {
            const before = events[indexes[earlier]];
            if (events[main].weakDate === null && before.date !== null && before.dateEnd === null) events[main].weakDate = before.date;
          }
        }
      }
    }
    if (main === null) {
      // No trigger in the main clause: a named target ("outside the embassy") or the previous sentence.
      let label: string | null = null;
      let targetEnd = -1;
      for (const t of tokens) {
        const base = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
        if (WEAK_TARGET_LABELS_MAP.has(base)) {
          label = WEAK_TARGET_LABELS_MAP.get(base)!;
          targetEnd = t.end;
          break;
        }
      }
      const targeted = label === null ? -1 : events.findIndex((e) => e.label === label);
      // "The U.S. Embassy in Baghdad, which was besieged … earlier this week, urged …": the target's
      // happening told in an aside is background; the sentence goes on with the one the text is on,
      // and the aside's day is the aside's.
      // (Only an aside on the target itself: "Trump, who accused Iran of the violence, tweeted that the embassy …" is about the embassy.)
      const asides = detected.filter((m, k) => indexes[k] === targeted && m.aside && m.subordinateFrom !== null && m.subordinateFrom > targetEnd && ANTECEDENT_GAP.test(s.text.slice(targetEnd, m.subordinateFrom)));
      const toldAside = targeted >= 0 && asides.length > 0;
      const inAside = (d: DateMention): boolean => asides.some((m) => d.start >= m.subordinateFrom! && d.end <= asideEnd(s.text, m.end));
      // The day someone spoke ("threatened on Tuesday", "on Monday accused") says nothing of what they spoke about.
      // ("the largest crowd since the funeral of Khomeini in 1989", "the biggest strike since the 2020 killing of
      // Soleimani": the day of the happening compared with is its own, after or before its trigger.)
      const subordinateDay = (d: DateMention): boolean =>
        detected.some((m) => m.subordinateFrom !== null && m.salience < 0 && m.date === d.date && d.start >= m.subordinateFrom && SUPERLATIVE_BEFORE.test(s.text.slice(Math.max(0, m.subordinateFrom - 80), m.subordinateFrom)));
      // ("The quake was the strongest in a sequence that began on Dec. 28": the day the run began, not the quake's.)
      const own = dates.filter((d) => !besideCue(s.text, d) && !inAside(d) && !subordinateDay(d) && !seriesStart(s.text, d));
      // "In 2011, the last U.S. troops left Iraq": a sentence dated apart from a happening is not about it.
      const datedApart = (e: Working): e is Working & { date: string } => e.date !== null && own.length > 0 && !own.some((d) => datesCompatible(d.date, d.dateEnd, e.date, e.dateEnd));
      if (targeted >= 0 && !(toldAside && context !== null && context !== targeted)) {
        // "his role in the 1983 bombings of the US and French embassies": a target dated apart is another happening's.
        main = datedApart(events[targeted]!) ? null : targeted;
      } else {
        if (label !== null && !toldAside) pendingTargets.push({ sentence: si, label });
        main = context ?? (indexes.length > 0 ? indexes[0] : null);
        // "Earlier attacks targeted …" then "… sealed off roads around the base after the attack": the one
        // happening the sentence names goes on, not the run of them the text named in passing.
        const single = main !== null && events[main]!.series ? indexes.find((x) => x >= 0 && !events[x]!.series) : undefined;
        if (single !== undefined) main = single;
        // "'It is clear that these missiles were launched from Iran …,' the Pentagon said" after a sentence on a
        // stampede: a quotation that names only the page's lead happening comes back to it.
        // (The lead, or the happening the page's first sentences are on.)
        const top = lead ?? bySentence.slice(0, 2).find((k) => k !== null) ?? null;
        if (top !== null && context !== null && context !== top && indexes.length > 0 && indexes.every((x) => x === top) && !detected.some((m) => causeMentions.has(m))) main = top;
        // "Oil prices jumped 4% on the news": the market's reaction is not the happening (the next sentence may still be).
        if (main !== null && marketMove(tokens)) main = null;
        // "blamed for the deaths of hundreds of American troops during the Iraq war": a record over
        // years, not a toll of the happening the text is on.
        if (main !== null && cumulativeToll(s.text)) main = null;
        const cur = main !== null ? events[main] : null;
        if (cur && datedApart(cur)) {
          // "By Sunday night it had burned 9,340 acres": a fire goes on; its span widens to the day.
          const ongoingDay = own.find((d) => ongoingSpansMeet(cur.family, d.date, d.dateEnd, cur.date, cur.dateEnd));
          if (ongoingDay) {
            const span = spanUnion(cur.date, cur.dateEnd, ongoingDay.date, ongoingDay.dateEnd);
            cur.date = span.date;
            cur.dateEnd = span.dateEnd;
          } else main = null;
        }
        // "Suleimani was killed in the early hours of Friday": the day of the harm is the day of the
        // happening it continues, before a background "US airstrikes on Sunday" can date it.
        else if (cur && cur.date === null && own.length === 1 && KILLED_PASSIVE.test(s.text)) {
          cur.date = own[0].date;
          cur.dateEnd = own[0].dateEnd;
        }
      }
    }
    // The lead: an article that opens with "protesters have attacked the embassy" reports it as the day's news.
    if (lead === null && si < 3 && main !== null && mainIsVerb) lead = main;
    if (main !== null && s.table !== true) context = main;
    // "Three of those killed were Iraqi soldiers": deaths in a sentence about one happening only.
    if (main !== null && indexes.every((x) => x === main) && deathWithin(tokens, 0, tokens.length)) events[main].deadly = true;
    bySentence.push(main);
    sequenceAt.push(cueOffset);
    // (The phrase cannot match without the word.)
    if (s.text.includes('capital') && CAPITAL_PHRASE.test(s.text)) capitalSentences.push(si);
  });

  // Generic events that turn out to be one specific event ("attacks broke out among protesters" and,
  // later, "the embassy attack") are merged when exactly one specific event of their family fits.
  const remap = events.map((_e, k) => k);
  // A bare "attack" joins a specific event only on the same day, at the same place when it names
  // one ("Friday's attack on the K1 base" and "a rocket attack near Kirkuk" two days before Sunday;
  // "denied any role in Friday's attack" and Friday's rocket attack).
  const samePlace = (a: string | null, b: string | null): boolean => a !== null && b !== null && (a === b || placesNested(a, b));
  // ("The count … after the Jan. 8 strike on Al Asad" and "Iran's Jan. 8 ballistic missile attack on Al Asad":
  // a bare "strike" of a day and place the missile strike has is that strike; "the Jan. 8 attack …" and
  // "Iran's missile strike … this month" are one, as "the blast" would be.)
  events.forEach((e, k) => {
    const strikeWord = e.bareStrike && e.family === 'strikes' && e.date !== null && e.dateEnd === null;
    if (!labelInfo(e.label).generic && !strikeWord) return;
    const bare = e.family === '*';
    // (A night across midnight, "last night's attack" in a morning paper, is as good as one day.)
    const night = bare && e.date !== null && e.dateEnd !== null && diffDays(parseDay(e.date)!, parseDay(e.dateEnd)!) === 1;
    if (bare && (e.date === null || (e.dateEnd !== null && !night))) return;
    const also = labelInfo(e.label).alsoJoins ?? [];
    const fits = events
      .map((s2, j) => ({ s2, j }))
      // (Not one a sentence named as the other's cause: "fired ballistic missiles … in retaliation for the US killing of Soleimani in Baghdad on January 3".)
      .filter(({ s2, j }) => j !== k && remap[j] === j && !labelInfo(s2.label).generic && !causeOf.has(`${k}|${j}`) &&
        (bare
          ? (s2.dateEnd === null && (s2.date === e.date || (night && s2.date === e.dateEnd))) || ongoingSpansMeet(s2.family, s2.date, s2.dateEnd, e.date, e.dateEnd) ||
            // "a rocket attack on an Iraqi military base near Kirkuk" (undated) and "Friday's attack on the K-1 base": one, by its place.
            (s2.date === null && e.place !== null && samePlace(e.place, s2.place))
          : strikeWord
            ? PROJECTILE_FAMILIES.has(s2.family) && s2.date === e.date && (e.place === null || samePlace(e.place, s2.place))
            : (labelInfo(s2.label).family === e.family || (e.date !== null && s2.date !== null && also.includes(s2.family))) && datesCompatible(e.date, e.dateEnd, s2.date, s2.dateEnd)) &&
        (!bare || e.place === null || samePlace(e.place, s2.place)));
    if (fits.length !== 1) return;
    const { s2, j } = fits[0];
    // ("the death toll" of a quake's second day: the quake's span widens to it.)
    const d = bare && s2.date !== null && !datesCompatible(e.date, e.dateEnd, s2.date, s2.dateEnd) ? spanUnion(s2.date, s2.dateEnd, e.date!, e.dateEnd) : narrower(s2.date, s2.dateEnd, e.date, e.dateEnd);
    s2.date = d.date;
    s2.dateEnd = d.dateEnd;
    if (s2.place === null) s2.place = e.place;
    if (s2.weakDate === null) s2.weakDate = e.weakDate;
    for (const p of participantsOf[k]) participantsOf[j].add(p);
    remap[k] = j;
  });
  // "Iraqi leaders condemned the raids on Kataib Hezbollah …" as the first line, then "Sunday's strikes killed 25 …":
  // a definite bare "the raids" told before any happening it could be, and never dated or named by a specific
  // word after, is the happening the article is mostly on, when one is (twice the sentences of any other it could be).
  const sentencesOf = new Map<number, number>();
  for (const k of bySentence) if (k !== null) sentencesOf.set(remap[k]!, (sentencesOf.get(remap[k]!) ?? 0) + 1);
  events.forEach((e, k) => {
    if (e.family !== '*' || e.date !== null || remap[k] !== k || !toldDefinite.has(k)) return;
    const ranked = events
      .map((s2, j) => ({ j, n: sentencesOf.get(j) ?? 0, s2 }))
      .filter(({ s2, j }) => j !== k && remap[j] === j && s2.family !== '*' && !UNHARMFUL.has(s2.family) && (e.place === null || s2.place === null || samePlace(e.place, s2.place)))
      .sort((a, b) => b.n - a.n);
    const top = ranked[0];
    if (!top || top.n < 3 || (ranked[1] !== undefined && top.n < 2 * ranked[1].n)) return;
    for (const p of participantsOf[k]) participantsOf[top.j].add(p);
    remap[k] = top.j;
  });
  if (remap.some((to, k) => to !== k)) {
    const kept = events.map((_e, k) => k).filter((k) => remap[k] === k);
    const newIndex = new Map(kept.map((k, n) => [k, n]));
    const to = (k: number): number => newIndex.get(remap[k])!;
    for (let i = 0; i < bySentence.length; i++) if (bySentence[i] !== null) bySentence[i] = to(bySentence[i]!);
    for (const refs of mentions) for (const r of refs) r.event = to(r.event);
    if (lead !== null) lead = to(lead);
    const news = [...toldAsNews].map(to);
    for (const pair of sameDayAs) {
      pair[0] = to(pair[0]);
      pair[1] = to(pair[1]);
    }
    toldAsNews.clear();
    for (const k of news) toldAsNews.add(k);
    const keptEvents = kept.map((k) => events[k]);
    const keptParticipants = kept.map((k) => participantsOf[k]);
    events.length = 0;
    events.push(...keptEvents);
    participantsOf.length = 0;
    participantsOf.push(...keptParticipants);
  }

  // A target named before its event was detected ("outside the embassy" in the first lines).
  for (const p of pendingTargets) {
    const targeted = events.findIndex((e) => e.label === p.label);
    if (targeted >= 0) bySentence[p.sentence] = targeted;
  }

  // "funerals were held in the capital": the capital of a country the article names, if the article names that city too.
  for (const si of capitalSentences) {
    const at = sentences[si].text.search(CAPITAL_PHRASE);
    // The trigger closest before "the capital" ("funerals were held in the capital").
    const refs = mentions[si].filter((r) => r.end <= at);
    const ref = refs[refs.length - 1];
    if (!ref) continue;
    const e = events[ref.event];
    if (e.place !== null && !isCountry(e.place)) continue;
    // (An event placed in a country goes to that country's capital only, never to another's the article names.)
    const city = capitalNamed(articlePlaces, e.place);
    if (city !== null) e.place = city;
  }

  // Weak dates: sequenced events, then the lead event on the publication day.
  for (const [main, host] of sameDayAs) {
    const e = events[main];
    const h = events[host];
    if (e && h && e.date === null && e.weakDate === null && h.date !== null && h.dateEnd === null) e.weakDate = h.date;
  }
  events.forEach((e, k) => {
    if (e.date !== null) return;
    if (e.weakDate !== null) e.date = e.weakDate;
    else if ((k === lead || toldAsNews.has(k)) && pub !== null) e.date = pub;
  });

  const seen = new Map<string, number>();
  const out: ArticleEvent[] = events.map((e, k) => {
    let key = keyOf(e);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    if (n > 0) key = `${key}#${n + 1}`;
    return { key, label: e.label, date: e.date, dateEnd: e.dateEnd, place: e.place, participants: [...participantsOf[k]] };
  });
  return withDatedHappenings({ events: out, bySentence, mentions, sequenceAt }, sentences, sentenceDates);
}

/** A verb in the headline present: "crashes", "fires", "launches", "kills". */
const HEADLINE_PRESENT = /^\p{L}+(?<!ss)(?<![aiu]s)s$/u;

/** A deployment told as under way or ahead: "will deploy", "will be deployed", "is sending", "sends", "authorised the deployment". */
function announcedDeployment(text: string, m: DetailedEventMention): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (m.verb) return DEPLOY_AHEAD_BEFORE.test(before) || /^(?:sends|deploys)$/iu.test(m.trigger);
  return /^deployment$/iu.test(m.trigger) && DEPLOYMENT_ORDERED_BEFORE.test(before);
}
const DEPLOY_AHEAD_BEFORE = /\b(?:will|would|is|are|am)\s+(?:(?:now|also|immediately|soon|quickly)\s+)?(?:be\s+|being\s+)?$/iu;
const DEPLOYMENT_ORDERED_BEFORE = /\b(?:authori[sz]ed|ordered|approved|announced)\s+(?:the\s+)?(?:immediate\s+)?$/iu;

/** The top of a page (its lead, a summary's points) where a happening in the present perfect is the day's news. */
const NEWS_SENTENCES = 8;
/** A present perfect of firing and its object's first words, before a projectile's trigger. */
const PRESENT_PERFECT_OBJECT = /\b(?:has|have)\s+(?:(?:now|just|reportedly|also|allegedly|apparently)\s+)?(?:fired|launched|unleashed|lobbed|carried\s+out|conducted)\s+(?:[\p{L}\p{N},'’-]+\s+){0,4}$/iu;
/** The victim of one in the present perfect: "has been martyred in a US airstrike", "have been killed in an attack". */
const PRESENT_PERFECT_VICTIM = /\b(?:has|have)\s+been\s+(?:killed|martyred|slain|assassinated)\s+(?:in|by)\s+(?:[\p{L}\p{N},'’-]+\s+){0,4}$/iu;
/** A present perfect of landing right after a projectile's trigger: "rockets have struck", "missiles have hit". */
const PRESENT_PERFECT_AFTER = /^\s+(?:have|has)\s+(?:(?:just|reportedly|now|also)\s+)?(?:struck|hit|landed|exploded|slammed|rained\s+down)\b/iu;
/** "has crashed", "have now stormed": a happening told as news of the day. */
const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:now|just|reportedly|also|allegedly|apparently)\s+)?$/iu;
/** Between a target and the relative clause on it: "Embassy in Baghdad, which". */
const ANTECEDENT_GAP = /^(?:\s+(?:in|at|on|near|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?\s*,\s*$/u;

/** A superlative the phrase after it is measured against: "the largest in the capital since …", "the first time since …". */
const SUPERLATIVE_BEFORE = /\b(?:largest|biggest|highest|lowest|worst|best|deadliest|bloodiest|greatest|strongest|heaviest|longest|fewest|most\s+\p{L}+|least\s+\p{L}+|first(?:\s+time)?)\b[^,;.]{0,60}$/iu;

/** Where an aside opened before `from` closes: its next comma, dash or bracket, else the sentence's end. */
function asideEnd(text: string, from: number): number {
  const close = text.slice(from).search(/[,;—–)]/u);
  return close < 0 ? text.length : from + close;
}

/** Subordinators that name another, earlier happening (see SUBORDINATORS; not "amid", not a relative clause). */
// (", whose killing on Friday": a person's story told in passing is another happening too.)
const CAUSE_PHRASE = /^(?:after|following|before|over|angered|angry|anger|enraged|in\s+(?:protest|response|retaliation|revenge)|retaliation|retaliating|to\s+protest|whose|who)\b/iu;
function inCausePhrase(m: DetailedEventMention, text: string): boolean {
  return m.subordinateFrom !== null && CAUSE_PHRASE.test(text.slice(m.subordinateFrom, m.subordinateFrom + 24));
}

/** A bare "strike(s)": the word of an air strike, and of the missiles or rockets an article is on. */
const BARE_STRIKE = /^strikes?$/iu;

type StrikeNumber = 'one' | 'many';
/** "strike" / "drone strike" is one, "strikes" / "air strikes" several; null for other words. */
function strikeNumber(trigger: string): StrikeNumber | null {
  return /\bstrike$/iu.test(trigger) ? 'one' : /\bstrikes$/iu.test(trigger) ? 'many' : null;
}
/** "the strike", "the US strike", "that drone strike": a definite mention, up to two words between. */
const DEFINITE_STRIKE_BEFORE = /\b(?:the|this|that)\s+(?:[\p{L}.-]+\s+){0,2}$/iu;
/** Happenings of fired projectiles, which a bare "strike" may name. */
const PROJECTILE_FAMILIES: ReadonlySet<string> = new Set(['missile strike', 'rocket attack']);

/** "the attack", "this attack": a determiner that points back, right before the trigger. */
const DEFINITE_BEFORE = /\b(?:the|this|that)\s+$/iu;
/** "those strikes", "that deadly attack": a demonstrative, up to two words before the trigger. */
const DEMONSTRATIVE_BEFORE = /\b(?:those|these|this|that)\s+(?:[\p{L}.-]+\s+){0,2}$/iu;
const KILLED_PASSIVE = /\b(?:was|were|been) killed\b/u;
/**
 * Harm counted over a span of years: "blamed … for the deaths of", "during the Iraq war", "over
 * the years", "since 2003", and hundreds or thousands of one side's troops killed ("forces under
 * his command killed hundreds of US troops", "its proxies have killed hundreds of Americans").
 */
export const CUMULATIVE_TOLL = new RegExp(
  [
    String.raw`\b(?:blamed|responsible|held responsible|accused)\b[^.;]{0,60}?\bfor\s+(?:the\s+)?deaths?\s+of\b`,
    String.raw`\b(?:during|in|throughout)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}war\b`,
    String.raw`\b(?:over|in)\s+(?:the\s+)?(?:past|last|recent)\s+(?:(?:few|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades?)\b`,
    String.raw`\bover\s+the\s+(?:years|decades)\b`,
    String.raw`\bover\s+an?\s+(?:extended|long|prolonged)\s+period\b`,
    String.raw`\bsince\s+(?:19|20)\d\d\b`,
    String.raw`\b(?:killed|deaths?\s+of)(?:\s+or\s+(?:badly\s+|seriously\s+)?(?:wounded|injured|maimed))?\s+(?:hundreds|thousands)\s+of\s+(?:U\.?S\.?\s+|American\s+|coalition\s+)?(?:troops|soldiers|service\s?members|servicemen|Americans)\b`,
  ].join('|'),
  'u',
);
const CUMULATIVE_TOLLS = new RegExp(CUMULATIVE_TOLL.source, 'gu');
/** Each branch of CUMULATIVE_TOLL (case-sensitive) needs one of these words, so a sentence with none cannot match. */
const CUMULATIVE_NEEDLES = ['death', 'war', 'years', 'decade', 'period', 'since', 'hundreds', 'thousands'];

/** CUMULATIVE_TOLL.test, run only on text that has one of the words it needs. */
export function cumulativeToll(text: string): boolean {
  return CUMULATIVE_NEEDLES.some((w) => text.includes(w)) && CUMULATIVE_TOLL.test(text);
}

/** ", killing all 176": a participle clause saying what the main clause's happening did. */
const PARTICIPLE_AFTER = /,\s+(?:killing|wounding|injuring|leaving)\b/gu;

const FINITE_VERB = /\b(?:was|were|is|are|had|has|have|\p{L}{2,}ed)\b/u;

/** A relative clause opening right after a trigger (or its day: "airstrikes on Sunday that"): its figures are that happening's. */
const RELATIVE_AFTER = /^(?:\s+(?:on|last|this|early|late)\s+\p{L}+)?,?\s+(?:in which|during which|in whichever|where|which|that)\s/u;

/** A live blog's time stamp heading an update: "15:48 GMT", "9.12am", "Updated 14:32 BST". */
const TIME_STAMP = /^(?:updated?\s+(?:at\s+)?)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|IST|AEST|AEDT|local time)?$/iu;

/** Openers that turn to another matter. */
const SEPARATE_OPENER = /^(?:Separately|In other news|Elsewhere|In (?:a |an )?(?:separate|unrelated) (?:development|incident|attack|event|case|move)|In an unrelated development)\b/u;

/** "the capital", not "the capital of the Kurdish region" (which names its own) nor "the capital's". */
const CAPITAL_PHRASE = /\bthe (?:[A-Z][a-z]+ )?capital\b(?!'s| of\b)/;

function isCountry(place: string): boolean {
  return CAPITALS_MAP.has(place);
}

function capitalNamed(places: Set<string>, country: string | null): string | null {
  if (country !== null) {
    const own = CAPITALS_MAP.get(country);
    return own !== undefined && places.has(own) ? own : null;
  }
  for (const p of places) {
    if (!CAPITALS_MAP.has(p)) continue;
    const city = CAPITALS_MAP.get(p)!;
    if (places.has(city)) return city;
  }
  return null;
}

/**
 * The event a part of a sentence is about. Triggers inside the span count, unless the span
 * itself subordinates them ("had approached the embassy after American air strikes" is about
 * the embassy, "American air strikes killed 25 fighters" about the strikes); else a trigger
 * right before the span ("... air strikes | killed 25 fighters"); else the sentence's event.
 */
export function eventForSpan(assignment: EventAssignment, sentence: number, start: number, end: number, figureAt: number | null = null, text: string | null = null): number | null {
  const chosen = spanEvent(assignment, sentence, start, end);
  if (figureAt === null || chosen === null) return chosen;
  const counted = (k: number): boolean => TOLL_FAMILIES.has(labelInfo(assignment.events[k]?.label ?? '').family);
  // "…, where more than 50 people were killed in a stampede": the happening the toll's verb names right
  // after it is the toll's.
  const named = text === null ? undefined : (assignment.mentions[sentence] ?? []).find((r) => r.start > figureAt && r.start <= end && KILLED_IN.test(text.slice(figureAt, r.start)));
  if (named && named.event !== chosen && counted(named.event)) return named.event;
  const refs = (assignment.mentions[sentence] ?? []).filter((r) => r.start >= start && r.end <= figureAt);
  const last = refs[refs.length - 1];
  if (!counted(chosen)) {
    // "The protesters were angry over U.S. airstrikes on Sunday that killed 25 fighters": a toll in
    // the relative clause of a happening that kills is that happening's, and so is the claim.
    return last && last.event !== chosen && counted(last.event) && last.relativeFrom != null && figureAt >= last.relativeFrom ? last.event : chosen;
  }
  // "shot down a passenger jet hours after the missile attack on January 8, killing all 176": the
  // participle goes with the main clause, not the phrase subordinated before it.
  if (last && last.participleFrom != null && figureAt >= last.participleFrom) return chosen;
  // "the strikes were in response to a rocket attack … that killed one contractor": the toll is
  // the rocket attack's, and so is the claim, when that trigger is the last one before the figure
  // (not when the claim counts its own happening first: "it struck five facilities … in response
  // to a rocket attack that killed a contractor" is about the strikes).
  const own = last !== undefined && text !== null && countsOwn(text, refs, chosen, last);
  if (last && last.event !== chosen && counted(last.event) && !own) return last.event;
  // "The strikes came as Iraq is gripped by protests in which more than 400 people have been
  // killed since October": a toll inside the relative clause of another happening is that one's.
  if (last && last.event !== chosen && last.relativeFrom != null && figureAt >= last.relativeFrom && !own) return last.event;
  return chosen;
}

/** A count between the claim's own trigger and a later one: "struck five facilities … in response to a rocket attack". */
function countsOwn(text: string, refs: readonly MentionRef[], chosen: number, last: MentionRef): boolean {
  const own = refs.find((r) => r.event === chosen && r.end <= last.start);
  return own !== undefined && OWN_COUNT.test(text.slice(own.end, last.start));
}
const OWN_COUNT = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|several|scores)\s+(?:[\p{L}-]+\s+){0,3}?(?:sites|facilities|targets|positions|bases|depots|locations|camps|installations|missiles|rockets|drones|strikes)\b/iu;

/** Happenings whose tolls are counted: a casualty figure belongs to the one named right before it. */
const TOLL_FAMILIES = new Set(['strikes', 'rocket attack', 'missile strike', 'car bombing', 'plane crash', 'stampede']);
/** From a toll's figure to the happening its verb names: "50 people were killed in a ", "12 died in the ". */
const KILLED_IN = /^[^.;,]{0,40}?\b(?:killed|died|dead|injured|wounded|crushed|trampled|hurt)\s+(?:in|during)\s+(?:a|an|the)\s+$/u;

function spanEvent(assignment: EventAssignment, sentence: number, start: number, end: number): number | null {
  const refs = assignment.mentions[sentence] ?? [];
  const main = assignment.bySentence[sentence] ?? null;
  // "Tuesday's protest took place after funerals were held": a span across the cue reports the funerals.
  const cue = assignment.sequenceAt?.[sentence] ?? null;
  if (cue !== null && start <= cue && cue < end) return main;
  const inside = refs.filter((r) => r.start >= start && r.end <= end);
  const heads = inside.filter((r) => r.subordinateFrom === null || r.subordinateFrom < start);
  if (heads.length > 0) return heads.some((r) => r.event === main) ? main : heads[0].event;
  if (inside.length > 0) return main ?? inside[0].event;
  const before = refs.filter((r) => r.end <= start && start - r.end <= 3);
  if (before.length > 0) return before[before.length - 1].event;
  return main;
}
