import type { Qualifier, Quantity } from '../../domain';
import { monthOf, weekdayOf } from '../events/calendarWords';
import { matchWords, tokenize, type Token } from './tokenize';
import { parseDigits, SCALE_WORDS, SIMPLE_NUMBER_WORDS, simpleNumberWord, VAGUE_PHRASES, VAGUE_PLURALS, VAGUE_WORDS } from './numberWords';
import { QUALIFIER_PHRASES, TRAILING_QUALIFIERS } from './qualifiers';
import { CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, TIME_UNITS, UNIT_PHRASES, UNIT_WORDS } from './units';
import { CASUALTY_PREDICATES, PREDICATE_FORMS, PREDICATE_PHRASES, VERB_FILLERS } from './predicates';
import { IRREGULAR_PLURALS, KEPT_MODIFIERS, NOT_PLURAL, NP_STOPS } from './subjectWords';
import { TOLL_BREAKS, tollRisesAt } from './tollRises';

// Word tables as Maps: token words are fresh strings, and a Map look-up hashes them where a
// property look-up on a plain object must first internalise them (about twice as slow).
const PREDICATE_FORMS_MAP = new Map(Object.entries(PREDICATE_FORMS));
const UNIT_WORDS_MAP = new Map(Object.entries(UNIT_WORDS));
const CURRENCY_CODES_MAP = new Map(Object.entries(CURRENCY_CODES));
const CURRENCY_SIGNS_MAP = new Map(Object.entries(CURRENCY_SIGNS));
const CURRENCY_WORDS_MAP = new Map(Object.entries(CURRENCY_WORDS));
const SCALE_WORDS_MAP = new Map(Object.entries(SCALE_WORDS));
const VAGUE_PLURALS_MAP = new Map(Object.entries(VAGUE_PLURALS));
const VAGUE_WORDS_MAP = new Map(Object.entries(VAGUE_WORDS));

export interface QuantityMention extends Quantity {
  /** Offsets of `text` within the input sentence, end exclusive. */
  start: number;
  end: number;
}

/**
 * How a number was written. `article` is "a"/"an" and `one` the word "one": they count only
 * when a predicate says what happened to what they count ("killed an American contractor");
 * `none` is "no one", a count of zero with a casualty predicate ("no one was hurt").
 */
type NumberForm = 'digits' | 'words' | 'vague' | 'one' | 'article' | 'none';

interface NumberMatch {
  /** First and last token of the number itself (currency sign, scale word, unit and conversion included). */
  first: number;
  last: number;
  value: number;
  form: NumberForm;
  /** Vague counts are approximate unless a qualifier says otherwise. */
  approx: boolean;
  unit: string | null;
  /** "One in five": a share of what follows, counted noun and all. */
  proportion?: boolean;
  /** "20-25 rockets" (one token): the range's low end, with its length in characters; `value` is the high end. */
  rangeLow?: { value: number; length: number };
}

/** Words before a number that make it a label or a code, not a count ("Version 2", "Flight 17", "aged 25"). */
const LABEL_WORDS = new Set([
  'version', 'no', 'nos', 'number', 'page', 'pages', 'chapter', 'article', 'section', 'level', 'flight', 'route',
  'room', 'apollo', 'grade', 'category', 'class', 'resolution', 'episode', 'season', 'round', 'phase', 'aged',
  'age', 'terminal', 'platform', 'highway', 'gate', 'vol', 'volume', 'part', 'act', 'step', 'stage', 'ward',
  'district', 'unit', 'channel', 'line', 'tel', 'fax', 'ext', 'p', 'pp', 'fig', 'figure', 'table', 'item',
  'model', 'series', 'mark', 'mk', 'type', 'block', 'building', 'floor', 'suite', 'box', 'km', 'mile', 'exit',
]);
/** Words after a number that make it a clock time ("11 a.m."). */
const TIME_WORDS = new Set(['a.m', 'p.m', 'am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt', 'pst', 'bst', 'cet', 'hrs', "o'clock"]);
/** Words after a span of time that make it a point in time ("two days later"). */
const RELATIVE_TIME = new Set(['later', 'ago', 'earlier', 'before', 'after', 'prior', 'beforehand', 'afterwards', 'afterward']);

/** Words before a bare four-digit number that make it a year ("in 2019", "since 2003"). */
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'of', 'until', 'till', 'from', 'during', 'early', 'late', 'mid', 'before', 'after', 'circa', 'the', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'through', 'and', 'to', 'between']);
/** Determiners skipped after "of" in partitives and vague counts ("Hundreds of the protesters", "five of whose bases"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'whose', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'them', 'which', 'whom']);
/** Nominal predicates that take their count after "of": "the deaths of 25", "killing of an American contractor". */
const NOMINAL_PREDICATES = new Set(['deaths', 'death', 'killing', 'killings', 'martyrdom', 'injuries', 'injury', 'evacuation', 'deployment', 'arrest', 'arrests', 'kidnapping', 'abduction', 'detention', 'release']);
/** Single qualifier words, which may be capitalised before a number at the start of a clause. */
const QUALIFIER_WORDS = new Set(QUALIFIER_PHRASES.map((p) => p.words[p.words.length - 1]));
/** Verbs that harm their object: a count right before them in the active voice is the agent, not the victims. */
const HARMING_VERBS = new Set(['killed', 'wounded', 'injured', 'shot', 'kidnapped', 'arrested', 'detained', 'evacuated']);
/** Auxiliaries that make what follows passive ("were killed"). */
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'got', 'get', 'gets']);
const OPENING_PUNCT = new Set(['(', '“', '"', '‘', "'", '[', '—', '–', '-', ':', ';']);

function isWordLike(t: Token | undefined): t is Token {
  return t !== undefined && (t.kind === 'word' || t.kind === 'alnum');
}

function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** True when a token is at the start of the sentence (only opening punctuation before it). */
function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!OPENING_PUNCT.has(tokens[k].text)) return false;
  return true;
}

function isPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NOT_PLURAL.has(lower) || lower.length < 3 || lower.includes('.')) return false;
  if (!lower.endsWith('s')) return false;
  return !(lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith("'s"));
}

/** A predicate word that is a verb form (ends the noun phrase), as against a noun ("fire", "strike"). */
function isVerbForm(lower: string): boolean {
  if (!PREDICATE_FORMS_MAP.has(lower)) return false;
  return /(?:ed|ing|en)$/.test(lower) || ['died', 'dead', 'fled', 'sent', 'hit', 'hurt', 'shot', 'struck', 'burnt', 'missing'].includes(lower);
}

/**
 * A phrase list by its first and by its last word, each bucket in list order (longest
 * first): a look-up tries only the phrases that can match there instead of the whole list.
 */
interface PhraseIndex<T> {
  byFirst: ReadonlyMap<string, readonly T[]>;
  byLast: ReadonlyMap<string, readonly T[]>;
}

function phraseIndex<T extends { words: readonly string[] }>(list: readonly T[]): PhraseIndex<T> {
  const byFirst = new Map<string, T[]>();
  const byLast = new Map<string, T[]>();
  const add = (m: Map<string, T[]>, word: string, item: T): void => {
    const bucket = m.get(word);
    if (bucket) bucket.push(item);
    else m.set(word, [item]);
  };
  for (const item of list) {
    add(byFirst, item.words[0]!, item);
    add(byLast, item.words[item.words.length - 1]!, item);
  }
  return { byFirst, byLast };
}

const UNIT_INDEX = phraseIndex(UNIT_PHRASES);
const VAGUE_INDEX = phraseIndex(VAGUE_PHRASES);
const QUALIFIER_INDEX = phraseIndex(QUALIFIER_PHRASES);
const PREDICATE_INDEX = phraseIndex(PREDICATE_PHRASES);
const TRAILING_INDEX = phraseIndex(TRAILING_QUALIFIERS);

/** A phrase ending at token index `endIncl`, longest first; returns its first index. */
function phraseEndingAt<T extends { words: readonly string[] }>(tokens: readonly Token[], endIncl: number, index: PhraseIndex<T>): { item: T; at: number } | null {
  const t = tokens[endIncl];
  const candidates = t === undefined ? undefined : index.byLast.get(t.lower);
  if (candidates === undefined) return null;
  for (const item of candidates) {
    const at = endIncl - item.words.length + 1;
    if (matchWords(tokens, at, item.words)) return { item, at };
  }
  return null;
}

function phraseStartingAt<T extends { words: readonly string[] }>(tokens: readonly Token[], at: number, index: PhraseIndex<T>): T | null {
  const t = tokens[at];
  const candidates = t === undefined ? undefined : index.byFirst.get(t.lower);
  if (candidates === undefined) return null;
  for (const item of candidates) if (matchWords(tokens, at, item.words)) return item;
  return null;
}

