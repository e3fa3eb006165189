import type { Token } from '../segment/Sentence';

/** Offsets of a name found by the entity tagger: its words belong to a phrase whatever their tags. */
export interface Span {
  start: number;
  end: number;
}

/** A noun phrase found next to a cue: offsets are absolute. */
export interface NounPhrase {
  start: number;
  end: number;
  text: string;
  /** Where the subject's description starts when the phrase is a name in apposition ("A Syrian war monitor, | the Syrian Observatory …"). */
  describedFrom?: number;
  /** Where the work the subject speaks through starts ("| A report released by | the Pentagon said"): the frame and the clause open there. */
  workFrom?: number;
  /** Where the description the name goes by begins ("a mourner named Hamid"): the frame and the clause check start there. */
  namedFrom?: number;
  /** Where ", who" begins when the phrase is the one a relative clause of saying is on ("Trump, | who claimed, …"). */
  relativeFrom?: number;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART', 'X', 'SYM']);
const NP_PREPS = new Set(['of', 'for', 'with', 'at', 'in', 'from', 'on', 'near', 'to', 'close', 'inside', 'within', 'outside', 'around', 'across', 'throughout']);
/** The object of a phrase's preposition ("sources close to him", "people familiar with them"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** After a name, only these attach a phrase to it ("a statement from X", "a spokesman for X"); "at the end of the game" is an adverbial. */
const NP_PREPS_AFTER = new Set(['of', 'for', 'with', 'from']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'two', 'three', 'four', 'many', 'other']);
const DETERMINER_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Words wink sometimes tags as verbs or adverbs inside a speaker phrase ("state-run", "unidentified", "close"). */
const NP_WORDS = new Set(['state-run', 'state-owned', 'unidentified', 'unnamed', 'senior', 'close', 'familiar', 'former', 'top', 'military', 'official', 'security', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'media', 'local', 'armed', 'united', 'sources', 'source', 'both', 'police', 'thinking', 'state']);
/** Verbs of a reduced relative clause inside a speaker phrase: "a source familiar with the matter", "a person briefed on". */
const REDUCED_RELATIVE = /^(?:familiar|briefed|involved|close|speaking|knowledgeable|authorized|authorised|based|stationed)$/iu;
/** Between a subject and its cue: "has also said", "had earlier tweeted", "later reported", "did not say". */
const AUX_OR_ADVERB = new Set(['AUX', 'ADV', 'PART']);
/** Plural nouns of a report that wink may tag as verbs, and the words that make them nouns before them. */
export const REPORT_HEADS = new Set(['reports', 'accounts', 'estimates', 'claims']);
const REPORT_QUALIFIERS = new Set(['earlier', 'early', 'initial', 'first', 'later', 'latest', 'previous', 'preliminary', 'unconfirmed', 'conflicting', 'local', 'media', 'news', 'press', 'some', 'other', 'several']);
/** Determiners that count ("two", "several"): a definite one may stand before them. */
const QUANTIFYING = new Set(['two', 'three', 'four', 'several', 'many', 'other', 'some']);
const DEFINITE_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** An acronym in brackets after a name: "(DA)", "(NDMA)", "(PTI)". */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

/** A "-" with space on both sides is a dash between phrases, not a hyphen inside a word. */
function spacedDash(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return prev !== undefined && next !== undefined && prev.end < tokens[k]!.start && next.start > tokens[k]!.end;
}

/** Tokens `from`..`to` are names joined by commas and one "and" ("Finland, Norway and Poland"). */
function nameList(tokens: readonly Token[], from: number, to: number, named: (t: Token) => boolean): boolean {
  let and = false;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.text.toLowerCase() === 'and') and = true;
    else if (t.text !== ',' && !named(t)) return false;
  }
  return and;
}

/**
 * The noun phrase that ends right before `end` (a cue's start), walking back over the
 * sentence's tokens: determiners, adjectives, nouns and names, possessives, "of/for/with"
 * phrases and "X and Y" coordinations ("Iraqi security and militia sources", "A spokesman
 * for Iran's powerful Revolutionary Guard"). Auxiliaries and adverbs right before the cue
 * are stepped over ("has also said"). Stops at a verb, a clause word or punctuation; a
 * determiner closes the phrase unless an "of/for" phrase continues it leftwards.
 * Tokens inside `names` (tagged entities) always belong to the phrase.
 */