/** Is the digit token at `i` part of a date, a clock time, a year, a code or a run of numbers? */
function isNotACount(tokens: readonly Token[], i: number, value: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Dates: "December 27", "Dec. 31", "27 December", "31 Dec, 2019" (not "In March 3,000 people marched").
  const dayLike = /^\d{1,2}$/.test(t.text) && value >= 1 && value <= 31;
  if (dayLike && prev && prev.kind === 'word' && monthOf(prev.lower) !== null && isCapitalised(prev)) return true;
  if (dayLike && prev && prev.text === '.' && tokens[i - 2] && monthOf(tokens[i - 2].lower) !== null && isCapitalised(tokens[i - 2])) return true;
  if (dayLike && next && next.kind === 'word' && monthOf(next.lower) !== null && isCapitalised(next)) return true;
  if (next && TIME_WORDS.has(next.lower)) return true;
  // "13, 2017" after a split month: a day followed by a year.
  const after = tokens[i + 2];
  if (next?.text === ',' && after && /^\d{4}$/.test(after.text) && Number(after.text) >= 1800 && Number(after.text) <= 2100 && value >= 1 && value <= 31) return true;
  // "IE 11", "Kurdistan 24", "Boeing 737": a number right after a name is part of it,
  // unless a counted plural or unit follows.
  if (prev && prev.kind === 'word' && isCapitalised(prev) && !QUALIFIER_WORDS.has(prev.lower) && !NP_STOPS.has(prev.lower)) {
    // "Fokker 100 aircraft" names a model: "aircraft" is as singular as plural, so it counts only after a day or month.
    const modelOf = next?.lower === 'aircraft' && monthOf(prev.lower) === null && weekdayOf(prev.lower) === null;
    const countedNext = next !== undefined && next.kind === 'word' && (isPlural(next.lower) || UNIT_WORDS_MAP.has(next.lower)) && !isCapitalised(next) && !modelOf;
    if (!countedNext) return true;
  }
  if (prev && (prev.text === '#' || prev.text === '@' || prev.text === '+' || prev.text === '№') && prev.end === t.start) return true;
  if (prev && prev.text === '.' && prev.end === t.start) return true; // ".5" or a version number tail
  if (prev && LABEL_WORDS.has(prev.lower) && prev.kind === 'word') return true;
  // Runs of bare numbers are phone numbers, scores, codes.
  if (prev && prev.kind === 'number') return true;
  if (next && next.kind === 'number') return true;
  // Years: four digits, no separator, 1800-2100, unless a counted plural follows ("2000 people").
  if (/^\d{4}$/.test(t.text) && value >= 1800 && value <= 2100) {
    if (prev && YEAR_CONTEXT.has(prev.lower)) return true;
    if (!(next && next.kind === 'word' && isPlural(next.lower) && !isCapitalised(next))) return true;
  }
  return false;
}

/** Word numbers: "twenty-five", "three hundred", "two thousand five hundred". Returns last token index and value. */
function matchNumberWords(tokens: readonly Token[], i: number): { last: number; value: number } | null {
  let total = 0;
  let current = 0;
  let last = -1;
  let k = i;
  for (; k < tokens.length && k < i + 12; k++) {
    const lower = tokens[k].lower;
    const simple = tokens[k].kind === 'word' ? simpleNumberWord(lower) : null;
    if (simple !== null) {
      if (last >= 0 && current % 100 !== 0 && current !== 0) break; // "five six" is not a number
      current += simple;
      last = k;
      continue;
    }
    if (last < 0) return null;
    if (lower === 'hundred' && current > 0 && current < 100) {
      current *= 100;
      last = k;
      continue;
    }
    if ((lower === 'thousand' || lower === 'million' || lower === 'billion') && current > 0) {
      total += current * SCALE_WORDS_MAP.get(lower)!;
      current = 0;
      last = k;
      continue;
    }
    if (lower === 'and' && current >= 100 && current % 100 === 0 && tokens[k + 1] && simpleNumberWord(tokens[k + 1].lower) !== null) continue;
    break;
  }
  if (last < 0) return null;
  return { last, value: total + current };
}

/** A decimal times its scale, without binary noise: 4.1 million is 4100000, not 4099999.9999999995. */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

/** Scale words that follow any number: "25 million", "two billion", "Rs 4 lakh", "Rs 1,200 crore". */
const WORD_SCALES = new Set(['million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores']);

/** After a number: scale word, unit, conversion in parentheses. Mutates and returns the match. */
function extendAfterNumber(tokens: readonly Token[], m: NumberMatch, currency: boolean): NumberMatch {
  let k = m.last + 1;
  const t = tokens[k];
  if (t && t.kind === 'word' && (m.form === 'digits' || m.form === 'words')) {
    const scale = t.lower;
    if ((WORD_SCALES.has(scale) || (scale === 'thousand' && m.form === 'digits') || ((scale === 'bn' || scale === 'm' || scale === 'mn') && currency)) && SCALE_WORDS_MAP.has(scale)) {
      m.value = scaled(m.value, SCALE_WORDS_MAP.get(scale)!);
      m.last = k;
      k++;
    }
  }
  if (m.unit === null) {
    const u = tokens[k];
    if (u && u.text === '%') {
      m.unit = '%';
      m.last = k;
      k++;
    } else if (u && u.kind === 'word') {
      const phrase = phraseStartingAt(tokens, k, UNIT_INDEX);
      if (phrase) {
        m.unit = phrase.unit;
        m.last = k + phrase.words.length - 1;
        k = m.last + 1;
      } else if (UNIT_WORDS_MAP.has(u.lower) && (u.lower.length > 1 || u.start === tokens[m.last].end || u.lower === 'm')) {
        // One-letter units ("5 m") only right after the number or for metres.
        m.unit = UNIT_WORDS_MAP.get(u.lower)!;
        m.last = k;
        k++;
      }
    }
  }
  // "5m (16ft)", "15 km (9 miles)": the conversion belongs to the same mention.
  if (m.unit !== null && tokens[k]?.text === '(') {
    let close = -1;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      if (tokens[j].text === ')') {
        close = j;
        break;
      }
    }
    if (close > k + 1) {
      const inner = tokens.slice(k + 1, close);
      const hasNumber = inner.some((x) => x.kind === 'number' || x.kind === 'alnum');
      if (hasNumber) m.last = close;
    }
  }
  return m;
}

/** "20-25", "1,500-2,000": digits on both sides of one hyphen. */
const HYPHEN_RANGE = /^(\d{1,3}(?:,\d{3})+|\d{1,6})-(\d{1,3}(?:,\d{3})+|\d{1,6})$/u;

/**
 * "some 20-25 rockets": a range written as one token, low end first. Year spans ("2019-2020")
 * and falling pairs (scores, tallies: "a 3-1 win") are no range; the caller still needs a
 * counted noun or a unit after it.
 */
function hyphenRange(tokens: readonly Token[], i: number): NumberMatch | null {
  const r = HYPHEN_RANGE.exec(tokens[i]!.text);
  if (!r) return null;
  const low = parseDigits(r[1]!);
  const high = parseDigits(r[2]!);
  if (low === null || high === null || low >= high) return null;
  if (r[1]!.length === 4 && r[2]!.length === 4 && low >= 1800 && high <= 2100) return null;
  // "Boeing 737-800", "Route 9-11": a model or a code after a name.
  const prev = tokens[i - 1];
  if (prev !== undefined && prev.kind !== 'punct' && /^\p{Lu}/u.test(prev.text) && !atSentenceStart(tokens, i - 1)) return null;
  const m = extendAfterNumber(tokens, { first: i, last: i, value: high, form: 'digits', approx: false, unit: null }, false);
  return m === null ? null : { ...m, rangeLow: { value: low, length: r[1]!.length } };
}

/** Nouns after a pair of figures that make it a score or a tally, not a range: "a 1-2 defeat", "a 5-4 ruling". */
const TALLY_NOUNS = new Set(['defeat', 'defeats', 'win', 'wins', 'victory', 'loss', 'draw', 'lead', 'vote', 'votes', 'margin', 'majority', 'scoreline', 'decision', 'ruling']);

/** Words that can open a count, besides number words: a cheap first test for every word. */
const COUNT_WORDS = new Set<string>([
  ...VAGUE_PHRASES.map((p) => p.words[0]),
  ...Object.keys(VAGUE_PLURALS),
  ...Object.keys(VAGUE_WORDS),
  'a', 'an', 'no', 'nobody', 'none',
]);

/** Every word that can open a number, an amount or a count (hyphenated number words aside): one look-up dismisses the rest. */
const WORD_OPENERS = new Set<string>([...CURRENCY_CODES_MAP.keys(), ...CURRENCY_WORDS_MAP.keys(), ...COUNT_WORDS, ...SIMPLE_NUMBER_WORDS]);

/** Words that make "shot" a noun after them: "a warning shot", "a parting shot", "a long shot". */
const SHOT_COMPOUNDS = new Set(['warning', 'parting', 'long', 'cheap', 'big', 'mug', 'screen', 'booster', 'flu', 'opening', 'moon']);

/** "R1,400", "R2.5bn": a rand amount as one token (the scale glued on is group 2). */
const RAND = /^R(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|m)?$/u;