export function nounPhraseBefore(tokens: readonly Token[], text: string, base: number, end: number, names: readonly Span[] = []): NounPhrase | null {
  const named = (t: Token): boolean => names.some((n) => t.start >= n.start && t.end <= n.end);
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.end > end) i--;
  for (let skipped = 0; i >= 0 && skipped < 3 && AUX_OR_ADVERB.has(tokens[i]!.pos) && !named(tokens[i]!) && !SUBJECT_PRONOUNS.has(tokens[i]!.text.toLowerCase()); skipped++) i--;
  if (i < 0) return null;
  const last = tokens[i]!;
  if (SUBJECT_PRONOUNS.has(last.text.toLowerCase())) return phrase(text, base, last.start, last.end);
  let first = -1;
  let closed = false;
  let k0 = i;
  // "sources close to him": a pronoun object closes the phrase like a name would.
  if (OBJECT_PRONOUNS.has(last.text.toLowerCase()) && i > 0 && NP_PREPS.has(tokens[i - 1]!.text.toLowerCase())) {
    first = i;
    closed = true;
    k0 = i - 1;
  }
  for (let k = k0; k >= 0; k--) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase();
    if (closed) {
      // "the two countries", "its many critics": a definite determiner before a count or quantifier.
      if (first === k + 1 && QUANTIFYING.has(tokens[first]!.text.toLowerCase()) && DEFINITE_DETERMINERS.has(lower)) {
        first = k;
        break;
      }
      // Only "X of the Y" continues a phrase past its determiner.
      if (NP_PREPS.has(lower) && k > 0 && (isNpToken(tokens[k - 1]!) || named(tokens[k - 1]!) || REDUCED_RELATIVE.test(tokens[k - 1]!.text)) && !SUBJECT_PRONOUNS.has(tokens[k - 1]!.text.toLowerCase())) {
        first = k;
        closed = false;
        continue;
      }
      if (coordinatedPrep(tokens, k, named)) {
        first = k - 1;
        k--;
        closed = false;
        continue;
      }
      break;
    }
    // "Officials in Denmark, Finland, Norway and Poland": a comma inside a list of names ending in "and".
    if (t.text === ',' && first > 0 && k > 0 && named(tokens[k - 1]!) && nameList(tokens, first, i, named)) {
      first = k;
      continue;
    }
    if (named(t) || isNpToken(t) || hyphenated(tokens, k)) {
      first = k;
      if (DETERMINERS.has(lower) && !named(t)) closed = true;
      continue;
    }
    // "Earlier reports said …": wink reads a report noun as a verb after an adjective that opens the sentence.
    if (k === i && REPORT_HEADS.has(lower) && k > 0 && REPORT_QUALIFIERS.has(tokens[k - 1]!.text.toLowerCase())) {
      first = k - 1;
      k--;
      continue;
    }
    // "The Democratic Alliance (DA) party said": a bracketed acronym inside the phrase.
    if (t.text === ')' && first > 0 && k >= 3 && tokens[k - 2]!.text === '(' && ACRONYM.test(tokens[k - 1]!.text)) {
      first = k - 2;
      k -= 2;
      continue;
    }
    if (NP_PREPS.has(lower) && first > 0 && k > 0 && (isNpToken(tokens[k - 1]!) || named(tokens[k - 1]!)) && !SUBJECT_PRONOUNS.has(tokens[k - 1]!.text.toLowerCase())) {
      first = k;
      continue;
    }
    // Coordinated places: "observers in Virginia and around the country".
    if (first > 0 && coordinatedPrep(tokens, k, named)) {
      first = k - 1;
      k--;
      continue;
    }
    // "people familiar with his thinking": a possessive determiner closes the phrase; an of/with phrase may continue it.
    if (DETERMINER_PRONOUNS.has(lower) && first > 0) {
      first = k;
      closed = true;
      continue;
    }
    // "those close to him", "those familiar with the talks".
    if (lower === 'those' && first > 0 && first < tokens.length && NP_PREPS.has(tokens[k + 1]!.text.toLowerCase())) {
      first = k;
      break;
    }
    if (lower === 'and' && first > 0 && k > 0 && (isNpToken(tokens[k - 1]!) || named(tokens[k - 1]!)) && tokens[k - 1]!.pos !== 'DET') {
      first = k;
      continue;
    }
    // "elected officials", "restructuring experts": a participle right before the head, opening the phrase.
    if (t.pos === 'VERB' && first === k + 1 && /\p{L}{3,}(?:ed|ing)$/u.test(lower) && tokens[k + 1]!.pos === 'NOUN' && (k === 0 || /^(?:PUNCT|DET|ADP|CCONJ|SCONJ|ADV)$/u.test(tokens[k - 1]!.pos))) {
      first = k;
      continue;
    }
    if (REDUCED_RELATIVE.test(lower) && first > 0) {
      first = k;
      continue;
    }
    // A hyphen joins words ("Iran-backed"); a spaced dash ends a timeline entry's date ("JAN. 11 - Iran's armed forces say").
    if (((t.text === '-' && !spacedDash(tokens, k)) || t.text === '’s' || t.text === "'s" || t.text === '’' || t.text === "'") && first > 0) {
      first = k;
      continue;
    }
    if (DETERMINER_PRONOUNS.has(lower)) first = k;
    break;
  }
  if (first < 0) return null;
  // A phrase never starts with a preposition, a conjunction or punctuation.
  while (first <= i && (NP_PREPS.has(tokens[first]!.text.toLowerCase()) || tokens[first]!.text.toLowerCase() === 'and' || tokens[first]!.pos === 'PUNCT')) first++;
  if (first > i) return null;
  if (i - first > 16) first = i - 16;
  return phrase(text, base, tokens[first]!.start, tokens[i]!.end);
}