/** The number (if any) that starts at token i. */
function matchNumber(tokens: readonly Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (t.kind === 'word' && !WORD_OPENERS.has(t.lower) && !t.lower.includes('-')) return null;
  // Currency: "$350 million", "US$5", "£2m".
  let signAt = -1;
  if (t.kind === 'punct' && CURRENCY_SIGNS_MAP.has(t.text)) signAt = i;
  else if (t.kind === 'word' && CURRENCY_CODES_MAP.has(t.lower) && tokens[i + 1] && CURRENCY_SIGNS_MAP.has(tokens[i + 1].text) && tokens[i + 1].start === t.end) signAt = i + 1;
  if (signAt >= 0) {
    const n = tokens[signAt + 1];
    if (!n || n.start !== tokens[signAt].end) return null;
    const code = signAt === i + 1 ? CURRENCY_CODES_MAP.get(t.lower)! : CURRENCY_SIGNS_MAP.get(tokens[signAt].text)!;
    if (n.kind === 'number') {
      const value = parseDigits(n.text);
      if (value === null) return null;
      return extendAfterNumber(tokens, { first: i, last: signAt + 1, value, form: 'digits', approx: false, unit: code }, true);
    }
    if (n.kind === 'alnum') {
      const g = splitNumberSuffix(n.text);
      if (g && SCALE_WORDS_MAP.has(g.suffix)) {
        return { first: i, last: signAt + 1, value: scaled(g.value, SCALE_WORDS_MAP.get(g.suffix)!), form: 'digits', approx: false, unit: code };
      }
    }
    return null;
  }

  // "Rs 25,000", "Rs. 4 lakh", "INR 500": a currency written as a word before the digits.
  if (t.kind === 'word' && CURRENCY_WORDS_MAP.has(t.lower)) {
    const at = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    const n = tokens[at];
    if (!n || n.kind !== 'number' || n.start - t.end > 2) return null;
    const value = parseDigits(n.text);
    if (value === null) return null;
    return extendAfterNumber(tokens, { first: i, last: at, value, form: 'digits', approx: false, unit: CURRENCY_WORDS_MAP.get(t.lower)! }, true);
  }

  if (t.kind === 'number') {
    const value = parseDigits(t.text);
    if (value === null) return hyphenRange(tokens, i);
    if (isNotACount(tokens, i, value)) return null;
    // "a magnitude 6.8 quake", "a magnitude of 6.1", "magnitude-5.8": the scale is named before the figure.
    const magnitude = tokens[i - 1]?.lower === 'magnitude' || (tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.lower === 'magnitude') || (tokens[i - 1]?.text === '-' && tokens[i - 2]?.lower === 'magnitude');
    return extendAfterNumber(tokens, { first: i, last: i, value, form: 'digits', approx: false, unit: magnitude && value < 11 ? 'magnitude' : null }, false);
  }

  if (t.kind === 'alnum') {
    // "R1,400", "R2.5bn", "R50 million": South African rand, written with grouped digits, a decimal or a scale.
    const rand = RAND.exec(t.text);
    if (rand) {
      const value = parseDigits(rand[1]!);
      const scale = rand[2] ? SCALE_WORDS_MAP.get(rand[2].toLowerCase()) : undefined;
      const scaleAfter = tokens[i + 1] !== undefined && SCALE_WORDS_MAP.has(tokens[i + 1]!.lower);
      if (value !== null && (scale !== undefined || /[,.]/u.test(rand[1]!) || scaleAfter)) {
        const m: NumberMatch = { first: i, last: i, value: scaled(value, scale ?? 1), form: 'digits', approx: false, unit: 'ZAR' };
        return scale !== undefined ? m : extendAfterNumber(tokens, m, true);
      }
    }
    // "5m", "16ft", "15km", "1.5bn": digits glued to a unit or a scale.
    const g = splitNumberSuffix(t.text);
    if (!g) return null;
    if (UNIT_WORDS_MAP.has(g.suffix) && !TIME_UNITS.has(UNIT_WORDS_MAP.get(g.suffix)!)) {
      return extendAfterNumber(tokens, { first: i, last: i, value: g.value, form: 'digits', approx: false, unit: UNIT_WORDS_MAP.get(g.suffix)! }, false);
    }
    if (g.suffix === 'bn' || g.suffix === 'k' || g.suffix === 'mn') {
      return { first: i, last: i, value: scaled(g.value, SCALE_WORDS_MAP.get(g.suffix)!), form: 'digits', approx: false, unit: null };
    }
    return null;
  }

  if (t.kind !== 'word') return null;
  const lower = t.lower;
  if (!COUNT_WORDS.has(lower) && simpleNumberWord(lower) === null) return null;

  const phrase = phraseStartingAt(tokens, i, VAGUE_INDEX);
  if (phrase) {
    // "a couple of" / "a handful of": the "of" is left for the subject finder.
    const len = phrase.words[phrase.words.length - 1] === 'of' ? phrase.words.length - 1 : phrase.words.length;
    const m: NumberMatch = { first: i, last: i + len - 1, value: phrase.value, form: phrase.exact ? 'words' : 'vague', approx: !phrase.exact, unit: null };
    return extendAfterNumber(tokens, m, false);
  }

  if (lower === 'no' && tokens[i + 1]?.lower === 'one') return { first: i, last: i + 1, value: 0, form: 'none', approx: false, unit: null };
  // "Not one person was killed", "not a single soldier was hurt": zero, not one.
  if (tokens[i - 1]?.lower === 'not' && (lower === 'one' || (lower === 'a' && tokens[i + 1]?.lower === 'single'))) {
    const last = lower === 'a' ? i + 1 : i;
    if (singularBeforeBe(tokens, last + 1)) return { first: i - 1, last, value: 0, form: 'none', approx: false, unit: null };
  }
  if (lower === 'nobody') return { first: i, last: i, value: 0, form: 'none', approx: false, unit: null };
  // "None of its personnel were hurt", "none of the soldiers had been killed": zero of the group named.
  // (Only of people harmed: "none of the injuries was believed to be life-threatening", "None of those accounts
  // mentions any deaths" count nothing.)
  if (lower === 'none' && tokens[i + 1]?.lower === 'of' && NONE_OF_DETERMINERS.has(tokens[i + 2]?.lower ?? '') && harmedAfterGroup(tokens, i + 3)) {
    return { first: i, last: i + 2, value: 0, form: 'none', approx: false, unit: null };
  }
  // "no Americans were killed", "no U.S. troops were hurt": zero, counted only with a casualty verb (buildMention).
  if (lower === 'no' && pluralAhead(tokens, i + 1)) return { first: i, last: i, value: 0, form: 'none', approx: false, unit: null };
  // "No American or Iraqi was killed", "no soldier was hurt": a singular noun before its verb.
  if (lower === 'no' && singularBeforeBe(tokens, i + 1)) return { first: i, last: i, value: 0, form: 'none', approx: false, unit: null };

  if (lower === 'a' || lower === 'an') {
    const n = tokens[i + 1];
    if (!isWordLike(n) || NP_STOPS.has(n.lower) || simpleNumberWord(n.lower) !== null) return null;
    // "a number of our compatriots", "a lot of people": no count at all.
    if (NOT_ONE.has(n.lower)) return null;
    // "a warning shot", "a parting shot": a compound noun, not one warning that was shot.
    if (/^shots?$/u.test(tokens[i + 2]?.lower ?? '') && SHOT_COMPOUNDS.has(n.lower)) return null;
    // "carry the coffin of a fighter killed in the raids": one of the dead, not a toll.
    // ("the funeral procession for an Iranian general killed in a U.S. airstrike": the one mourned, not a toll.)
    if ((tokens[i - 1]?.lower === 'of' || tokens[i - 1]?.lower === 'for') && (ONE_OF_THEM.has(tokens[i - 2]?.lower ?? '') || MOURNING.has(tokens[i - 2]?.lower ?? ''))) return null;
    return { first: i, last: i, value: 1, form: 'article', approx: false, unit: null };
  }

  if (VAGUE_PLURALS_MAP.has(lower)) {
    const value = VAGUE_PLURALS_MAP.get(lower)!;
    const next = tokens[i + 1];
    if (lower === 'tens' || lower === 'hundreds') {
      // "tens of thousands", "hundreds of thousands"
      const scale = tokens[i + 2];
      if (next?.lower === 'of' && scale && (scale.lower === 'thousands' || scale.lower === 'millions' || (lower === 'tens' && scale.lower === 'hundreds'))) {
        return { first: i, last: i + 2, value: value * VAGUE_PLURALS_MAP.get(scale.lower)!, form: 'vague', approx: true, unit: null };
      }
      // "fired tens of missiles" (a common rendering of Arabic and Persian counts); a bare "tens" is no count.
      if (lower === 'tens' && next?.lower !== 'of') return null;
    }
    if (lower === 'scores') {
      // "scores of", or a headline "Scores killed"; otherwise the verb/noun "scores".
      const ok = next?.lower === 'of' || (next !== undefined && isVerbForm(next.lower) && atSentenceStart(tokens, i));
      if (!ok) return null;
    }
    return { first: i, last: i, value, form: 'vague', approx: true, unit: null };
  }
  if (VAGUE_WORDS_MAP.has(lower)) {
    return extendAfterNumber(tokens, { first: i, last: i, value: VAGUE_WORDS_MAP.get(lower)!, form: 'vague', approx: true, unit: null }, false);
  }

  const words = matchNumberWords(tokens, i);
  if (words) {
    // Capitalised number words inside a sentence are names ("the Big Three", "Four Seasons").
    if (isCapitalised(t) && !atSentenceStart(tokens, i)) return null;
    const next = tokens[words.last + 1];
    if (next?.lower === 'dozen') {
      return { first: i, last: words.last + 1, value: words.value * 12, form: 'words', approx: false, unit: null };
    }
    if (words.value === 1 && words.last === i) {
      const prev = tokens[i - 1];
      if (next?.lower === 'of' || next?.lower === 'another' || (prev && ['the', 'this', 'that', 'which', 'no', 'any', 'every', 'each', 'someone', 'anyone'].includes(prev.lower))) return null;
      return extendAfterNumber(tokens, { first: i, last: i, value: 1, form: 'one', approx: false, unit: null }, false);
    }
    return extendAfterNumber(tokens, { first: i, last: words.last, value: words.value, form: 'words', approx: false, unit: null }, false);
  }
  return null;
}

/** "One in five voters", "two in every three": a proportion, kept as a percentage of the whole. Mutates the match. */
function asProportion(tokens: readonly Token[], m: NumberMatch): void {
  if (m.unit !== null || (m.form !== 'words' && m.form !== 'digits' && m.form !== 'one') || tokens[m.last + 1]?.lower !== 'in') return;
  const at = tokens[m.last + 2]?.lower === 'every' ? m.last + 3 : m.last + 2;
  // The whole is a plain count ("five", "10"), never "a million" (a figure of speech).
  if (!tokens[at] || (tokens[at].kind !== 'number' && simpleNumberWord(tokens[at].lower) === null)) return;
  const whole = matchNumber(tokens, at);
  if (!whole || whole.unit !== null || (whole.form !== 'words' && whole.form !== 'digits') || whole.value <= m.value || whole.value > 1000) return;
  m.value = Math.round((1000 * m.value) / whole.value) / 10;
  m.unit = '%';
  m.last = whole.last;
  m.form = 'words';
  m.proportion = true;
}

function splitNumberSuffix(text: string): { value: number; suffix: string } | null {
  if (text.length > 24) return null;
  let k = 0;
  while (k < text.length && /[\d.,]/.test(text[k])) k++;
  if (k === 0 || k === text.length) return null;
  const value = parseDigits(text.slice(0, k));
  const suffix = text.slice(k).toLowerCase();
  // ("135km/h": a speed's slash is part of its unit; "6.8-magnitude": a hyphen may join them.)
  if (value === null || !/^-?[a-z%]+(?:\/h)?$/.test(suffix)) return null;
  // ("534-kilometer border", "15-meter wingspan": a measure written as an adjective; "10-year" is an age or a span, no measure.)
  if (suffix.startsWith('-')) {
    const word = suffix.slice(1);
    if (word === 'magnitude') return { value, suffix: 'magnitude' };
    const unit = UNIT_WORDS_MAP.get(word);
    return unit !== undefined && !TIME_UNITS.has(unit) ? { value, suffix: word } : null;
  }
  return { value, suffix: suffix === 'km/h' ? 'kmh' : suffix };
}

/** Qualifier phrase right before the number. */
function qualifierBefore(tokens: readonly Token[], first: number): { qualifier: Qualifier; at: number } | null {
  const hit = phraseEndingAt(tokens, first - 1, QUALIFIER_INDEX);
  if (!hit) return null;
  // "intelligence about four embassies", "asked about two rockets": "about" after these is the preposition.
  if (hit.at === first - 1 && tokens[hit.at]!.lower === 'about' && ABOUT_AS_PREPOSITION.has(tokens[hit.at - 1]?.lower ?? '')) return null;
  return { qualifier: hit.item.qualifier, at: hit.at };
}

/** Words after which "about" means "concerning", not "roughly". */
const ABOUT_AS_PREPOSITION = new Set([
  'intelligence', 'information', 'details', 'questions', 'question', 'concerns', 'concern', 'talk', 'talks', 'talked', 'talking', 'news', 'evidence',
  'warning', 'warnings', 'worried', 'concerned', 'knew', 'know', 'learned', 'learnt', 'spoke', 'speak', 'asked', 'ask', 'thinking', 'think', 'thought',
  'care', 'cared', 'story', 'stories', 'claims', 'reports', 'briefed', 'testified', 'lied', 'tweeted', 'wrote', 'said', 'says', 'say', 'told', 'tell',
]);

interface NounPhrase {
  /** Token range of the kept subject (modifiers + head). */
  from: number;
  head: number;
  /** Token index right after the noun phrase. */
  after: number;
}

/** The counted noun phrase starting at token k. `singular` for counts of one. */
function nounPhrase(tokens: readonly Token[], k: number, singular: boolean): NounPhrase | null {
  const start = k;
  let head = -1;
  let lastWord = -1;
  let j = k;
  const limit = Math.min(tokens.length, k + 8);
  for (; j < limit; j++) {
    const t = tokens[j];
    if (t.kind === 'punct') {
      // "U.S." keeps its final dot.
      if (t.text === '.' && j > start && tokens[j - 1].end === t.start && /^[a-z](?:\.[a-z])+$/.test(tokens[j - 1].lower)) continue;
      // "five Kataib Hezbollah (KH) facilities": an acronym in brackets inside the phrase.
      if (t.text === '(' && j > start && tokens[j + 2]?.text === ')' && /^\p{Lu}[\p{Lu}\d-]{1,7}$/u.test(tokens[j + 1]?.text ?? '')) {
        j += 2;
        continue;
      }
      break;
    }
    if (t.kind === 'number') break;
    const lower = t.lower;
    // "several senior paramilitary and militia leaders": a coordinated modifier before the plural head.
    if (lower === 'and' && !singular && j > start && isWordLike(tokens[j + 1]) && !NP_STOPS.has(tokens[j + 1].lower)) continue;
    if (NP_STOPS.has(lower) || isVerbForm(lower) || (lower.endsWith('ly') && lower.length > 4 && !KEPT_MODIFIERS.has(lower))) break;
    // "an American contractor angered Washington": a past form after two words of the phrase is its verb.
    if (singular && j >= start + 2 && lower.length > 4 && lower.endsWith('ed') && !t.text.includes('-')) break;
    if (TIME_UNITS_WORDS.has(lower) || (monthOf(lower) !== null && isCapitalised(t))) break;
    if (!singular && isPlural(lower)) {
      // "terrorists’ supporters": a possessive plural is a modifier; the head follows.
      const apo = tokens[j + 1];
      if (apo && (apo.text === '’' || apo.text === "'") && apo.start === t.end && isWordLike(tokens[j + 2])) {
        j++;
        continue;
      }
      head = j;
      // "five weapons storage facilities", "two police officers": a plural that is a modifier of a compound's plural head.
      const compound = compoundHead(tokens, j);
      if (compound !== null) head = j = compound;
      j++;
      break;
    }
    lastWord = j;
  }
  if (head < 0) {
    // A count of one, or a plural with a name for head ("25 Hashd"); "two reached by", "Thousands flee" are not nouns.
    if (lastWord < 0 || (!singular && (j >= limit || !isCapitalised(tokens[lastWord])))) return null;
    head = lastWord;
  }
  // Walk back over kept modifiers.
  let from = head;
  for (let b = head - 1; b >= start; b--) {
    const t = tokens[b];
    if (t.text === '.') continue;
    if (KEPT_MODIFIERS.has(t.lower)) from = b;
    else break;
  }
  return { from, head, after: j };
}

/** The plural head of a compound whose first plural is the word at k ("weapons | storage facilities"), or null. */
function compoundHead(tokens: readonly Token[], k: number): number | null {
  for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind !== 'word' || t.start !== tokens[j - 1].end + 1) return null;
    if (NP_STOPS.has(t.lower) || PREDICATE_FORMS_MAP.has(t.lower) || TIME_UNITS_WORDS.has(t.lower) || isCapitalised(t)) return null;
    if (isPlural(t.lower)) {
      if (/^(?:days|weeks|months|years|hours|minutes|times)$/u.test(t.lower)) return null;
      return IRREGULAR_PLURALS.has(t.lower) && !/^(?:people|personnel|staff|troops|men|women|children)$/u.test(t.lower) ? null : j;
    }
    // Only a noun between ("weapons storage facilities"); "two men spent months", "companies paid taxes" are clauses.
    if (!/(?:age|ion|ity|ment|ance|ence|ware|craft)$/u.test(t.lower)) return null;
  }
  return null;
}

/** What "none of" counts from: "none of its personnel", "none of the troops". */
const NONE_OF_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'those', 'these', 'my', 'your']);

/** Harm words after "none of its …": "were hurt", "had been killed", "was harmed", "died". */
const NONE_HARMED = new Set(['killed', 'hurt', 'injured', 'wounded', 'harmed', 'died', 'perished']);
/** Forms of "be" and of the perfect between the group and its harm: "were hurt", "had been killed". */
const HARM_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been']);

/** From `k`, one to three words of a group of people that is not itself harm ("personnel", "U.S. soldiers"), then a harm verb. */
function harmedAfterGroup(tokens: readonly Token[], k: number): boolean {
  let j = k;
  let words = 0;
  // Up to three words; the dots of "U.S." are no word ("none of its U.S. soldiers were hurt").
  while (words < 3 && j < tokens.length) {
    const t = tokens[j]!;
    if (t.text === '.' && j > k && isWordLike(tokens[j - 1])) {
      j++;
      continue;
    }
    if (!isWordLike(t) || HARM_AUXILIARIES.has(t.lower) || NONE_HARMED.has(t.lower) || NP_STOPS.has(t.lower)) break;
    j++;
    words++;
  }
  let lastWord = j - 1;
  while (lastWord >= k && tokens[lastWord]!.text === '.') lastWord--;
  if (words === 0 || HARM_NOUNS.has(tokens[lastWord]!.lower)) return false;
  while (j < tokens.length && HARM_AUXILIARIES.has(tokens[j]!.lower)) j++;
  return NONE_HARMED.has(tokens[j]?.lower ?? '');
}