/**
 * The noun phrase that starts at or after `start` (for "…, said Ahmed al-Assadi, a
 * spokesman …", "according to X", "told Reuters"). Only of/for/with/from phrases attach
 * ("a statement from Operation Inherent Resolve"); a name after a common noun starts a
 * new phrase ("told the newspaper | Ghosn did not …").
 */
export function nounPhraseAfter(tokens: readonly Token[], text: string, base: number, start: number, limit: number, names: readonly Span[] = []): NounPhrase | null {
  const named = (t: Token): boolean => names.some((n) => t.start >= n.start && t.end <= n.end);
  let i = 0;
  while (i < tokens.length && tokens[i]!.start < start) i++;
  if (i >= tokens.length || tokens[i]!.start >= limit) return null;
  if (SUBJECT_PRONOUNS.has(tokens[i]!.text.toLowerCase())) return phrase(text, base, tokens[i]!.start, tokens[i]!.end);
  let last = -1;
  for (let k = i; k < tokens.length && tokens[k]!.end <= limit; k++) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase();
    const prev = k > i ? tokens[k - 1]! : null;
    // "told the newspaper | Ghosn did not …": a name after a common noun starts a new clause,
    // unless the name closes the phrase ("said 9/11 widow Terry Strada.", "according to the
    // nonpartisan Congressional Budget Office,"): then the common words are its description.
    if (prev && t.pos === 'PROPN' && !named(prev) && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && !named(t) && !nameClosesPhrase(tokens, k, limit, named)) break;
    // "told reporters | the strikes were …": a determiner after a noun opens a new phrase.
    if (prev && t.pos === 'DET' && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !named(t)) break;
    // ("Iraq's semi-official High Commission …": a hyphenated modifier wink reads as a noun is no head.)
    if (prev && named(t) && !named(prev) && prev.pos === 'NOUN' && /^\p{Ll}/u.test(prev.text) && !prev.text.includes('-') && k > i + 1 && !nameClosesPhrase(tokens, k, limit, named)) break;
    // wink sometimes tags the first noun of a compound as a verb ("market data").
    const compound = t.pos === 'VERB' && !/(?:ed|ing)$/iu.test(t.text) && k + 1 < tokens.length && tokens[k + 1]!.pos === 'NOUN' && tokens[k + 1]!.start === t.end + 1;
    if (isNpToken(t) || named(t) || DETERMINER_PRONOUNS.has(lower) || hyphenated(tokens, k) || compound) {
      last = k;
      continue;
    }
    if (NP_PREPS_AFTER.has(lower) && last >= 0 && k + 1 < tokens.length && (isNpToken(tokens[k + 1]!) || named(tokens[k + 1]!))) continue;
    // "a new report by Politico", "an analysis by Lily Batchelder": the author belongs to the phrase.
    if (lower === 'by' && last >= 0 && authorAt(tokens, k + 1, named)) continue;
    if (lower === 'and' && last >= 0 && k + 1 < tokens.length && (isNpToken(tokens[k + 1]!) || named(tokens[k + 1]!))) continue;
    if ((t.text === '-' || t.text === '’s' || t.text === "'s") && last >= 0) continue;
    // "told Fox News' Laura Ingraham": the apostrophe of a plural possessive, glued to a word in s, before a name.
    if ((t.text === "'" || t.text === '’') && last === k - 1 && prev !== null && prev.end === t.start && /s$/iu.test(prev.text) && k + 1 < tokens.length && tokens[k + 1]!.start > t.end && (named(tokens[k + 1]!) || tokens[k + 1]!.pos === 'PROPN')) continue;
    break;
  }
  if (last < 0) return null;
  return phrase(text, base, tokens[i]!.start, tokens[last]!.end);
}