/** A plural noun within three words from k, with only modifiers before it ("Americans", "U.S. troops"). */
function pluralAhead(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.text === '.' && j > k) continue;
    if (!isWordLike(t) || NP_STOPS.has(t.lower)) return false;
    if (isPlural(t.lower)) return true;
  }
  return false;
}

/** One to three words, none a stop ("American or Iraqi", "U.S. soldier"), then "was" or "were". */
function singularBeforeBe(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (j > k && (t.lower === 'was' || t.lower === 'were')) return true;
    if (t.lower === 'or' && j > k) continue;
    if (!isWordLike(t) || NP_STOPS.has(t.lower)) return false;
  }
  return false;
}

const QUOTE_MARKS = new Set(['"', '“', '”']);

/** Vague counts that are plural nouns themselves and take "of". */
const PLURAL_COUNTS = /^(?:dozens|hundreds|thousands|millions|scores|tens)$/u;

const TIME_UNITS_WORDS = new Set([
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night',
  'last', 'next', 'week', 'weekend', 'month', 'year',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** A predicate (phrase or word) starting at token k. */
/** What may follow a figure that is a whole cell: the next cell, the row's end, a bracketed note. */
const CELL_END = new Set(['', ',', '.', ';', '(']);
/** Nouns that count people without a plural's -s ("Personnel: about 750"). */
const COLLECTIVE_HEADS = new Set(['personnel', 'staff', 'crew', 'people', 'police', 'troops', 'dead', 'wounded', 'injured']);

/**
 * "Missiles fired: 16", "Personnel: about 750", "Number killed: 82": a figure under a heading (a
 * table's row, a fact box) counts what the heading names and did what it says. The heading opens
 * the sentence or follows a comma, in at most three words; a place's name ("Erbil: 5") is none.
 */
function underHeading(tokens: readonly Token[], first: number, last: number, mention: QuantityMention): void {
  // (The figure is the whole cell: "Notes: 2 at Ain al-Asad did not explode" heads no count.)
  if (tokens[first - 1]?.text !== ':' || !CELL_END.has(tokens[last + 1]?.text ?? '')) return;
  let k = first - 2;
  while (k >= 0 && first - 2 - k < 3 && isWordLike(tokens[k])) k--;
  if (k >= 0 && tokens[k]!.text !== ',') return;
  for (let j = k + 1; j <= first - 2; j++) {
    const t = tokens[j]!;
    const predicate = predicateAt(tokens, j);
    if (predicate !== null && isVerbForm(t.lower)) mention.predicate ??= predicate;
    else if (mention.subject === null && (isPlural(t.lower) || COLLECTIVE_HEADS.has(t.lower)) && !PREDICATE_FORMS_MAP.has(t.lower)) mention.subject = t.lower;
  }
}

function predicateAt(tokens: readonly Token[], k: number): string | null {
  const phrase = phraseStartingAt(tokens, k, PREDICATE_INDEX);
  if (phrase) return phrase.predicate;
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  if (INJURY_VERBS.has(t.lower) && injuryNounAfter(tokens, k)) return 'injured';
  // "a $14.3 million fire station", "two fire crews": the noun of a compound, nothing fired.
  if ((t.lower === 'fire' || t.lower === 'fires') && FIRE_COMPOUNDS.has(tokens[k + 1]?.lower ?? '')) return null;
  return PREDICATE_FORMS_MAP.has(t.lower) ? PREDICATE_FORMS_MAP.get(t.lower)! : null;
}
/** "suffered brain injuries", "sustained minor wounds", "were diagnosed with traumatic brain injuries". */
const INJURY_VERBS = new Set(['suffered', 'sustained', 'diagnosed', 'suffer', 'suffers', 'sustain']);
const INJURY_NOUNS = new Set(['injuries', 'injury', 'wounds', 'concussions', 'concussion', 'burns']);
const INJURY_MODIFIERS = new Set(['traumatic', 'brain', 'head', 'mild', 'minor', 'serious', 'severe', 'critical', 'light', 'slight', 'life-threatening', 'shrapnel', 'gunshot', 'multiple', 'various', 'internal']);
function injuryNounAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (tokens[k]!.lower === 'diagnosed') {
    if (tokens[j]?.lower !== 'with') return false;
    j++;
  }
  for (const end = j + 4; j < tokens.length && j < end; j++) {
    const w = tokens[j]!.lower;
    if (INJURY_NOUNS.has(w)) return true;
    if (!INJURY_MODIFIERS.has(w)) return false;
  }
  return false;
}

const FIRE_COMPOUNDS = new Set([
  'station', 'stations', 'department', 'departments', 'chief', 'chiefs', 'crew', 'crews', 'fighters', 'fighter', 'truck', 'trucks', 'engine', 'engines',
  'service', 'services', 'brigade', 'brigades', 'alarm', 'alarms', 'hydrant', 'hydrants', 'season', 'danger', 'hazard', 'safety', 'code', 'marshal', 'district', 'officials',
]);

/** The verb after the counted phrase: "25 fighters died", "were killed", ", some in uniforms, set up". */
function predicateAfter(tokens: readonly Token[], k: number, depth = 0): string | null {
  let j = k;
  // A parenthetical between subject and verb: ", some in militia uniforms," / "- including ... -".
  const open = tokens[j];
  if (open && (open.text === ',' || open.text === '-' || open.text === '–' || open.text === '—' || open.text === '(' || open.lower === 'and')) {
    if (open.lower !== 'and') {
      const closeText = open.text === '(' ? ')' : open.text;
      let close = -1;
      for (let c = j + 1; c < tokens.length && c <= j + 16; c++) {
        if (tokens[c].text === closeText) {
          close = c;
          break;
        }
      }
      // One or two asides at most: a run of commas must not recurse without end.
      if (close > 0 && depth < 2) {
        const p = predicateAfter(tokens, close + 1, depth + 1);
        if (p !== null) return p;
      }
    }
    // A coordinated list: "An American contractor, several U.S. service members and Iraqi personnel were injured".
    let sawAnd = false;
    for (let c = j; c < tokens.length && c <= j + 12; c++) {
      const x = tokens[c];
      if (x.lower === 'and') {
        sawAnd = true;
        continue;
      }
      if (x.text === ',' || x.text === '.' && c > 0 && tokens[c - 1].end === x.start) continue;
      if (VERB_FILLERS.has(x.lower) || predicateAt(tokens, c) !== null) {
        if (!sawAnd || x.lower === 'who' || x.lower === 'that' || depth >= 2) return null;
        return predicateAfter(tokens, c, depth + 1);
      }
      if (x.kind === 'punct' || ['who', 'which', 'whose', 'said', 'says', 'told'].includes(x.lower)) return null;
    }
    return null;
  }
  // "at least five people besides Soleimani and Muhandis were killed": past the names set apart.
  if (depth < 2 && /^(?:besides|including|except|excluding)$/u.test(tokens[j]?.lower ?? '')) {
    let c = j + 1;
    while (c < tokens.length && c <= j + 8 && (tokens[c].kind === 'word' || tokens[c].text === '.' || tokens[c].text === '-') && (isCapitalised(tokens[c]) || tokens[c].lower === 'and' || tokens[c].kind !== 'word')) c++;
    const finite = c < tokens.length && c > j + 1 && (VERB_FILLERS.has(tokens[c].lower) || (predicateAt(tokens, c) !== null && !tokens[c].lower.endsWith('ing')));
    if (finite) return predicateAfter(tokens, c, depth + 1);
  }
  // "51 people of the injured were in critical condition": a part of the injured, not a toll of
  // them; what is said of that part follows ("two of the wounded died later").
  if (tokens[j]?.lower === 'of' && /^(?:the|those)$/u.test(tokens[j + 1]?.lower ?? '') && HARMED.has(tokens[j + 2]?.lower ?? '')) {
    return depth < 2 ? predicateAfter(tokens, j + 3, depth + 1) : null;
  }
  // "25 members of Iraq's Popular Mobilization Units (PMU) have been killed", "3,000 soldiers from the
  // 82nd Airborne Division will deploy": past the group's name.
  if (depth < 2 && /^(?:of|from|in|at)$/u.test(tokens[j]?.lower ?? '')) {
    let c = j + 1;
    // After "from", "in" and "at" only a name: "soldiers from the 82nd Airborne Division", not "an attack in Iraq earlier this month that …".
    const nameOnly = tokens[j]!.lower !== 'of';
    const inName = (t: Token): boolean =>
      (t.kind === 'word' || t.kind === 'alnum' || /^(?:\(|\)|'s|’s)$/u.test(t.text)) && !OF_PHRASE_STOPS.has(t.lower) && (!nameOnly || t.kind !== 'word' || isCapitalised(t) || t.lower === 'the');
    while (c < tokens.length && c <= j + 10 && inName(tokens[c]) && !VERB_FILLERS.has(tokens[c].lower) && predicateAt(tokens, c) === null) c++;
    // Only a finite verb after the name: "an act of retaliation over … killing" has none.
    const finite = c < tokens.length && (VERB_FILLERS.has(tokens[c].lower) || (predicateAt(tokens, c) !== null && !tokens[c].lower.endsWith('ing')));
    if (c > j + 1 && finite) return predicateAfter(tokens, c, depth + 1);
  }
  let passive = false;
  for (let n = 0; n < 6 && j < tokens.length; n++, j++) {
    const p = predicateAt(tokens, j);
    if (p !== null) {
      // "a militia base that killed at least 25": the counted thing did the harm; it is not the victim.
      if (HARMING_VERBS.has(p) && !passive && startsObject(tokens[j + 1])) return null;
      return p;
    }
    const lower = tokens[j].lower;
    if (PASSIVE_AUX.has(lower)) passive = true;
    if (!(VERB_FILLERS.has(lower) || (lower.endsWith('ly') && lower.length > 4))) return null;
  }
  return null;
}

/** Words that end the of-phrase naming a counted group: another clause or phrase begins. */
const OF_PHRASE_STOPS = new Set(['who', 'which', 'that', 'and', 'or', 'but', 'over', 'in', 'on', 'at', 'after', 'before', 'for', 'with', 'from', 'to', 'by', 'during', 'near', 'against', 'into', 'amid', 'since']);

/** Nouns whose "of a …" picks one of those a toll counts: "the coffin of a fighter killed", "the family of a soldier". */
const ONE_OF_THEM = new Set(['coffin', 'coffins', 'body', 'bodies', 'funeral', 'grave', 'remains', 'photo', 'picture', 'image', 'portrait', 'family', 'relatives', 'mother', 'father', 'widow', 'name', 'son', 'daughter', 'brother']);

/** What is held for one of the dead: "the funeral procession for an Iranian general killed …". */
const MOURNING = new Set(['procession', 'processions', 'funeral', 'funerals', 'vigil', 'memorial', 'burial', 'mourning', 'prayers', 'service']);

const OBJECT_STARTS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'him', 'them', 'us', 'me', 'at', 'more', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'up', 'dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'people', 'civilians', 'soldiers']);

/** Does this token open a direct object ("killed at least 25", "killed an American")? */
function startsObject(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'number' || t.kind === 'alnum') return true;
  if (t.kind !== 'word') return t.text === '$';
  return OBJECT_STARTS.has(t.lower) || isCapitalised(t);
}

/** Words after which an -ing form is a noun ("the killing"), not a verb. */
const DETERMINERS_BEFORE_NOUN = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'a', 'an']);
/** The verb before the number: "killed 25", "set fire to three", "the deaths of 25", "killing of an". */
function predicateBefore(tokens: readonly Token[], k: number): string | null {
  let j = k - 1;
  // "killed a total of 25"
  if (matchWords(tokens, j - 3, ['a', 'total', 'of'])) j -= 3;
  if (j >= 0 && tokens[j].lower === 'of' && j > 0 && NOMINAL_PREDICATES.has(tokens[j - 1].lower)) {
    return PREDICATE_FORMS_MAP.get(tokens[j - 1].lower) ?? null;
  }
  // "The death toll rose to 30", "the toll climbed to more than 2,000" (not "the toll is
  // expected to rise after a blast": a clause break in between ends the look-back).
  for (let b = j; b >= 0 && b >= j - 6; b--) {
    const t = tokens[b];
    if ((t.kind === 'punct' && t.text !== '-') || TOLL_BREAKS.has(t.lower)) break;
    // ("the injury toll has climbed to 53": the injured.)
    if (t.lower === 'toll' || t.lower === 'tolls') return /^(?:injury|injuries|casualty)$/u.test(tokens[b - 1]?.lower ?? '') ? 'wounded' : 'died';
    // "The number of dead rose to 27", "the count of wounded reached 51".
    if (b > 0 && tokens[b - 1].lower === 'of' && /^(?:dead|deaths|fatalities)$/u.test(t.lower)) return 'died';
    if (b > 0 && tokens[b - 1].lower === 'of' && /^(?:wounded|injured)$/u.test(t.lower)) return 'wounded';
  }
  // "The death toll from flash floods and landslides in and around Indonesia's capital rose to
  // 43": after a verb of a rising count, the toll may stand further back, in the same clause.
  if (tollRisesAt(tokens, j, 20)) return 'died';
  for (let n = 0; n < 3 && j >= 0; n++, j--) {
    const phrase = phraseEndingAt(tokens, j, PREDICATE_INDEX);
    if (phrase) return phrase.item.predicate;
    const t = tokens[j];
    // "killing at least 30" is a verb; "the killing of" is handled above.
    // "called the killing an act of terrorism": after a determiner an -ing word is a noun, whose count takes "of".
    const nominal = t.lower.endsWith('ing') && j > 0 && DETERMINERS_BEFORE_NOUN.has(tokens[j - 1].lower);
    if (t.kind === 'word' && !nominal && PREDICATE_FORMS_MAP.has(t.lower) && (!NOMINAL_PREDICATES.has(t.lower) || t.lower.endsWith('ing')) && (isVerbForm(t.lower) || !t.lower.endsWith('s'))) {
      // "the strike killed", not "a fire broke out ... three": a verb form right before the count.
      if (n === 0 || VERB_FILLERS.has(tokens[j + 1].lower)) return PREDICATE_FORMS_MAP.get(t.lower)!;
      return null;
    }
    if (!(t.kind === 'word' && ['reportedly', 'allegedly', 'apparently', 'also', 'then', 'now', 'had', 'have', 'has', 'all'].includes(t.lower))) return null;
  }
  return null;
}

/** Text between two token indexes, inclusive. */
function span(sentence: string, tokens: readonly Token[], a: number, b: number): { text: string; start: number; end: number } {
  const start = tokens[a].start;
  const end = tokens[b].end;
  return { text: sentence.slice(start, end), start, end };
}

function buildMention(sentence: string, tokens: readonly Token[], m: NumberMatch): { mention: QuantityMention; afterSubject: number; first: number } | null {
  // "Two days later", "three years ago": a time reference, not a figure anyone reports.
  if (m.unit !== null && TIME_UNITS.has(m.unit) && RELATIVE_TIME.has(tokens[m.last + 1]?.lower ?? '')) return null;
  // "over several months", "for a few days", "many years": how long, told vaguely, is no figure to check.
  if (m.unit !== null && TIME_UNITS.has(m.unit) && m.form === 'vague') return null;
  const q = m.form === 'article' || m.form === 'none' ? null : qualifierBefore(tokens, m.first);
  let qualifier: Qualifier = q?.qualifier ?? (m.approx ? 'approx' : 'exact');
  let last = m.last;
  if (!q) {
    const trailing = phraseStartingAt(tokens, last + 1, TRAILING_INDEX);
    if (trailing && m.form !== 'vague') {
      qualifier = trailing.qualifier;
      last += trailing.words.length;
    }
  }

  // The counted subject: after "of" for vague counts and partitives, else right after the number.
  let subject: string | null = null;
  let afterSubject = m.last + 1;
  // "several of the wounded were in critical condition": a part of a toll, counted for what follows.
  let partOfToll = false;
  if (m.unit === null || m.unit === '%') {
    let k = m.last + 1;
    const of = tokens[k]?.lower === 'of';
    if (of) {
      k++;
      // fired “tens of” missiles: the quotation closes on "of", the noun follows it.
      if (QUOTE_MARKS.has(tokens[k]?.text ?? '') && tokens[k]!.start === tokens[k - 1]!.end && (tokens[k + 1]?.start ?? 0) > tokens[k]!.end) k++;
      if (tokens[k] && /^(?:the|those)$/u.test(tokens[k].lower) && HARMED.has(tokens[k + 1]?.lower ?? '')) partOfToll = true;
      if (tokens[k] && PARTITIVE_DETERMINERS.has(tokens[k].lower)) k++;
    }
    if (tokens[k]?.lower === 'more' || tokens[k]?.lower === 'other') k++;
    // "Dozens", "thousands" name what they count with "of" ("thousands of mourners"); without
    // it the next word is their verb ("Thousands mourn fighters killed …": not thousands of
    // fighters). "Several" and "a few" take their noun directly.
    const countsNext = m.form !== 'vague' || of || !PLURAL_COUNTS.test(tokens[m.last]?.lower ?? '') || isPlural(tokens[k]?.lower ?? '');
    if ((m.unit === null || m.proportion === true) && countsNext) {
      // 80 “American terrorists” were killed: a quoted label is still the counted noun.
      const quoted = QUOTE_MARKS.has(tokens[k]?.text ?? '') && tokens[k + 1]?.start === tokens[k]!.end;
      const np = nounPhrase(tokens, quoted ? k + 1 : k, m.value === 1 || m.form === 'none');
      if (np) {
        subject = sentence.slice(tokens[np.from].start, tokens[np.head].end);
        afterSubject = np.after;
        if (quoted && QUOTE_MARKS.has(tokens[afterSubject]?.text ?? '')) afterSubject++;
      } else afterSubject = k;
    } else afterSubject = k; // "Dozens more were wounded": the verb follows "more".
  }
  const before = q ? q.at : m.first;
  subject ??= countedBefore(sentence, tokens, before);
  let predicate = predicateBefore(tokens, before) ?? (partOfToll ? predicateAfter(tokens, afterSubject + 1) : predicateAfter(tokens, afterSubject));
  // "The number of service members diagnosed with brain injuries has risen to 50": the harm is the counted one's.
  if (predicate === null && risesTo(tokens, before)) predicate = harmOfCounted(tokens, before - 2);
  // "the five sites it bombed": the verb of a relative clause without "that", its subject a pronoun.
  if (predicate === null && subject !== null) predicate = relativeVerb(tokens, afterSubject);
  // "Sunday's US airstrikes on five Kataib Hezbollah sites": what strikes are on, they hit.
  if (predicate === null && subject !== null && strikesOn(tokens, before, subject)) predicate = 'hit';

  // "There were no Iraqi casualties": the noun says the harm.
  const harm = predicate === null && m.form === 'none' && subject !== null ? HARM_NOUNS.get(subject.split(/\s+/u).pop()!.toLowerCase()) ?? null : null;
  if (harm) predicate = harm;
  if (m.form === 'article' || m.form === 'none') {
    // "a father and son had died": the article counts one of several.
    if (m.form === 'article' && subject !== null && tokens[afterSubject]?.lower === 'and' && isWordLike(tokens[afterSubject + 1]) && !NP_STOPS.has(tokens[afterSubject + 1]!.lower) && !PREDICATE_FORMS_MAP.has(tokens[afterSubject + 1]!.lower) && matchNumber(tokens, afterSubject + 1) === null) return null;
    if (predicate === null || !CASUALTY_PREDICATES.has(predicate) || subject === null && m.form === 'article') return null;
    // "shot dead by gunmen on a motorcycle, and several others have been kidnapped": a preposition's object is no count.
    if (m.form === 'article' && ARTICLE_AFTER_PREPOSITION.has(tokens[m.first - 1]?.lower ?? '')) return null;
  }
  if (m.form === 'one' && (predicate === null || subject === null)) return null;
  // "raised the toll several times": how often, told vaguely, counts nothing.
  if (m.form === 'vague' && subject !== null && /^times$/iu.test(subject)) return null;

  const s = span(sentence, tokens, q ? q.at : m.first, last);
  // "Ambassador J. Christopher Stevens and three other Americans were killed": the one named and the others.
  const plusNamed = m.unit === null && m.form !== 'vague' && tokens[m.last + 1]?.lower === 'other' && tokens[m.first - 1]?.lower === 'and' && /^\p{Lu}/u.test(tokens[m.first - 2]?.text ?? '');
  return { mention: { text: s.text, value: plusNamed ? m.value + 1 : m.value, qualifier, unit: m.unit, subject, predicate, start: s.start, end: s.end }, afterSubject, first: q ? q.at : m.first };
}