/** Coordinated places: "observers in Virginia | and around the country" (token k is the second preposition). */
function coordinatedPrep(tokens: readonly Token[], k: number, named: (t: Token) => boolean): boolean {
  return NP_PREPS.has(tokens[k]!.text.toLowerCase()) && k > 1 && tokens[k - 1]!.text.toLowerCase() === 'and' && (isNpToken(tokens[k - 2]!) || named(tokens[k - 2]!));
}

/** A name, or "the" and a name, at token k: the author after "by". */
function authorAt(tokens: readonly Token[], k: number, named: (t: Token) => boolean): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  const name = t.text.toLowerCase() === 'the' ? tokens[k + 1] : t;
  return name !== undefined && (named(name) || name.pos === 'PROPN');
}

/** Day, month and time-of-day words: "told reporters Tuesday" ends at "reporters". */
export const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|morning|afternoon|evening|night|week|weekend|month|year)$/iu;

/**
 * The capitalised run (names and proper nouns) starting at token k ends the phrase: what
 * follows is punctuation, the limit or the text's end, not a verb of a new clause. A run
 * of time words ("Tuesday", "Thursday morning") is no name.
 */
function nameClosesPhrase(tokens: readonly Token[], k: number, limit: number, named: (t: Token) => boolean): boolean {
  let j = k;
  let names = 0;
  while (j < tokens.length && tokens[j]!.end <= limit && (named(tokens[j]!) || tokens[j]!.pos === 'PROPN' || hyphenated(tokens, j))) {
    if (!TIME_WORD.test(tokens[j]!.text)) names++;
    j++;
  }
  if (names === 0) return false;
  const next = tokens[j];
  return next === undefined || next.start >= limit || next.pos === 'PUNCT';
}

/** "Iran-backed", "state-run": a word glued to a hyphen is part of a compound modifier. */
function hyphenated(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text === '-' || t.text === '‐') return prev !== undefined && next !== undefined && prev.end === t.start && next.start === t.end;
  return (prev !== undefined && (prev.text === '-' || prev.text === '‐') && prev.end === t.start) || (next !== undefined && (next.text === '-' || next.text === '‐') && next.start === t.end);
}

function isNpToken(t: Token): boolean {
  if (NP_WORDS.has(t.text.toLowerCase())) return true;
  if (t.pos === 'PROPN') return true;
  if (!NP_POS.has(t.pos)) return false;
  if (t.pos === 'PART') return /^['’]s?$/u.test(t.text) || t.text === '’s';
  if (t.pos === 'DET') return !/^(?:that|which|what|whatever|this|these|those|all|both|each|every|either|neither|no)$/iu.test(t.text);
  return true;
}

function phrase(text: string, base: number, start: number, end: number): NounPhrase {
  return { start, end, text: text.slice(start - base, end - base) };
}