/** Subjects of a relative clause without "that": "the five sites it bombed", "the 25 fighters they killed". */
const CLAUSE_PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);

/** A pronoun and a predicate right after the counted phrase ("sites it bombed"), or "that"/"which" before them; else null. */
function relativeVerb(tokens: readonly Token[], k: number): string | null {
  const j = /^(?:that|which)$/u.test(tokens[k]?.lower ?? '') ? k + 1 : k;
  if (!CLAUSE_PRONOUNS.has(tokens[j]?.lower ?? '')) return null;
  const verb = tokens[j + 1];
  // (A past form: "the sites it hit", not "the five sites it uses to strike".)
  if (verb === undefined || verb.kind !== 'word' || (!verb.lower.endsWith('ed') && !IRREGULAR_PAST.has(verb.lower))) return null;
  return predicateAt(tokens, j + 1);
}

const IRREGULAR_PAST = new Set(['hit', 'struck', 'shot', 'sent']);

/** Attacks whose object is what they hit: "airstrikes on five sites", "raids against three bases". */
const ATTACK_NOUNS = new Set(['strikes', 'airstrikes', 'strike', 'airstrike', 'raids', 'raid', 'attacks', 'attack', 'bombing', 'bombings', 'bombardment', 'bombardments']);
/** What such attacks are on, when it is counted: places, not people or occasions. */
const TARGET_NOUNS = new Set(['sites', 'site', 'targets', 'target', 'bases', 'base', 'locations', 'location', 'facilities', 'facility', 'positions', 'position', 'depots', 'depot', 'installations', 'installation', 'camps', 'camp', 'headquarters', 'compounds']);

/** "strikes on" or "attacks against" right before the count at `k`, which counts places attacked. */
function strikesOn(tokens: readonly Token[], k: number, subject: string): boolean {
  if (!/^(?:on|against)$/u.test(tokens[k - 1]?.lower ?? '') || !ATTACK_NOUNS.has(tokens[k - 2]?.lower ?? '')) return false;
  return TARGET_NOUNS.has(subject.split(/\s+/u).pop()!.toLowerCase());
}

const ARTICLE_AFTER_PREPOSITION = new Set(['on', 'in', 'at', 'by', 'with', 'from', 'into', 'onto', 'under', 'near', 'inside', 'through', 'aboard', 'via', 'outside', 'across', 'behind']);
const COUNT_NOUNS = new Set(['number', 'figure', 'count', 'total']);
const HARMED = new Set(['dead', 'deaths', 'fatalities', 'wounded', 'injured', 'casualties', 'victims']);

/** "put the number of troops at around 3,500": what the number counts, written before "at". */
function countedBefore(sentence: string, tokens: readonly Token[], at: number): string | null {
  if (risesTo(tokens, at)) return countedEarlier(sentence, tokens, at - 2);
  if (tokens[at - 1]?.lower !== 'at') return null;
  for (let of = at - 3; of >= Math.max(1, at - 5); of--) {
    if (tokens[of].lower !== 'of' || !COUNT_NOUNS.has(tokens[of - 1].lower)) continue;
    const words = tokens.slice(of + 1, at - 1);
    // "the number of dead at 27" names the harm (predicateBefore reads it), not who was counted.
    if (words.length === 0 || words.some((t) => t.kind !== 'word') || HARMED.has(words[words.length - 1].lower)) return null;
    return sentence.slice(words[0].start, words[words.length - 1].end);
  }
  return null;
}

const RISE_VERBS = new Set(['risen', 'rose', 'rises', 'climbed', 'climbs', 'increased', 'increases', 'grown', 'grew', 'jumped', 'jumps', 'fallen', 'fell', 'dropped', 'revised', 'raised', 'lowered']);
/** Words that end the counted noun after "number of": "service members | diagnosed with …". */
const COUNTED_ENDS = new Set(['who', 'that', 'which', 'with', 'after', 'in', 'at', 'on', 'from', 'for', 'by', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'diagnosed', 'treated', 'killed', 'wounded', 'injured', 'evacuated', 'flown', 'sent', 'deployed']);

/** "The number of U.S. service members diagnosed with brain injuries has risen to 109": what was counted, named after "number of" before the verb at `verb`. */
function countedEarlier(sentence: string, tokens: readonly Token[], verb: number): string | null {
  const of = numberOfBefore(tokens, verb);
  if (of < 0) return null;
  let end = of + 1;
  // Words and abbreviation dots ("U.S."), up to five tokens.
  while (end < verb && (tokens[end].kind === 'word' || (tokens[end].text === '.' && tokens[end].start === tokens[end - 1].end)) && !COUNTED_ENDS.has(tokens[end].lower) && end - of <= 7) end++;
  // The head and the word before it ("service members"), not the modifiers before them.
  const words = tokens.slice(Math.max(of + 1, end - 2), end).filter((t) => /^\p{Ll}/u.test(t.text));
  if (words.length === 0 || HARMED.has(words[words.length - 1].lower)) return null;
  return sentence.slice(words[0].start, words[words.length - 1].end);
}

/** The harm named after "number of" and its noun, before a verb of a rising count at `verb`: "… diagnosed with brain injuries has risen". */
function harmOfCounted(tokens: readonly Token[], verb: number): string | null {
  const of = numberOfBefore(tokens, verb);
  if (of < 0) return null;
  for (let k = of + 1; k < verb; k++) {
    const p = predicateAt(tokens, k);
    if (p !== null && CASUALTY_PREDICATES.has(p)) return p;
  }
  return null;
}

/** "… risen to 50": a verb of a rising count and "to" right before the figure at `at`. */
function risesTo(tokens: readonly Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'to' && RISE_VERBS.has(tokens[at - 2]?.lower ?? '');
}

/** The "of" of the nearest "the number of" (a count noun, then "of") within 25 tokens before `verb`, or -1. */
function numberOfBefore(tokens: readonly Token[], verb: number): number {
  for (let of = verb - 1; of >= Math.max(1, verb - 25); of--) if (tokens[of].lower === 'of' && COUNT_NOUNS.has(tokens[of - 1].lower)) return of;
  return -1;
}

/** Nouns of harm that carry their predicate: "no casualties" is none killed. */
const HARM_NOUNS = new Map([
  ['casualties', 'killed'],
  ['fatalities', 'killed'],
  ['deaths', 'killed'],
  ['injuries', 'injured'],
]);

const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'son', 'daughter', 'father', 'mother', 'wife', 'husband', 'resident', 'driver', 'teenager']);

/** Low and high end of one range: at least the first, at most the second (an approximate range stays approximate), one subject and predicate. */
function asRange(low: QuantityMention, high: QuantityMention): void {
  if (low.qualifier === 'exact') {
    low.qualifier = 'at_least';
    high.qualifier = 'at_most';
  } else if (low.qualifier === 'approx') high.qualifier = 'approx';
  low.subject ??= high.subject;
  low.predicate ??= high.predicate;
  high.subject ??= low.subject;
  high.predicate ??= low.predicate;
}

/**
 * "40 to 50 people", "20–25 rockets": two figures joined by "to" or a dash, rising, the second
 * right after the first. "rose from 35 to 56" is a change, "voted 52 to 47" and "a 2–1 win" are
 * tallies, and a range needs something counted.
 */
function isRangeTo(tokens: readonly Token[], before: { mention: QuantityMention; first: number }, m: NumberMatch, high: QuantityMention): boolean {
  const low = before.mention;
  const joint = tokens[m.first - 1];
  if (joint === undefined || tokens[m.first - 2]?.end !== low.end) return false;
  if (joint.lower !== 'to' && joint.text !== '-' && joint.text !== '\u2013') return false;
  if (low.value >= high.value || low.unit !== high.unit || (low.qualifier !== 'exact' && low.qualifier !== 'approx') || high.qualifier !== 'exact') return false;
  if (high.subject === null && high.unit === null && low.subject === null) return false;
  const lead = tokens[before.first - 1]?.lower;
  if (lead === 'from' || lead === 'voted' || lead === 'vote' || lead === 'by') return false;
  return !TALLY_NOUNS.has(tokens[m.last + 1]?.lower ?? '');
}

/** "170 of the 329 lawmakers", "two of its three engines": a smaller figure, then "of", a determiner and the whole. */
function isPartOf(tokens: readonly Token[], before: { mention: QuantityMention; first: number }, m: NumberMatch, whole: QuantityMention): boolean {
  const part = before.mention;
  // (The part may already have found the whole's noun: "Two of the three rockets".)
  if ((part.subject !== null && part.subject !== whole.subject) || part.unit !== null || whole.unit !== null || whole.subject === null || part.value >= whole.value) return false;
  // ("of the chamber's 329 members": a determiner or an owner may stand between.)
  let of = m.first - 1;
  while (of > m.first - 4 && of > 0 && tokens[of]!.lower !== 'of' && (PARTITIVE_DETERMINERS.has(tokens[of]!.lower) || tokens[of]!.lower.endsWith("'s"))) of--;
  return of > 0 && tokens[of]!.lower === 'of' && tokens[of - 1]?.end === part.end;
}

/** "Soleimani, 62, headed …", "the man, 45, was …": a bare number between commas right after a person is an age, not a count. */
function isAge(tokens: readonly Token[], m: NumberMatch): boolean {
  if (m.form !== 'digits' || m.unit !== null || m.first !== m.last || m.value > 120 || !Number.isInteger(m.value)) return false;
  const before = tokens[m.first - 2];
  if (tokens[m.first - 1]?.text !== ',' || tokens[m.last + 1]?.text !== ',' || before === undefined || before.kind !== 'word') return false;
  return /^\p{Lu}/u.test(before.text) || PERSON_NOUNS.has(before.lower);
}

const NOT_ONE = new Set(['number', 'lot', 'majority', 'minority', 'variety', 'range', 'series', 'host', 'bunch', 'total', 'handful',
  // "a volley of missiles", "a barrage of rockets": one volley is no count of what it holds.
  'volley', 'barrage', 'salvo', 'wave', 'string', 'spate', 'flurry', 'hail', 'swarm', 'crowd', 'group']);

/** Prepositions after which a bare number stands for a whole noun phrase ("two in Syria"). */
const ELLIPSIS_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'inside', 'outside', 'from', 'across']);
const RELATIVE_PARTITIVE = new Set(['which', 'whom', 'them', 'these', 'those']);
/** Marks that open a breakdown of the figure before them. */
const BREAKDOWN_MARKS = new Set(['-', '–', '—', ':']);

/**
 * A number whose noun is left out takes the previous figure's: "three locations in Iraq and two
 * in Syria" counts locations struck in both places, and "15 missiles, of which 11 hit" counts
 * missiles. Only a bare number (no noun, no unit) right after "and" or a comma, with a place
 * phrase or the clause's end after it, after "of which"/"of them", or after a dash or colon
 * with a place phrase after it (a breakdown), inherits.
 */
function carryElidedHead(tokens: readonly Token[], previous: { mention: QuantityMention; afterSubject: number; first: number }, m: NumberMatch, mention: QuantityMention): void {
  const head = previous.mention;
  if (mention.subject !== null || mention.unit !== null || head.subject === null || head.unit !== null) return;
  const lead = tokens[m.first - 1]?.lower;
  if (lead !== undefined && RELATIVE_PARTITIVE.has(lead)) {
    // "15 missiles, of which 11 hit": the pronoun points back at the figure just before it.
    if (tokens[m.first - 2]?.lower === 'of' && m.first - 2 - previous.afterSubject <= 2) mention.subject = head.subject;
    return;
  }
  const next = tokens[m.last + 1];
  if (lead !== undefined && BREAKDOWN_MARKS.has(lead)) {
    // "22 missiles had been fired - 17 at Ain al-Asad and five at Irbil": the parts of the total
    // after a dash or colon, each by its place. Not when the total is itself where ("fired 22
    // missiles at two bases - 17 at …": the two would lend "bases").
    const where = tokens[previous.first - 1]?.lower;
    if (m.first - 1 - previous.afterSubject > 6 || next === undefined || !ELLIPSIS_PREPOSITIONS.has(next.lower) || (where !== undefined && ELLIPSIS_PREPOSITIONS.has(where))) return;
  } else {
    if ((lead !== 'and' && lead !== ',') || m.first - 1 - previous.afterSubject > 6) return;
    if (next !== undefined && isWordLike(next) && !ELLIPSIS_PREPOSITIONS.has(next.lower)) return;
  }
  mention.subject = head.subject;
  mention.predicate ??= head.predicate;
}

/**
 * Every count and measure in one sentence: digits ("25", "1,000", "5.5"), number words
 * ("three", "twenty-five", "a dozen"), vague counts ("Dozens" 12, "Hundreds" 100 — approx),
 * money ("$350 million"), measures ("about 5m (16ft)"), with the qualifier before it, the
 * counted subject and the predicate. Dates, years, clock times, codes ("K1", "F-15") and
 * label numbers ("Version 2") are not quantities. "a"/"an"/"one" count only with a predicate
 * ("killed an American contractor" is 1 killed); "one of the guard towers" is a selector,
 * not a count, and is skipped.
 */
export function extractQuantities(sentence: string): QuantityMention[] {
  const tokens = tokenize(sentence);
  const out: QuantityMention[] = [];
  let i = 0;
  let between: { mention: QuantityMention; last: number } | null = null;
  let previous: { mention: QuantityMention; afterSubject: number; first: number } | null = null;
  while (i < tokens.length) {
    const m = matchNumber(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    if (isAge(tokens, m)) {
      i = m.last + 1;
      continue;
    }
    asProportion(tokens, m);
    const built = buildMention(sentence, tokens, m);
    if (built) {
      const { mention } = built;
      if (mention.subject === null && mention.predicate === null && mention.unit === null) underHeading(tokens, built.first, m.last, mention);
      // "killed three Iraqi soldiers and two police officers": the second object shares the verb.
      if (mention.predicate === null && previous?.mention.predicate != null && previous.mention.subject !== null && tokens[previous.afterSubject]?.lower === 'and' && previous.afterSubject + 1 === m.first) {
        mention.predicate = previous.mention.predicate;
      }
      // "25 fighters were killed and 55 wounded", "killed 25 fighters and wounded 51": the second figure counts the same
      // people; so do "51 others" after "martyring 25 fighters and injuring".
      const lead = built.first;
      const joined = tokens[lead - 1]?.lower === 'and' || (tokens[lead - 2]?.lower === 'and' && PREDICATE_FORMS_MAP.has(tokens[lead - 1]?.lower ?? ''));
      if ((mention.subject === null || /^others$/iu.test(mention.subject)) && mention.predicate !== null && previous?.mention.subject != null && previous.mention.predicate !== null &&
          previous.mention.predicate !== mention.predicate && joined && lead - previous.afterSubject <= 5 && m.form !== 'article') {
        mention.subject = previous.mention.subject;
      }
      if (previous !== null) carryElidedHead(tokens, previous, m, mention);
      const before = previous;
      previous = built;
      // "between 25 and 30 fighters": at least the first, at most the second, both of the same subject.
      if (between && m.first === between.last + 2 && tokens[between.last + 1]?.lower === 'and' && mention.qualifier === 'exact') {
        asRange(between.mention, mention);
      } else if (before !== null && isRangeTo(tokens, before, m, mention)) {
        // "killed 40 to 50 people", "20–25 rockets": the same range without "between".
        asRange(before.mention, mention);
      } else if (before !== null && isPartOf(tokens, before, m, mention)) {
        // "170 of the 329 lawmakers attended": the part did what is said; the whole is only the body it belongs to.
        before.mention.subject ??= mention.subject;
        before.mention.predicate ??= mention.predicate;
        mention.predicate = null;
      }
      between = tokens[m.first - 1]?.lower === 'between' && mention.qualifier === 'exact' ? { mention, last: m.last } : null;
      if (m.rangeLow !== undefined) {
        if ((mention.subject === null && mention.unit === null) || TALLY_NOUNS.has(tokens[m.last + 1]?.lower ?? '')) {
          i = m.last + 1;
          continue;
        }
        const cut = tokens[m.first]!.start + m.rangeLow.length;
        out.push({ ...mention, text: sentence.slice(mention.start, cut), value: m.rangeLow.value, end: cut });
        mention.text = sentence.slice(cut + 1, mention.end);
        mention.start = cut + 1;
        asRange(out[out.length - 1]!, mention);
      }
      out.push(mention);
    }
    i = m.last + 1;
  }
  return out;
}

