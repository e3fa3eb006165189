import type { Speaker } from '../../domain';
import type { Mention } from '../entities/Mention';
import type { Sentence, Token } from '../segment/Sentence';
import { asciiSingleQuoteSpans, quoteSpans, singleQuoteSpans, type QuoteSpan } from '../segment/quoteSpans';
import type { Attribution } from './Attribution';
import { CHANT_PARTICIPLES, INTENT_VERBS, REACTION_VERBS, cueMatches, CHANT_NEEDLE, OBJECT_FRAME_VERBS, PERCEPTION_VERBS, SPEECH, STATEMENT_OBJECT, STATEMENT_OBJECT_VERBS, STATEMENT_RELEASED, TOLL_CUE, WEAK_CUES } from './cues';
import { nounPhraseAfter, nounPhraseBefore, REPORT_HEADS, SUBJECT_PRONOUNS, TIME_WORD, type NounPhrase } from './nounPhrase';
import { roleWords } from '../entities/roles';
import { skipAdverbials, WEEKDAY } from './skipAdverbials';
import { isPredicateToken } from '../segment/isPredicateToken';
import type { SpeakerResolver } from './SpeakerResolver';
import { countWords } from '../segment/countWords';
import { TIME_OFFSET_LINK } from '../segment/timeOffsetLink';
import { adverbialBeforeThat } from './adverbialBeforeThat';
import { bodyNameAside } from './bodyName';
import { auxiliaryBeforeCue } from './endsWithAuxiliary';
import { lastSpaceDelimited, trailingWordAt, trimmedEnd } from './trailingWord';
import { TRIGGER_RULES } from '../events/eventVocabulary';
import { LABEL_ROLE } from './speakerLabel';
import { isDigit } from '../segment/isDigit';
import { chargeDenialTail } from '../certainty/chargeDenial';

export interface AttributionInput {
  sentence: Sentence;
  /** The sentence's mentions, already resolved against the article. */
  mentions: readonly Mention[];
  resolver: SpeakerResolver;
}

/** What a sentence says about who said what. */
export interface SentenceAttributions {
  attributions: Attribution[];
  /** The sentence introduces words that follow ("X released the following statement:", "The AP reported:"). */
  introduces: Speaker | null;
  /** An attribution sits inside a subordinate clause: the whole sentence is also the outlet's claim. */
  embedded: boolean;
  /** The sentence opens with a speaker label ("WALLACE: …", "Pat Caddell: …"): the rest of its paragraph is that speaker's. */
  labels?: Speaker | null;
  /** The label is a transcript's ("STEVE INSKEEP, HOST:"): its paragraph is the speaker's own words, not a statement. */
  turn?: boolean;
}

interface Cue {
  /** Relative offsets in the sentence. */
  start: number;
  end: number;
  word: string;
}

interface Ctx {
  s: Sentence;
  text: string;
  base: number;
  quotes: QuoteSpan[];
  mentions: readonly Mention[];
  resolver: SpeakerResolver;
  embedded: boolean;
  /** Where the first subordinate clause with an attribution in it opens ("…, though sources said 19 …"). */
  subordinatedAt?: number;
  cues?: Cue[];
  spans?: Array<{ start: number; end: number }>;
}

type Who = { speaker: Speaker; head: string | null };

/** What answers with a deed: "with air strikes", "two days later with sanctions" (not "with a statement saying …"). */
const RESPONSE_DEED = /^(?:\s+[\p{L}-]+){0,3}?\s+with\s+(?!(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}-]+\s+)?(?:statement|statements|tweet|tweets|post|message|letter|comments?|remarks|speech|note|question|questions|words|silence)\b)/u;
/** Words that open with "by" and a participle of a deed ("by firing", "by launching"); "by saying" and the like carry words. */
const DEED_BY = /^by\s+(?!(?:saying|telling|tweeting|writing|stating|noting|announcing|declaring|insisting|arguing|warning|claiming|accusing|calling|describing|asking|urging|posting|issuing|repeating|adding|explaining|suggesting|vowing|promising|threatening|denying|confirming)\b)\p{L}+ing\b/iu;
/** ", and …" after a frame: a second clause of the same report. */
const AND_CLAUSE = /^\s*,\s*and\s+/iu;
/** ", a day after …", ", two days before …": the outlet's clause after a frame (timeOffsetLink). */
const OFFSET_TAIL = new RegExp(String.raw`^\s*,\s*${TIME_OFFSET_LINK}\b`, 'iu');
/** Tails allowed after a post-posed cue: "…, Esper said, adding that …", "…, CNN reported, citing …", "…, said X, a spokesman for …", "…, said X, 41, a farmer …", "…, said a neurologist who …". */
const TAIL_CONT = /^\s*(?:,\s*(?:not\s+(?:even\s+)?)?(citing|quoting|adding|according to|referring to|in reference to|before|after|while|when|as|though|although|but|a|an|the|who|which|whose|compared|including|without|\p{L}+ing|\d{1,3}(?=\s*,))|(as|while|when|before|after)|(who|whose))\b/iu;
const WITNESS_HEAD = /\b(?:reporters?|correspondents?|journalists?|witness(?:es)?|eyewitness(?:es)?|photographers?|cameram[ae]n|crew|onlookers?|bystanders?|residents?|producer|stringer|team)\b/iu;
/** A participle phrase after a recipient, up to "that": " traveling with him that". */
const RECIPIENT_MODIFIER = /^\s+(?:\p{L}+(?:ing|ed)|in|at|on|from|aboard|during)(?:\s+[\p{L}’'-]+){0,4}?\s+that\b/u;
/** A speaker and a reporting verb right after a closing quotation mark: ",” he said in a speech," */
const POSTPOSED_FRAME = /^\s*,?\s*(?:[\p{L}.'’-]+\s+){1,6}?(?:said|says|told|added|wrote|tweeted|declared|insisted|stressed)\b/iu;
/** What follows a quotation that opens a content and is not part of the words: "… as smoke rose", "… in a statement". */
const QUOTE_TAIL = /^\s*,?\s*(?:as|when|while|before|after|because|since|until|in|on|at|during|via|through)\s/iu;
/** The rest of a sentence after "told reporters": "traveling with him.", "accompanying him on the trip.", "gathered at the Pentagon." */
// ("…,” Trump told reporters traveling with him aboard Air Force One on the flight back …, according to a pool report.")
const RECIPIENT_TAIL = /^\s*\p{L}{3,}(?:ing|ed)\b(?:\s+(?:him|her|them|us))?(?:\s+(?:with|to|on|in|at|aboard|from|during|outside|near|for)\b[^,;:“”"]{0,120})?(?:,\s*according to\s+[^,;:“”"]{2,60})?[.!?]?\s*$/u;
/** ", according to X" closing a content. */
const TRAILING_ACCORDING = /,\s*according to\s+(?=[^,;]+$)/iu;
/** A time right before a cue ("just this month", "last week", "on Tuesday"): not part of the subject. */
/** A year of modern news: 1800–2099. */
const YEAR = String.raw`(?:1[89]|20)\d\d`;
const TRAILING_TIME = new RegExp(`\\s+(?:just\\s+|only\\s+)?(?:(?:earlier|later)\\s+)?(?:(?:this|last|next)\\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter|morning|afternoon|evening)|(?:on\\s+)?${WEEKDAY}|in\\s+${YEAR})\\s*$`, 'u');
/** A contact relative clause of the reporter's own contacts before a cue: "… we spoke to", "… I interviewed". */
const CONTACT_CLAUSE = /\s+(?:i|we|he|she|they)\s+(?:(?:had|have|has)\s+)?(?:spoke\s+(?:to|with)|spoken\s+(?:to|with)|talked\s+(?:to|with)|interviewed|contacted|consulted|surveyed|polled|asked|reached)\s*$/iu;
/** Everything up to the last punctuation mark or conjunction: what may stand before a clause's subject. */
const CLAUSE_LEAD = /^[^]*(?:[,;:(—–“"”]|\b(?:and|but|so|yet|or))\s*/iu;
/**
 * Words that open a subordinate clause: an attribution after them is inside it ("where" too: "…, where experts say …").
 * A lead ending in one of them is what /\b(?:after|before|…)\s*$/iu matched (see trailingWordAt).
 */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'as', 'because', 'since', 'although', 'though', 'if', 'unless', 'until', 'once', 'whereas', 'where']);
/** Words that open a relative clause: the cue belongs to it, not to the sentence ("what the Pentagon described as …"). */
const RELATIVES = new Set(['what', 'which', 'that', 'who', 'whom', 'whose', 'how', 'whether']);
/** A clause may start after these: punctuation, a conjunction, a sentence adverb (besides the text's start). */
const CLAUSE_OPENER_MARKS = new Set([',', ';', ':', '(', '—', '–', '“', '"', '”']);
const CLAUSE_OPENER_WORDS = new Set([
  'and', 'but', 'so', 'yet', 'or', 'then', 'meanwhile', 'however', 'also', 'earlier', 'later', 'yesterday', 'today', 'now', 'still', 'instead',
  'separately', 'again', 'first', 'finally', 'thus', 'hence', 'indeed', 'moreover', 'furthermore', 'nonetheless', 'nevertheless',
]);
const CONJUNCTIONS = new Set(['and', 'but']);
/** "both", "all", "each" after a name, a plural or a bracket ("Brown (D-Ohio) all suggested"), not after "of" or a determiner. */
const FLOATING_QUANTIFIER = /(?<=(?:\p{Lu}[\p{L}'’.-]*|[\p{L}]+s|they|we|\)))\s+(?:both|all|each)\s*$/u;
const FLOATING_QUANTIFIER_ENDS = new Set(['both', 'all', 'each']);
/** The last words TRAILING_TIME can end with: a cheap test before the regex, which is tried at every offset. */
const TIME_ENDS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
/** A year, the last word of TRAILING_TIME's "in 2001" (besides TIME_ENDS). */
const YEAR_WORD = new RegExp(`^${YEAR}$`, 'u');

/**
 * /(?:^|[,;:(—–“"”]|\b(?:and|but|…))\s*$/iu.test(lead): nothing but white space, or a mark or
 * one of CLAUSE_OPENER_WORDS before the trailing white space.
 */
function endsClauseOpener(lead: string): boolean {
  const end = trimmedEnd(lead);
  // A spaced hyphen is a dash: "JAN. 11 - Iran's armed forces say …".
  return end === 0 || CLAUSE_OPENER_MARKS.has(lead[end - 1]!) || (lead[end - 1] === '-' && end >= 2 && lead[end - 2] === ' ') || trailingWordAt(lead, CLAUSE_OPENER_WORDS) >= 0;
}
/** A coordinated second reporting verb inside a content: "… and said …", "…, but he also said …". */
const COORDINATED_CUE = /(?:,\s*)?\b(?:and|but)\s+(?:(?:he|she|it|they)\s+)?(?:(?:also|later|then|earlier|again|has|had|have)\s+)*(said|says|added|adds|warned|warns|stressed|insisted|claimed|noted|acknowledged|admitted|confirmed|denied|tweeted|wrote|told|vowed|vows|pledged|promised)\b/giu;
/** The same, first match only (no lastIndex state). Built once: `new RegExp` per call showed up in profiles. */
const COORDINATED_CUE_AT = new RegExp(COORDINATED_CUE.source, 'iu');
/** Sentences that introduce a statement printed after them. */
const STATEMENT_INTRO = /\b(?:released|issued|published|posted|put out|sent|read out|gave)\s+(?:the|a|this|its|his|her)\s+(?:following\s+)?(?:statement|remarks|message|letter|response|text)\b/iu;
const STATEMENT_FROM = /\b(?:here is|here's|read|below is|the full text of|full text of)\s+(?:the\s+)?(?:full\s+)?(?:statement|remarks|message|letter|text)\s+(?:from|by|of)\s+/iu;

/** The attributions a transcript turn reports, read from the words after its label (offsets stay absolute). */
function reportedInTurn(input: AttributionInput, turn: Attribution): Attribution[] {
  const s = input.sentence;
  const from = turn.start - s.start;
  if (from <= 0) return [];
  const words: Sentence = { ...s, start: turn.start, text: s.text.slice(from), tokens: s.tokens.filter((t) => t.start >= turn.start) };
  // The resolver already heard the label: a second reading must not record it again.
  const found = attributeSentence({ ...input, sentence: words, mentions: input.mentions.filter((m) => m.start >= turn.start) });
  if (found.labels || found.introduces) return [];
  return found.attributions.filter((a) => a.speaker !== null && a.speaker.name !== turn.speaker?.name && a.cue !== null && TURN_REPORTING.test(a.cue));
}

/** Cues by which a turn passes on someone's words; "Clinton apparently thinks …" stays the speaker's own judgement. */
const TURN_REPORTING = /^(?:says?|said|saying|told|tells?|telling|reports?|reported|according to|announce[sd]?|denie[sd]|deny|confirm(?:s|ed)?|claim(?:s|ed)?|insist(?:s|ed)?|warn(?:s|ed)?|state[sd]|tweet(?:s|ed)?|wr(?:o|i)tes?|quoted)$/iu;

/**
 * Finds the attributions of one sentence: direct quotes with their speaker before or after,
 * indirect speech ("X said (that) …", "…, X said", "according to X"), reporting through an
 * intermediary ("IRNA quoted … Mousavi as saying", "…, X told Reuters", "…, CNN reported,
 * citing …", "A said …, B reported"), object frames ("X blamed Y for …", "X described Y
 * as “…”"), observations ("an AP reporter at the scene saw …"), chants ("Shouting “…” the
 * crowd …") and quotes continuing the last speaker. Post-posed frames at the end of the
 * sentence are read first, then cues left to right. Offsets in the result are absolute.
 */
export function attributeSentence(input: AttributionInput): SentenceAttributions {
  const { sentence: s, mentions, resolver } = input;
  const text = s.text;
  const double = quoteSpans(text);
  // Straight single quotes count only where no double marks are used (then they would be quotes inside quotes).
  const quotes = [...double, ...singleQuoteSpans(text), ...(double.length === 0 ? asciiSingleQuoteSpans(text) : [])].sort((a, b) => a.open - b.open);
  const ctx: Ctx = { s, text, base: s.start, quotes, mentions, resolver, embedded: false };
  const out: Attribution[] = [];
  const cues = findCues(ctx);

  const intro = introduction(ctx, cues);
  if (intro) return { attributions: [], introduces: intro, embedded: false };
  const signed = signedQuote(ctx);
  if (signed) {
    if (signed.speaker) resolver.spoke(signed.speaker, s.index, signed.speakerHead);
    return { attributions: [signed], introduces: null, embedded: false };
  }
  const aside = asideColonQuote(ctx);
  if (aside) {
    if (aside.speaker) resolver.spoke(aside.speaker, s.index, aside.speakerHead);
    return { attributions: [aside], introduces: null, embedded: false };
  }
  noteInterviewee(ctx);
  const labelled = labelledLine(ctx);
  if (labelled) {
    resolver.spoke(labelled.attribution.speaker!, s.index, null);
    // "ARRAF: The State Department says no diplomats were evacuated": a correspondent's turn
    // that reports someone else's words credits them; the turn's own words stay the label's.
    const inner = labelled.attribution.cue === 'transcript' ? reportedInTurn(input, labelled.attribution) : [];
    return { attributions: inner.length > 0 ? inner : [labelled.attribution], introduces: null, embedded: false, labels: labelled.attribution.speaker, turn: labelled.attribution.cue === 'transcript' };
  }

  const trailing = trailingSourceLabel(ctx);
  if (trailing) {
    if (trailing.speaker) resolver.spoke(trailing.speaker, s.index, trailing.speakerHead);
    return { attributions: [trailing], introduces: null, embedded: false };
  }

  const taken = (rel: number): boolean => out.some((a) => rel + ctx.base >= a.start && rel + ctx.base < a.end) || out.some((a) => a.frames.some(([x, y]) => rel + ctx.base >= x && rel + ctx.base < y));
  const record = (found: Attribution[]): void => {
    for (const a of found) {
      // "X suggests A, police said, adding B": the post-posed frame read first has A and B already; a
      // later reading of the same words from the same cue is not a second claim.
      if (out.some((b) => b.start === a.start && b.cue === a.cue)) continue;
      out.push(a);
      if (a.speaker) resolver.spoke(a.speaker, s.index, a.speakerHead);
    }
  };

  // 1. A post-posed frame closing the sentence ("…, X said."), read from the end.
  for (let k = cues.length - 1; k >= 0 && out.length === 0; k--) {
    const found = postposed(ctx, cues[k]!);
    if (found.length > 0) record(found);
  }
  // 2. Cues left to right.
  for (const cue of cues) {
    if (taken(cue.start)) continue;
    record(tryCue(ctx, cue));
  }
  // 2b. A closing relative clause with a saying of its own ("…, which denied involvement", "…, which Washington says targeted …").
  const relative = relativeSaying(ctx);
  const at = relative ? relative.at + ctx.base : -1;
  // (Not when the clause was read already, "Sunday's strikes, which the militia said killed 25" keeping its
  // antecedent, nor when a frame after it is another's: "…, which he said were at his side, the footage showed.")
  if (relative && !out.some((a) => a.frames.some(([x]) => x >= at))) {
    // A reading that runs over the clause ends before it.
    for (const a of out) if (a.start < at && a.end > at) a.end = at;
    // With no frame of its own before the clause, the sentence stays the outlet's claim too.
    if (!out.some((a) => a.start < at)) ctx.embedded = true;
    record([relative.attribution]);
  }
  // 2c. A statement named by its owner ("Donald Trump's claim that …"), its words after "that".
  for (const a of possessedStatements(ctx)) {
    if (taken(a.start - ctx.base) || out.some((b) => b.start <= a.frames[0]![0] + ctx.base && b.end >= a.end)) continue;
    // (Not a speaker of this sentence: "Khamenei rejected Trump's accusation that …; he said" is Khamenei.)
    out.push(a);
    // The sentence around it stays the outlet's claim.
    ctx.embedded = true;
  }
  // 3. Chants not inside someone else's words.
  for (const chant of chants(ctx)) {
    if (out.some((a) => a.kind !== 'observation' && chant.start >= a.start && chant.end <= a.end)) continue;
    if (out.some((a) => a.frames.some(([x, y]) => chant.start >= x && chant.end <= y))) continue;
    out.push(chant);
    // The chant is a part of a statement about the crowd: the sentence stays a claim of its own.
    ctx.embedded = true;
    if (chant.speaker) resolver.spoke(chant.speaker, s.index, chant.speakerHead);
  }
  // 4. Quoted words as the object of a speaker's verb ("Sistani condemned the “sinful aggression”").
  if (out.length === 0) {
    const quoted = quotedObject(ctx);
    if (quoted) record([quoted]);
  }
  // 5. A sentence that is all quotation with no cue continues the last speaker's words.
  if (out.length === 0) {
    const cont = continuation(ctx);
    if (cont) out.push(cont);
  }
  // An attribution in a subordinate clause leaves the main clause the outlet's own, unless the
  // main clause has its own speaker and the subordinate one its own words ("The group put the
  // death toll at 25, though Iraqi security sources said 19 …").
  const sub = ctx.subordinatedAt;
  const opens = (a: Attribution): number => Math.min(a.start, ...a.frames.map(([x]) => x)) - ctx.base;
  const bothSpoken = sub !== undefined && out.some((a) => opens(a) < sub) && out.some((a) => opens(a) > sub);
  return { attributions: out.sort((a, b) => a.start - b.start), introduces: null, embedded: ctx.embedded || (sub !== undefined && !bothSpoken) };
}

function findCues(ctx: Ctx): Cue[] {
  if (ctx.cues) return ctx.cues;
  const cues: Cue[] = [];
  // CUE_WORD's matches, tried only at the words that can begin a cue.
  for (const m of cueMatches(ctx.text)) {
    const start = m.index;
    if (insideQuote(ctx, start)) continue;
    const word = m[0];
    // "unless Congress declares war", "declared a state of emergency": an act, not a statement.
    if (/^declar/iu.test(word) && DECLARED_ACT.test(ctx.text.slice(start + word.length))) continue;
    if (!/\s/u.test(word)) {
      const tok = tokenAt(ctx, start);
      if (tok && cueAfterDeterminer(ctx, tok)) continue;
      // "claims of responsibility", "reports", "calls over megaphones": nouns are not cues.
      // ("A witness who asked not to be identified said": wink tags that "said" an adjective.)
      if (tok && tok.pos !== 'VERB' && !((tok.pos === 'AUX' || tok.pos === 'ADJ') && /^(?:said|says)$/iu.test(word))) {
        if (!(tok.pos === 'NOUN' && NEVER_NOUN_CUES.test(word)) && !verbBeforeThat(ctx, tok) && !findingAfterWork(ctx, tok) && !finalVerbAfterSubject(ctx, tok) && !verbBeforeFigureClause(ctx, tok)) continue;
      }
    }
    cues.push({ start, end: start + word.length, word });
  }
  ctx.cues = cues;
  return cues;
}

/**
 * Cue forms that are never nouns, whatever wink tagged them: "an arbitration panel in 2001 found the
 * United States was in breach" (wink reads "found" after a year as a noun).
 */
const NEVER_NOUN_CUES = /^(?:says|said|tweeted|told|tells|added|warned|reported|found|argued|insisted|explained|acknowledged|admitted|asserted|contended|conceded|concluded|predicted|testified|wrote)$/iu;

/** A text that is read out ("a statement read on state television") or passed on ("a speech reported by state media"). */
const READ_TEXT_BEFORE = /\b(?:statement|message|sermon|letter|speech|address|text|communiqu[eé]|declaration|announcement)\s+$/iu;

/**
 * "read" as a passive participle, no frame: with its agent ("a sermon read by his representative",
 * "The text, read aloud by the speaker, says"), or after the text it reads and before a place or a
 * time ("In a statement read on state television, the IRGC said …").
 */
function passiveRead(ctx: Ctx, cue: Cue): boolean {
  const after = ctx.text.slice(cue.end);
  if (/^\s+(?:out\s+|aloud\s+)?by\b/iu.test(after)) return true;
  return cue.word.toLowerCase() === 'read' && READ_TEXT_BEFORE.test(ctx.text.slice(0, cue.start)) && /^\s+(?:out\s+|aloud\s+)?(?:on|over|at|in|during|to|before)\b/iu.test(after);
}

const DECLARED_ACT = /^\s+(?:war\b|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:state of|emergency|ceasefire|truce|curfew|holiday|day of mourning)|martial law|bankruptcy|independence|a national emergency|(?:[\p{L}\d-]+\s+){0,2}days? of (?:national )?mourning)/iu;

/** Determiners that never stand alone as a subject ("Some said", "Those said" do). */
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'another', 'every', 'each']);
/** Adjectives of a report or a statement ("an earlier report", "the latest reports", "a joint statement"). */
const REPORT_ADJECTIVES = new Set(['earlier', 'latest', 'new', 'initial', 'first', 'previous', 'separate', 'recent', 'preliminary', 'subsequent', 'final', 'leaked', 'internal', 'joint', 'written']);

/**
 * "An earlier report by ISNA put the toll at 35", "the reports that …": a cue word right after a
 * determiner, or after one of a report's adjectives that follows a determiner, is a noun, whatever
 * wink tagged it. Narrower than afterDeterminer (any adjectives and adverbs between): in "An
 * official later said" the verb stays a verb.
 */
function cueAfterDeterminer(ctx: Ctx, tok: Token): boolean {
  const tokens = ctx.s.tokens;
  const k = tokens.indexOf(tok);
  const prev = tokens[k - 1];
  if (prev === undefined) return false;
  const lower = prev.text.toLowerCase();
  if (NOUN_DETERMINERS.has(lower)) return true;
  const before = tokens[k - 2];
  // ("Earlier reports said …", "Initial reports put the toll at 24": a plural with no determiner opens the sentence.)
  if (REPORT_ADJECTIVES.has(lower) && before === undefined && /s$/u.test(tok.text)) return true;
  return REPORT_ADJECTIVES.has(lower) && before !== undefined && NOUN_DETERMINERS.has(before.text.toLowerCase());
}

/** "Polls show a close contest", "Pentagon data show …": wink reads the verb as a noun after a work's name. */
function findingAfterWork(ctx: Ctx, tok: Token): boolean {
  if (!FINDING_CUES.test(tok.text)) return false;
  const k = ctx.s.tokens.indexOf(tok);
  const prev = k > 0 ? ctx.s.tokens[k - 1] : undefined;
  const next = ctx.s.tokens[k + 1];
  return prev !== undefined && roleWords().authoredWorks.has(prev.text.toLowerCase()) && next !== undefined && next.pos !== 'ADP' && next.pos !== 'PUNCT';
}

/**
 * "…, Iranian state media report.", "…, officials claim.": a present-tense cue wink tagged as a
 * noun ends the sentence right after its subject, past a comma. After a determiner or a
 * possessive it stays a noun ("…, according to the reports.").
 */
function finalVerbAfterSubject(ctx: Ctx, tok: Token): boolean {
  // Lower case only: "…, House editor for the Cook Political Report." ends in a name.
  if (!/^(?:report|reports|say|claim|claims|estimate|estimates|allege|alleges|suggest|suggests|insist|insists)$/u.test(tok.text)) return false;
  if (!/^[\s.!?”"’]*$/u.test(ctx.text.slice(tok.end - ctx.base))) return false;
  const k = ctx.s.tokens.indexOf(tok);
  const prev = k > 0 ? ctx.s.tokens[k - 1] : undefined;
  if (prev === undefined || (prev.pos !== 'PROPN' && prev.pos !== 'NOUN') || /^['’]s?$/u.test(prev.text)) return false;
  return /,/u.test(ctx.text.slice(0, prev.start - ctx.base));
}

/**
 * "…, while Iranian state media claim 80 were killed": a present-tense cue wink tagged as a noun,
 * right after its subject and before a clause that opens on a figure ("80 were", "no one was").
 */
function verbBeforeFigureClause(ctx: Ctx, tok: Token): boolean {
  if (!/^(?:report|say|claim|estimate|allege|insist)s?$/u.test(tok.text)) return false;
  if (!/^\s+(?:\d[\d,.]*|no|none|dozens|hundreds|thousands|some|about|nearly|at least|more than)\s+(?:[\p{L}-]+\s+){0,2}?(?:were|was|had|have|has|are|is|died)\b/u.test(ctx.text.slice(tok.end - ctx.base))) return false;
  const k = ctx.s.tokens.indexOf(tok);
  const prev = k > 0 ? ctx.s.tokens[k - 1] : undefined;
  return prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'NOUN') && !/^['’]s?$/u.test(prev.text);
}

/**
 * A cue word wink tagged as a noun that is still a verb: right after its subject and
 * before "that" ("The New York Post reports that …", "Mr. McKinley notes that …"), not
 * after a determiner or a possessive ("Iran’s claims that …", "the reports that …").
 */
function verbBeforeThat(ctx: Ctx, tok: Token): boolean {
  if (!/^\s+that\b/iu.test(ctx.text.slice(tok.end - ctx.base))) return false;
  const k = ctx.s.tokens.indexOf(tok);
  const prev = k > 0 ? ctx.s.tokens[k - 1] : undefined;
  // "…, warning that the alternative was …": a participle after a comma (wink may read it as a noun).
  if (prev !== undefined && prev.text === ',' && /ing$/iu.test(tok.text)) return true;
  if (prev === undefined || /^(?:['’]s?|its|their|his|her|our|my|your)$/iu.test(prev.text)) return false;
  // ("though Lynch notes that …": a capitalised word inside the sentence is a name, however wink tagged it.)
  return prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON' || (k > 1 && /^\p{Lu}\p{Ll}+$/u.test(prev.text));
}

function tryCue(ctx: Ctx, cue: Cue): Attribution[] {
  const w = cue.word.toLowerCase();
  // "State television is now claiming that …", "Iranian media are reporting that …": the progressive reports.
  if (progressiveCue(ctx, cue)) return preposed(ctx, cue);
  // "Johnson's doctor is calling the candidate “extremely physically fit”": an object frame in the progressive.
  const progressive = progressiveFrame(ctx, cue);
  // A participle cue ("…, telling reporters that …") only after a comma: "a statement announcing the pick" is no frame.
  if (/^\p{L}+ing$/u.test(w) && w !== 'saying' && w !== 'adding' && !/(?:,[”"’']?|\bby)\s*$/u.test(ctx.text.slice(0, cue.start)) && !progressive) return [];
  // "released a statement condemning the attack": the statement's words only after a colon or a quotation mark.
  if (STATEMENT_RELEASED.test(w) && !/^\s*(?::|[“"])/u.test(ctx.text.slice(cue.end))) return [];
  // "a group calling itself Saraya Awliya al-Dam": a name, not an attribution.
  if (/^call/u.test(w) && /^\s+(?:itself|themselves|himself|herself)\b/iu.test(ctx.text.slice(cue.end))) return [];
  // "The program, called EB-5, allows …": a participle that names, between commas.
  if (/^(?:called|named|dubbed|known as)$/u.test(w) && /,\s*$/u.test(ctx.text.slice(0, cue.start))) {
    const named = /^\s+([\p{Lu}\p{N}“"'‘][\p{L}\p{N}-]*)[^,;]{0,60},/u.exec(ctx.text.slice(cue.end));
    if (named && !TIME_WORD.test(named[1]!)) return [];
  }
  // "responded by telling reporters that …": the participle after "by" carries the words.
  if (/^\s+by\s+\p{L}+ing\b/u.test(ctx.text.slice(cue.end))) return [];
  // "The US responded two days later with air strikes": a deed in answer, no words (not "responded with a statement").
  if (/^(?:respond|responded|responds|reply|replied|replies)$/u.test(w) && RESPONSE_DEED.test(ctx.text.slice(cue.end))) return [];
  // "No group claimed responsibility for the attack, but …": claiming a deed, not saying something.
  if (/^claim/u.test(w) && CLAIMED_DEED.test(ctx.text.slice(cue.end))) return [];
  if (/^reads?$/u.test(w) && passiveRead(ctx, cue)) return [];
  // "In a speech reported by state media, Khamenei also said: …": a work's participle with its agent, no frame.
  if (/^reported$/u.test(w) && /^\s+by\b/iu.test(ctx.text.slice(cue.end)) && READ_TEXT_BEFORE.test(ctx.text.slice(0, cue.start))) return [];
  // "Having said that, …": a discourse phrase, nobody speaks.
  if (/^(?:said|says)$/u.test(w) && /^\s*(?:having|that|this)\s*$/iu.test(ctx.text.slice(0, cue.start))) return [];
  if (STATEMENT_OBJECT_VERBS.has(w) && !STATEMENT_OBJECT.test(ctx.text.slice(cue.end)) && !dismissedAs(ctx.text.slice(cue.end))) return [];
  // "Salih condemned the attack, saying it was “unacceptable”", "…, his office said": the later cue gives the words.
  if (bareReaction(w, ctx.text.slice(cue.end)) && (cueAfter(ctx, cue) || !reactionObject(ctx.text.slice(cue.end)))) return [];
  if (w === 'according to') return accordingTo(ctx, cue);
  if (/quoted/u.test(w)) return quotedAsSaying(ctx, cue);
  const what = whatTheySaid(ctx, cue);
  if (what) return what;
  const before = ctx.text.slice(0, cue.start);
  if (auxiliaryBeforeCue(before) && !/\b(?:has|have|had)\s*$/iu.test(before) && !CONTACT_CLAUSE.test(before) && !progressive) return [];
  if (PERCEPTION_VERBS.has(w)) return observation(ctx, cue);
  return preposed(ctx, cue);
}

/** Verbs that confirm a loss named as their object. */
const CONFIRMING = /^(?:confirm|confirmed|confirms|acknowledged|acknowledges|announced|announces)$/u;
/** "Soleimani's death", "the deaths of two soldiers", "his killing", "the death toll": a loss as an object. */
const CONFIRMED_LOSS = /^\s+(?:(?:the|his|her|their|its|an?|\p{Lu}[\p{L}.'’-]*['’]s?)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:death|deaths|killing|killings|death toll|casualties|injuries)\b/iu;

const PROGRESSIVE_BE = /\b(?:is|are|was|were)\s+(?:(?:now|still|also|already|openly|publicly|widely)\s+)?$/iu;

/** A form of "be" (and perhaps an adverb) right before the cue: "is now", "were". */
function afterBe(ctx: Ctx, cue: Cue): boolean {
  return PROGRESSIVE_BE.test(ctx.text.slice(Math.max(0, cue.start - 40), cue.start));
}

/** An object, then what the frame says of it: " the candidate “extremely fit”", " Iran for the attack", " X as a threat". */
const PROGRESSIVE_FRAME_OBJECT = /^\s+(?!(?:for|on|up|off|in|out|back|it|itself|themselves|himself|herself)\b)[^,;:.“”"]{1,60}?\s+(?:[“"]|as\s|of\s|for\s)/iu;

/** An object-frame participle after a form of "be": "is calling X “…”", "are blaming Iran for …", "is describing it as …". */
function progressiveFrame(ctx: Ctx, cue: Cue): boolean {
  // (A participle in -ing: "was accused of …" is a passive, its subject the one accused.)
  return /ing$/iu.test(cue.word) && OBJECT_FRAME_VERBS.has(cue.word.toLowerCase()) && !STATEMENT_OBJECT_VERBS.has(cue.word.toLowerCase()) && afterBe(ctx, cue) && PROGRESSIVE_FRAME_OBJECT.test(ctx.text.slice(cue.end));
}

/** A short recipient phrase, then "that": " voters that", " a veterans group that". */
const PROGRESSIVE_RECIPIENT = /^\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+that\b/iu;

/**
 * A reporting participle after a form of "be", before "that" or a clause: "is now claiming that",
 * "were saying that", "Iranian officials are saying it was a technical problem", "officials are
 * telling us there are no casualties" (not "are saying goodbye", "are telling stories").
 */
function progressiveCue(ctx: Ctx, cue: Cue): boolean {
  if (!/^(?:saying|reporting|claiming|insisting|warning|arguing|suggesting|telling|announcing|confirming|stressing|noting)$/iu.test(cue.word)) return false;
  if (!afterBe(ctx, cue)) return false;
  const rest = ctx.text.slice(cue.end);
  if (/^\s+that\b/iu.test(rest)) return true;
  // "is warning voters that …", "is telling a veterans group that …": the one told, then the clause.
  if (/^(?:warning|telling)$/iu.test(cue.word) && PROGRESSIVE_RECIPIENT.test(rest)) return true;
  if (!/^(?:saying|telling|claiming|insisting)$/iu.test(cue.word)) return false;
  const telling = /^telling$/iu.test(cue.word);
  const recipient = telling ? /^\s+(?:us|me|him|her|them|reporters|journalists)\b/iu.exec(rest) : null;
  const from = cue.end + (recipient?.[0].length ?? 0);
  return (recipient !== null || !telling) && (clauseFollows(ctx, from) || THERE_CLAUSE.test(ctx.text.slice(from)));
}

// ---------------------------------------------------------------- patterns

const WHAT_WAS_REPORTED = /^\s+(?:what|that\s+which|information)\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:reported|published|announced|stated|said|broadcast|released|posted)\s+(?:by|on|in)\s+(?=\S)/iu;

const POSSESSED_MOUTHPIECE = /^\s+(?:from|by|of)\s+(?:his|her|its|their)\s+\p{L}+/iu;
const MOUTHPIECE_WORK = /\b(?:statement|statements|tweet|post|letter|message|remarks|speech|report|spokesman|spokeswoman|spokesperson)$/iu;

function accordingTo(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const limit = nextBoundary(ctx, cue.end);
  // "According to what was reported by IRNA, …": the agent after "by" is the source.
  const what = WHAT_WAS_REPORTED.exec(text.slice(cue.end, limit));
  let np = npAfter(ctx, cue.end + (what ? what[0].length : 0) + ctx.base, limit + ctx.base);
  if (!np) return [];
  // "a complaint filed by the SEC", "a report released by the Pentagon", "a speech Mrs. Clinton delivered": the author speaks.
  const author = authorOfWork(ctx, np, limit);
  let who = author ? ctx.resolver.resolve(author, ctx.mentions, ctx.s.index) : null;
  if (who && author) np = { ...np, end: author.end };
  else {
    // "according to a statement from his office": the phrase stops at the pronoun; the owner speaks.
    const owned = POSSESSED_MOUTHPIECE.exec(text.slice(np.end - ctx.base, limit));
    if (owned && MOUTHPIECE_WORK.test(np.text)) np = { ...np, end: np.end + owned[0].length, text: np.text + owned[0] };
    who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  }
  if (!who) return [];
  const lead = text.slice(0, cue.start).trim();
  const span = lead === '' || /^(?:but|and|however|meanwhile|also)[,]?$/iu.test(lead) ? [limit, text.length] : [0, cue.start];
  // "The strikes killed 25 fighters, according to the militia, and wounded 51 others": the clause goes
  // on past the source set between commas, and so does the source's claim.
  if (span[1] === cue.start && /,\s*$/u.test(text.slice(0, cue.start)) && CLAUSE_GOES_ON.test(text.slice(np.end - ctx.base))) span[1] = text.length;
  // "According to the Pentagon, the strikes were defensive, but Iraqi officials said …": not theirs.
  const second = span[1] === text.length ? secondSpeakerAt(ctx, span[0]!, span[1]!) : null;
  if (second !== null) span[1] = second;
  const c = trimContent(ctx, span[0]!, span[1]!);
  if (!c || !hasPredicate(ctx, c[0], c[1])) return [];
  // "“We will respond,” he said in a speech, according to Reuters": the quotation's own frame
  // names the speaker; the agency is the channel (see postposed).
  const opened = ctx.quotes.find((q) => q.open <= c[0] + 1 && q.open >= span[0]! && q.close > q.open);
  if (opened && POSTPOSED_FRAME.test(text.slice(opened.close + 1, cue.start))) return [];
  const nested = innerAttribution(ctx, c[0], c[1]);
  if (nested) return [{ ...nested, via: outerVia(nested, who.speaker), frames: [...nested.frames, [cue.start + ctx.base, np.end]] }];
  // "…, according to U.S. officials, who said no Americans were hurt" / "… who spoke on condition
  // of anonymity": a relative clause on the source is the frame, or more of the source's words.
  let frameEnd = np.end - ctx.base;
  const out: Attribution[] = [];
  if (span[1] === cue.start) {
    const rel = SOURCE_RELATIVE.exec(text.slice(frameEnd));
    if (rel) {
      const said = rel[1] !== undefined ? trimContent(ctx, frameEnd + rel[0].length, text.length) : null;
      if (said && hasPredicate(ctx, said[0], said[1])) out.push(make(ctx, who, rel[1]!.toLowerCase(), null, said, [[frameEnd, frameEnd + rel[0].length]]));
      else if (rel[1] === undefined) frameEnd = text.length;
    } else {
      // "…, according to US officials, who have blamed Iran-backed groups": the source's own charge, frame and all.
      const blame = SOURCE_CHARGE.exec(text.slice(frameEnd));
      const verbAt = blame ? frameEnd + blame[0].length - blame[1]!.length : -1;
      const charge = blame && OBJECT_FRAME_VERBS.has(blame[1]!.toLowerCase()) ? trimContent(ctx, verbAt, text.length) : null;
      if (charge && countWords(text, charge[0], charge[1]) >= 3) out.push(make(ctx, who, blame![1]!.toLowerCase(), null, charge, [[frameEnd, verbAt]]));
      // "…, according to the Hashed al-Shaabi, the state-sponsored network of … that includes the faction": what the source is, not a claim.
      const apposed = blame === null ? SOURCE_APPOSITIVE.exec(text.slice(frameEnd)) : null;
      const headAt = apposed ? frameEnd + apposed[0].indexOf(apposed[1]!) : -1;
      if (apposed && !finiteVerbIn(ctx, headAt, headAt + apposed[1]!.length)) frameEnd = text.length;
    }
  }
  return [make(ctx, who, 'according to', null, c, [[cue.start, frameEnd]]), ...out];
}

/**
 * After ", according to X": the interrupted clause goes on (", and wounded 51 others", ", at Ain
 * al-Asad and Erbil"); not a phrase that comments on it (", in the most serious escalation …").
 */
const CLAUSE_GOES_ON = /^\s*,\s*(?:(?:and|but)\s+(?:also\s+)?(?:had\s+|have\s+|has\s+|were\s+|was\s+)?\p{Ll}+(?:ed|en|ing)\b|(?:at|in|near|from|into|across|around)\s+(?:the\s+)?\p{Lu}\p{Ll})/u;

/** After "according to X": "who spoke on condition of anonymity" (frame), or "who said (that) …" (more words). */
const SOURCE_RELATIVE = /^\s*,?\s*(?:who|which)\s+(?:(?:spoke|speak|asked|requested|declined|were not|was not|are not|is not)\b[^.;]*[.]?\s*$|(?:(?:have|has|had)\s+)?(?:also\s+)?(said|added|say|says|told reporters)\s+(?:that\s+)?)/iu;

const SOURCE_CHARGE = /^\s*,\s*(?:who|which)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(\p{L}+)/iu;
/** ", the state-sponsored network of mostly Shiite armed groups (that includes the faction)." to the sentence's end: the head part is group 1. */
const SOURCE_APPOSITIVE = /^\s*,\s*((?:the|a|an)\s[^,;]*?)(?:\s+(?:that|which|who)\s[^;]*)?[.]?\s*$/iu;

/** The author named after a work: "… filed by the SEC", "… released by the Pentagon", "a speech | Mrs. Clinton delivered". */
function authorOfWork(ctx: Ctx, work: NounPhrase, limit: number): NounPhrase | null {
  const tail = ctx.text.slice(work.end - ctx.base, limit);
  const by = /^\s+(?:filed|released|issued|published|written|compiled|prepared|posted|conducted|commissioned|signed|made public|kept|maintained|collected)\s+by\s+/iu.exec(tail);
  if (by) {
    const np = npAfter(ctx, work.end + by[0].length, limit + ctx.base);
    // "… filed by the SEC and a 15-count complaint by Vermont": the first work's author only.
    const more = np ? /\s+and\s+(?:a|an)\s/iu.exec(np.text) : null;
    return np && more ? { start: np.start, end: np.start + more.index, text: np.text.slice(0, more.index) } : np;
  }
  const head = work.text.toLowerCase().split(/\s+/u).pop() ?? '';
  if (!roleWords().authoredWorks.has(head) && !/^(?:speech|address|remarks|testimony)$/u.test(head)) return null;
  const np = npAfter(ctx, work.end + (tail.length - tail.trimStart().length), limit + ctx.base);
  if (!np || !/^\s+(?:delivered|gave|wrote|made|released|published|posted|sent|issued|filed|signed)\b/iu.test(ctx.text.slice(np.end - ctx.base, limit))) return null;
  return np;
}

/** "…, in what the IRGC said was revenge for …", "in what it called retaliation for …": the frame up to the speaker. */
const IN_WHAT = /\b(?:in|as|with) what\s+([^,;:“”"]{2,80}?)\s*$/iu;
/** The verbs of that frame, and the copula or "as" before the words they characterise. */
const WHAT_CUES = /^(?:said|says|called|calls|described|describes|termed|terms|claimed|claims|hailed|denounced|branded)$/u;
const WHAT_LINK = /^\s+(?:(?:was|were|is|are|would be|had been|has been|as)\s+)?/iu;

/**
 * "Iran fired missiles at two bases, in what the Revolutionary Guards said was revenge for the killing of
 * Soleimani": the deed is the outlet's, the characterisation after the frame the speaker's.
 */
function whatTheySaid(ctx: Ctx, cue: Cue): Attribution[] | null {
  // (A cheap look first: this runs before every "said".)
  const near = ctx.text.lastIndexOf(' what ', cue.start);
  if (near < 0 || cue.start - near > 90 || !WHAT_CUES.test(cue.word.toLowerCase())) return null;
  const m = IN_WHAT.exec(ctx.text.slice(0, cue.start));
  if (!m) return null;
  const npStart = m.index + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - 1);
  const written: NounPhrase = { start: npStart + ctx.base, end: npStart + m[1]!.length + ctx.base, text: m[1]! };
  // "Iran fired missiles …, in what it said was revenge": the pronoun is the clause's subject.
  const np = /^(?:it|they|he|she)$/iu.test(m[1]!.trim()) ? subjectOf(ctx, m.index) : written;
  if (!np) return null;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return null;
  const from = cue.end + (WHAT_LINK.exec(ctx.text.slice(cue.end))?.[0].length ?? 0);
  // Only the phrase that closes the sentence: "… had been involved with what multiple lawmakers called
  // “fraud” lead Sens. …" goes on past it, and the sentence stays whole.
  const rest = ctx.text.slice(from);
  const quoted = ctx.quotes.find((q) => q.open === from && q.close > q.open);
  if (quoted) {
    const inner = innerQuote(ctx, quoted);
    if (!inner || !/^[\s.!?]*$/u.test(ctx.text.slice(quoted.close + 1))) return null;
    return [{ ...make(ctx, who, cue.word.toLowerCase(), null, inner, [[m.index, from]]), kind: 'quote', quote: ctx.text.slice(inner[0], inner[1]) }];
  }
  if (/[;:“”"]|\s[—–]\s/u.test(rest)) return null;
  const content = trimContent(ctx, from, ctx.text.length);
  if (!content) return null;
  return [{ ...make(ctx, who, cue.word.toLowerCase(), null, content, [[m.index, from]]), kind: 'attributed', quote: null }];
}

function quotedAsSaying(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const m = /^(?:(was|were|is|are)\s+)?quoted\s+(?:by\s+)?([^.;:]*?)\s*as\s+saying/iu.exec(text.slice(cue.start));
  if (!m) return [];
  const innerStart = cue.start + m[0].lastIndexOf(m[2]!, m[0].length - 'as saying'.length);
  const innerEnd = innerStart + m[2]!.length;
  // "Ali Shamkhani, secretary of the council, was quoted by Fars as saying": past an appositive to the subject.
  const before = npBefore(ctx, cue.start + ctx.base) ?? (m[1] ? subjectBeforeCue(ctx, cue.start) : null);
  const inner: NounPhrase | null = m[2]!.trim() === '' ? null : { start: innerStart + ctx.base, end: innerEnd + ctx.base, text: m[2]! };
  let speaker: Who | null;
  let via: Who | null;
  if (m[1]) {
    // "Mousavi was quoted by IRNA as saying …"
    speaker = before ? ctx.resolver.resolve(before, ctx.mentions, ctx.s.index) : null;
    via = inner ? ctx.resolver.resolve(inner, ctx.mentions, ctx.s.index) : null;
  } else {
    // "IRNA quoted Foreign Ministry spokesman Abbas Mousavi as saying …"
    via = before ? ctx.resolver.resolve(before, ctx.mentions, ctx.s.index) : null;
    speaker = inner ? ctx.resolver.resolve(inner, ctx.mentions, ctx.s.index) : null;
  }
  if (!speaker) return [];
  const frameStart = before ? before.start - ctx.base : cue.start;
  const c = trimContent(ctx, cue.start + m[0].length, text.length);
  if (!c) {
    // "“…,” Mousavi was quoted as saying.": the quotation before the frame is the content.
    const lead = text.slice(0, frameStart);
    const words = CLOSED_QUOTE_BEFORE.test(lead) ? trimContent(ctx, 0, lead.replace(/\s*,?\s*$/u, '').length) : null;
    return words ? [make(ctx, speaker, 'quoted as saying', via?.speaker ?? null, words, [[frameStart, text.length]])] : [];
  }
  return [make(ctx, speaker, 'quoted as saying', via?.speaker ?? null, c, [[frameStart, cue.start + m[0].length]])];
}

function observation(ctx: Ctx, cue: Cue): Attribution[] {
  const np = npBefore(ctx, cue.start + ctx.base);
  if (!np) return [];
  const who = observer(ctx, np);
  if (!who) return [];
  const c = trimContent(ctx, skipAfterCue(ctx, cue.end), ctx.text.length);
  if (!c) return [];
  const frames: Array<[number, number]> = [[np.start - ctx.base, cue.end]];
  // "saw flames rising from inside the compound and at least three US soldiers on the roof":
  // two things seen are two claims a fact-checker can check one by one.
  return splitCoordinatedObjects(ctx, c[0], c[1]).map((p) => ({ ...make(ctx, who, cue.word, null, p, frames), kind: 'observation' as const }));
}

/** A witness, a reporter or an agency's reporter who saw something: who the observation is credited to. */
function observer(ctx: Ctx, np: NounPhrase): Who | null {
  const inNp = ctx.mentions.filter((m) => m.start >= np.start && m.end <= np.end);
  const agency = inNp.find((m) => m.type === 'news_agency' || m.type === 'outlet');
  if (!WITNESS_HEAD.test(np.text) && !agency) return null;
  if (agency) return { speaker: { name: agency.name, type: agency.type === 'outlet' ? 'outlet' : 'news_agency', role: null }, head: null };
  const r = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!r) return null;
  return { speaker: { ...r.speaker, type: r.speaker.type === 'unknown' ? 'witness' : r.speaker.type }, head: r.head };
}

/** "…, setting fire to a reception area, a Xinhua reporter witnessed.": what was seen comes first. */
function postposedObservation(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  if (!/^\s*[.!]?\s*$/u.test(text.slice(cue.end))) return [];
  const np = subjectBeforeCue(ctx, cue.start);
  if (!np) return [];
  const lead = text.slice(0, np.start - ctx.base);
  if (!/,\s*$/u.test(lead)) return [];
  const who = observer(ctx, np);
  const c = trimContent(ctx, 0, lead.replace(/\s*,\s*$/u, '').length);
  if (!who || !c || !hasPredicate(ctx, c[0], c[1])) return [];
  return [{ ...make(ctx, who, cue.word, null, c, [[np.start - ctx.base, text.length]]), kind: 'observation' as const }];
}

/** A participle phrase that sets a speaker's scene ("Speaking to reporters aboard Air Force One"), alone before a comma. */
const SETTING_PHRASE = /^\s*(?:Speaking|Talking|Writing|Addressing|Asked|Responding|Replying|Commenting|Appearing|Briefing|Testifying)\b[^,;:“”"]*$/u;

/** What "claimed" takes when it is a deed rather than a statement: "claimed responsibility", "claimed the lives of". */
const CLAIMED_DEED = /^\s+(?:(?:full|joint|no)\s+)?(?:responsibility|credit|victory|ownership|asylum|the\s+lives|lives|the\s+life|the\s+title|a\s+seat|the\s+seat)\b/iu;

/** "the ministry and the army": the first conjunct of a subject that ends at `np`, when `leadOk` accepts what stands before it. */
function firstConjunct(ctx: Ctx, np: NounPhrase, leadOk: (lead: string) => boolean): NounPhrase | null {
  const conj = /\s(?:and|&)\s+$/u.exec(ctx.text.slice(0, (np.describedFrom ?? np.start) - ctx.base));
  const first = conj ? npBefore(ctx, conj.index + ctx.base) : null;
  return first && first.end - ctx.base === conj!.index && leadOk(ctx.text.slice(0, first.start - ctx.base)) ? first : null;
}

/** Can a subject stand after this lead: a clause opener, adverbials, or one capitalised word ("Speaking Pompeo said" aside)? */
function opensClause(lead: string): boolean {
  return endsClauseOpener(lead) || skipAdverbials(lead) >= trimmedEnd(lead) || /^\s*(?:\p{Lu}[\p{L}’'-]*\s+)?$/u.test(lead);
}

/** A description, then the name it goes by: "a mourner named Hamid", "a man who gave his name only as Hamid". */
const NAMED_AS = /\s+(?:named|called|identified\s+as|who\s+(?:gave|identified)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|who\s+identified\s+(?:himself|herself)\s+(?:only\s+)?as)\s+(?=\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*$)/u;

/** A relative clause or a participle phrase after a subject, up to its cue. */
/** A work's participle, last before a time: "The poll released | on Friday". */
const RELEASED_AT_END = /\b(?:released|published|conducted|issued|posted|aired|broadcast|filmed|compiled|carried\s+out)\s*$/iu;
const POSTMODIFIER = /\s+(?:(?:(?:who|that|which)\s+|(?:released|published|conducted|carried\s+out|commissioned|issued|compiled|written|prepared|obtained|seen|reviewed|cited|posted|shared|circulated|aired|broadcast|filmed|reached|contacted|interviewed|questioned)\s+(?:by|in|on|last|this|earlier|late|early|for|today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^,;:“”"]{1,80}|(?:posted|shared|circulated)\s+online\s*)$/iu;

/** Two or more capitalised words, perhaps with a name particle: "Phil Lovas", "Ahmed al-Mismari", "Abu Bakr al-Baghdadi". */
const PERSON_LIKE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|ad|as|ash|bin|ibn|bint|de|del|da|di|van|von|der|le|la)[-\s])?\p{Lu}[\p{L}'’.-]*)+$/u;

/** A person's mention, or a name of capitalised words the rules could not type. */
function personLike(m: Mention): boolean {
  return m.type === 'person' || (m.type === 'other' && PERSON_LIKE.test(m.surface));
}

/**
 * The name set after a description by `gap` ("the spokesman, | Mohammed Mohi"), followed by
 * `after` and ending before `limit` (relative), else undefined.
 */
function apposedName(ctx: Ctx, np: NounPhrase, gap: RegExp, after: RegExp, limit = Infinity): Mention | undefined {
  const g = gap.exec(ctx.text.slice(np.end - ctx.base));
  if (!g) return undefined;
  return ctx.mentions.find((m) => personLike(m) && m.start === np.end + g[0].length && after.test(ctx.text.slice(m.end - ctx.base)) && m.end - ctx.base < limit);
}

/** A bracketed aside closing a text: "Sen. Lindsey Graham (R-S.C.)", "the Libyan National Army (LNA)". */
const TRAILING_BRACKETS = /\s*\([^()]{1,40}\)\s*$/u;

/** A work and "by" before its author: "A 2014 study by", "a new analysis by". */
const WORK_BY = /(?:^|\s)((?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}?(\p{L}+)\s+by)\s+$/iu;

/** What stands before a post-posed frame's subject: a comma or a closing quotation mark. */
const POSTPOSED_LEAD = /(?:,|[”"’'],?|,[”"’'])\s*$/u;
/** A quotation closed just before (a comma may follow): curly, straight double or single marks; an archive's '' ends in ' too. */
const CLOSED_QUOTE_BEFORE = /[”"’']\s*,?\s*$/u;

/** Cues that come before their speaker without a quotation before them ("…, said the spokesman"). */
const INVERTED_WITHOUT_QUOTE = /^(?:said|says|say|added|adds|wrote|writes|told|reported|reports|noted|explained|continued)$/iu;

/** "C, X said [adverbials]." / "“Q,” said X, a spokesman for …" — the frame closes the sentence. */
function postposed(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const w = cue.word.toLowerCase();
  if (PERCEPTION_VERBS.has(w)) return postposedObservation(ctx, cue);
  // Object-frame verbs carry their claim after them ("…, X blamed Y for Z"): never post-posed.
  if (!SPEECH.has(w)) return [];
  // A post-posed frame needs a comma or a closing quote before it within reach.
  if (!/[,”"’]/u.test(text.slice(Math.max(0, cue.start - 160), cue.start))) return [];
  const before = text.slice(0, cue.start);
  if (auxiliaryBeforeCue(before) && !/\b(?:has|have|had)\s*$/iu.test(before) && !CONTACT_CLAUSE.test(before)) return [];
  // Inverted ("…,” said X") when a name follows the cue (past adverbials: in "…, Flynn said
  // Thursday morning." the time is no speaker); else the subject stands before it.
  const afterCue = skipAfterCue(ctx, cue.end);
  const inverted =
    /(?:,\s*[”"’']?|[,.!?…]?[”"’'],?)\s*$/u.test(before) &&
    // "…,” one protester, who gave his name as Abu Ali, told the BBC": after "told" comes the recipient.
    (!/^tell|^told/u.test(w) || CLOSED_QUOTE_BEFORE.test(before)) &&
    /^(?:said|says|say|added|adds|wrote|writes|tweeted|told|warned|asked|continued|explained|noted|insisted|stressed|reported|reports|announced|argued|replied|responded|recalled|conceded|admitted|acknowledged|observed|remarked|predicted|cautioned|countered|declared|claimed|shouted)$/iu.test(w) &&
    // "…, and the premier, Gladys Berejiklian, declared a state of emergency": without a quotation
    // before it, only the plain verbs of saying come before their speaker.
    (INVERTED_WITHOUT_QUOTE.test(w) || CLOSED_QUOTE_BEFORE.test(before)) &&
    npAfter(ctx, afterCue + ctx.base, text.length + ctx.base) !== null;
  let np: NounPhrase | null;
  let contentEnd: number;
  let frameStart: number;
  let frameEnd: number;
  if (inverted) {
    contentEnd = before.replace(/\s*,?\s*$/u, '').length;
    np = npAfter(ctx, afterCue + ctx.base, text.length + ctx.base);
    if (!np) return [];
    // "“…,” said the spokesman, Mohammed Mohi.": the name in apposition is the speaker.
    const named = apposedName(ctx, np, /^\s*,\s*/u, /^\s*(?:[,.!?]|$)/u);
    if (named && /^(?:the|a|an|his|her|its|their)\s/u.test(np.text)) {
      np = { start: named.start, end: named.end, text: named.surface, describedFrom: np.start };
    }
    frameStart = contentEnd;
    frameEnd = np.end - ctx.base;
    // Inverted order needs a quotation or a full clause before it.
    const c0 = trimContent(ctx, 0, contentEnd);
    if (!c0 || (!CLOSED_QUOTE_BEFORE.test(before) && !hasPredicate(ctx, c0[0], c0[1]))) return [];
  } else {
    np = subjectBeforeCue(ctx, cue.start);
    if (!np) return [];
    // "“…,” the spokesman, Mohammed Mohi, told reporters": the description opens the frame.
    let lead = text.slice(0, (np.describedFrom ?? np.start) - ctx.base);
    // "…, the Iraqi military and the embassy said.": a coordinated subject; the first conjunct is credited.
    const first = firstConjunct(ctx, np, (l) => POSTPOSED_LEAD.test(l));
    if (first) {
      np = first;
      lead = text.slice(0, np.start - ctx.base);
    }
    if (!POSTPOSED_LEAD.test(lead)) return [];
    contentEnd = lead.replace(/\s*,?\s*$/u, '').length;
    frameStart = lead.length;
    frameEnd = cue.end;
  }
  if (contentEnd <= 0) return [];
  // "Speaking to reporters on Sunday, Esper warned of more strikes": the phrase before is the frame's setting, not what was said.
  if (SETTING_PHRASE.test(text.slice(0, contentEnd))) return [];
  // What follows the cue must be adverbials, a recipient, an appositive or a participial tail.
  let tailAt = skipAfterCue(ctx, frameEnd);
  // Where the adverbials skipped at tailAt began.
  let adverbialFrom = frameEnd;
  let via: Speaker | null = null;
  if (/^(?:told|tells|tell)$/iu.test(w) && !inverted) {
    const rec = npAfter(ctx, tailAt + ctx.base, text.length + ctx.base);
    if (rec) {
      via = viaOf(ctx, rec);
      adverbialFrom = rec.end - ctx.base;
      tailAt = skipAfterCue(ctx, adverbialFrom);
      // "…,” Esper told CBS's “Face the Nation.”": the programme's title belongs to the recipient.
      const title = /^\s*[“"][^“”"]{1,60}[”"]/u.exec(text.slice(rec.end - ctx.base));
      if (title) {
        adverbialFrom = rec.end - ctx.base + title[0].length;
        tailAt = skipAfterCue(ctx, adverbialFrom);
      }
      // "…,” Austin told reporters traveling with him.": a participle phrase on the recipient ends the frame.
      if (RECIPIENT_TAIL.test(text.slice(tailAt))) tailAt = text.length;
    }
  }
  // A bracketed aside after the frame ("said Mr. Burman (a view echoed by …).") is not a clause of its own.
  const tail = text.slice(tailAt).replace(/\s*\([^()]*\)/gu, '');
  const tailCont = TAIL_CONT.exec(tail);
  // An appositive to the speaker may run long ("…, said Carmel Martin, executive vice president
  // for policy for the Center for American Progress, a liberal think tank.") but has no verb.
  // Quoted words right after the cue are its object ("vowed “severe revenge.”"), never a tail.
  const shortTail =
    !/^\s*(?:that\b|:|[“"‘]|'')/iu.test(tail) &&
    (/^\s*,/u.test(tail) ? !hasClauseVerb(ctx, tailAt, text.length) && countWords(tail) <= 30 : !hasPredicate(ctx, tailAt, text.length) && countWords(tail) <= 14);
  // "“Hopefully,” the president said, “this museum can help us …”": one quotation around the frame.
  const resumed = /^\s*,\s*(?=[“"‘`']{1,2}\S)/u.exec(text.slice(tailAt));
  const after = resumed ? ctx.quotes.find((q) => q.open >= tailAt && q.open <= tailAt + resumed[0].length + 2 && q.close > q.open) : undefined;
  // "The museum, Mr. Bush said, celebrated several of his heroes": the frame stands between a
  // subject and its verb; the claim is the sentence around it.
  if (!inverted && !tailCont && /^\s*,/u.test(tail) && !hasPredicate(ctx, 0, contentEnd)) {
    const verb = ctx.s.tokens.find((t) => t.start >= tailAt + ctx.base && /\p{L}/u.test(t.text));
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/iu.test(verb.text)) {
      const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
      const whole = trimContent(ctx, 0, text.length);
      return who && whole ? [make(ctx, who, cue.word, null, whole, [[frameStart, tailAt]])] : [];
    }
  }
  // "“He really does love us,” Melanie said, and soon, the balloons were dropping …", "…,” Mr.
  // Obama said on Saturday night at the gala dinner, where …": after a closed quotation the
  // frame ends at the cue; what follows is the outlet's own clause or a scene-setting phrase.
  const quotedBefore = CLOSED_QUOTE_BEFORE.test(text.slice(0, inverted ? cue.start : frameStart));
  // "…,” Trump told Ingraham in an interview that aired Friday night": a relative clause on the adverbial's noun.
  const relativeTail = tailAt > adverbialFrom && /^\s*(?:that|which)\s/iu.test(tail) && verbAfterThat(ctx, tailAt);
  const accepted = /^[\s.!?”"’]*$/u.test(tail) || tailCont !== null || shortTail || after !== undefined || relativeTail;
  // The same after a clause of reported speech: "…, wounding at least one person, Iraqi security
  // sources said, in the most direct hit on the mission since …" (the tail is the outlet's).
  const clauseTail =
    !accepted &&
    ((quotedBefore && /^\s*(?:,\s*)?(?:and|but|as|while|where|when|before|after|then|so|to|at|on|in|during|from|with|for)\b/iu.test(tail)) ||
      (!quotedBefore && (/^\s*,\s*(?:in|on|at|amid|after|before|during|with|as|since|marking|the|a|an|its|their|which)\b/iu.test(tail) || OFFSET_TAIL.test(tail))));
  // "Iran fired missiles at two bases, the Pentagon said on Friday, and 110 troops were injured":
  // a clause coordinated after the frame is reported by the same speaker.
  // Only for a frame that is the sentence's one report: "But X said …, and he noted that …, he said, and …" is read cue by cue.
  const soleFrame = !accepted && !clauseTail && !inverted && !quotedBefore && findCues(ctx).every((k) => k.start >= frameStart);
  const andTail = soleFrame ? AND_CLAUSE.exec(text.slice(tailAt)) : null;
  const coordinated = andTail !== null && hasClauseVerb(ctx, tailAt + andTail[0].length, text.length) ? andTail : null;
  if (!accepted && !clauseTail && !coordinated) return [];
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return [];
  const c = trimContent(ctx, 0, contentEnd);
  const first = c ? quotesWithin(ctx, c[0], c[1]) : [];
  // "As for RT's political bent, he said, ''What media outlet …''": the quotation after the frame is the content.
  if (after && first.length === 0) return [];
  if (after && c && first.length === 1) {
    const a = innerQuote(ctx, first[0]!);
    const b = innerQuote(ctx, after);
    if (a && b) {
      const words = `${text.slice(a[0], a[1])} … ${text.slice(b[0], b[1])}`;
      return [{ kind: 'quote', speaker: who.speaker, speakerHead: who.head, cue: cue.word.toLowerCase(), via: null, start: a[0] + ctx.base, end: b[1] + ctx.base, quote: words, frames: [] }];
    }
  }
  const contentWords = c ? countWords(text, c[0], c[1]) : 0;
  if (!c || contentWords < 3) return [];
  // The clause after the frame is not the speaker's only when the words before it are a quotation.
  if (clauseTail && quotedBefore && (first.length !== 1 || first[0]!.open > c[0] + 1 || first[0]!.close < c[1] - 2)) return [];
  // Before an outlet's tail, what precedes the frame must itself be a clause.
  if ((clauseTail || coordinated) && !quotedBefore && !hasPredicate(ctx, c[0], c[1])) return [];
  // wink may miss the verb ("marks a major escalation" as nouns): a longer clause is trusted.
  if (!hasPredicate(ctx, c[0], c[1]) && quotesWithin(ctx, c[0], c[1]).length === 0 && contentWords < 6) return [];
  let speaker = who;
  const frames: Array<[number, number]> = [[frameStart, tailCont || clauseTail || coordinated ? tailAt : text.length]];
  // "…, CNN reported, citing a statement from the PMU": the PMU speaks, through CNN.
  if (tailCont && /^(?:citing|quoting)$/iu.test(tailCont[1] ?? '')) {
    const src = npAfter(ctx, tailAt + tailCont[0].length + ctx.base, text.length + ctx.base);
    const r = src ? ctx.resolver.resolve(src, ctx.mentions, ctx.s.index) : null;
    if (r) {
      via = who.speaker;
      speaker = r;
    }
    frames[0] = [frameStart, text.length];
  } else if (tailCont && /^according to$/iu.test(tailCont[1] ?? '') && quotedBefore) {
    // "“…,” he said, according to Reuters": the words came through the agency.
    const src = npAfter(ctx, tailAt + tailCont[0].length + ctx.base, text.length + ctx.base);
    const r = src ? ctx.resolver.resolve(src, ctx.mentions, ctx.s.index) : null;
    if (r && r.speaker.name !== speaker.speaker.name && r.speaker.type !== 'unknown') via = r.speaker;
    frames[0] = [frameStart, text.length];
  } else if (tailCont && (tailCont[3] !== undefined || /^(?:a|an|the|who|which|whose|\d+)$/iu.test(tailCont[1] ?? '')) && !OFFSET_TAIL.test(tail)) {
    // ("…,” said a military neurologist who has treated troops …: a relative clause on the speaker, too.)
    // An appositive to the speaker ("…, said X, a spokesman for …") belongs to the frame; a time
    // offset ("…, X said, a day after a rocket attack killed …") opens the outlet's own clause.
    frames[0] = [frameStart, text.length];
  }
  const out: Attribution[] = [];
  // Nested: "A spokesman … said the timing was symbolic, IRNA reported" — the inner speaker speaks, through IRNA.
  const nested = innerAttribution(ctx, c[0], c[1]);
  if (nested) out.push({ ...nested, via: outerVia(nested, speaker.speaker), frames: [...nested.frames, ...frames.map(abs(ctx))] });
  else out.push(...withCoordinated(ctx, speaker, cue.word, via, c, frames));
  if (coordinated) {
    const more = trimContent(ctx, tailAt + coordinated[0].length, text.length);
    if (more) out.push(make(ctx, speaker, cue.word, via, more, []));
  } else if (tailCont && (/^adding$/iu.test(tailCont[1] ?? '') || (MORE_WORDS.test(tailCont[1] ?? '') && /^\s+that\b/iu.test(text.slice(tailAt + tailCont[0].length)))) && !prepositionObjectAt(ctx, tailAt + tailCont[0].length)) {
    // "…, adding that …", "…, warning that …": more words from the same speaker.
    const more = trimContent(ctx, tailAt + tailCont[0].length, text.length);
    if (more) {
      out[0]!.frames = [[frameStart + ctx.base, tailAt + tailCont[0].length + ctx.base]];
      out.push(make(ctx, speaker, tailCont[1]!.toLowerCase(), via, more, []));
    }
  } else if (tailCont) {
    // Quotes in a participial tail ("…, he said, before offering “some friendly advice …”") are his too.
    for (const q of ctx.quotes) {
      if (q.open > tailAt && q.close > q.open && countWords(text, q.open + 1, q.close) >= 3) {
        out.push(make(ctx, speaker, cue.word, via, [q.open, q.close + 1], []));
      }
    }
  }
  return out;
}

/** Verbs of a finding: "the study found …", "polls show …". */
const FINDING_CUES = /^(?:show|shows|showed|shown|find|finds|found)$/iu;

/** The subject is a work (poll, study, analysis, footage …), perhaps given by its author ("a study by Levitt"). */
function workHead(np: NounPhrase): boolean {
  if (np.workFrom !== undefined) return true;
  return roleWords().authoredWorks.has(headWord(np.text));
}

/** The head noun of a phrase, before a phrase that places or sources it ("Video from the scene", "Footage broadcast on Oman TV"). */
function headWord(phrase: string): string {
  const core = phrase.toLowerCase().replace(WORK_POSTMODIFIER, '');
  return core.replace(/['’]s$/u, '').split(/\s+/u).pop() ?? '';
}
const WORK_POSTMODIFIER = /\s+(?:from|of|on|in|at|by|broadcast|aired|posted|shared|circulated|taken|filmed|released|published|obtained|verified|seen|shot)\b.*$/u;
/** Works that show what they recorded: their finding is an observation ("Footage showed crowds carrying coffins"). */
const VISUAL_WORKS = new Set(['footage', 'video', 'videos', 'images', 'image', 'photos', 'photo', 'pictures', 'picture', 'photographs', 'photograph', 'clip', 'clips']);

/** ", with X saying …": a participle with a subject of its own after "with". */
const WITH_PARTICIPLES = /^(?:saying|adding|insisting|warning|claiming|arguing|noting|stressing|telling|calling|describing|accusing|blaming)$/iu;
const WITH_SUBJECT = /,\s*with\s+$/iu;

/** "X said (that) C", "X told Y: “Q”", "X blamed Y for C", "X condemned … and said C". */
function preposed(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const w = cue.word.toLowerCase();
  // "Australia calls up reservists", "called off the talks": a phrasal verb, not a frame of words.
  if (/^call(?:s|ed|ing)?$/iu.test(w) && /^\s+(?:up|off|in|out|back)\b/iu.test(text.slice(cue.end))) return [];
  const before = text.slice(0, cue.start);
  let np = subjectBeforeCue(ctx, cue.start);
  let frameFrom = np ? (np.workFrom ?? np.namedFrom ?? np.describedFrom ?? np.start) - ctx.base : cue.start;
  let coordinated = false;
  // "X condemned the strikes and said …" / "…, saying: “…”": the clause's subject speaks.
  const participle =
    /^(?:saying|adding|insisting|warning|claiming|stressing|noting|explaining|arguing|declaring|calling|describing|accusing|blaming|labelling|labeling|branding|telling|vowing|promising|pledging|announcing|confirming|acknowledging|admitting|suggesting|predicting|writing|tweeting|asking|reporting)$/iu.test(w) &&
    // "…, saying …"; "… “as soon as possible,” saying …"; "began by saying he would never …".
    (/(?:,[”"’']?|\b(?:began|begins|opened|opens|started|starts|ended|ends|closed|closes|responded|responds|reacted|reacts)\s+by)\s*$/iu.test(before) ||
      // "Obama responded to a Gold Star mother on Wednesday by saying …": words between the verb and "by".
      (/^(?:saying|telling|arguing|insisting|claiming|noting|warning|stressing|declaring)$/iu.test(w) && RESPONDED_BY.test(before)));
  // "…, with spokesman Abbas Mousavi saying the US was …": the participle's own subject speaks.
  const withLead = np !== null && WITH_PARTICIPLES.test(w) ? WITH_SUBJECT.exec(text.slice(0, np.start - ctx.base)) : null;
  if (np?.relativeFrom !== undefined) {
    // "… a tweet by Donald Trump, who claimed, “…”": the words are his; the clause around him stays the outlet's.
    coordinated = true;
    frameFrom = np.relativeFrom - ctx.base;
    ctx.embedded = true;
  } else if (withLead) {
    coordinated = true;
    frameFrom = withLead.index;
  } else if (((!np || /^(?:and|but)$/iu.test(np.text)) && trailingWordAt(before, CONJUNCTIONS) >= 0) || participle) {
    np = subjectOf(ctx, cue.start);
    coordinated = np !== null;
    // (A quotation closed after the comma stays whole in the main clause.)
    frameFrom = participle ? before.search(/(?:(?<=,[”"’'])|,|\s+by)\s*$/u) : before.search(/,?\s*\b(?:and|but)\s*$/iu);
    // "Trump began his address by declaring …", "Obama responded to a mother by saying …": the clause that
    // introduces the words is their frame, not a claim of its own.
    if (participle && np && /\sby\s*$/u.test(before) && !/[,;:“”"]/u.test(before.slice(np.start - ctx.base))) frameFrom = np.start - ctx.base;
  }
  if (!np) return [];
  // "The ministry and the army said …": a coordinated subject; the first conjunct is credited, as after the words.
  const first = coordinated ? null : firstConjunct(ctx, np, (l) => opensClause(l.replace(/(?<=^|[\s,;:])both\s+$/iu, '')));
  if (first) {
    np = first;
    frameFrom = np.start - ctx.base;
  }
  // "Speaking in Florida Pompeo said": an opening phrase without its comma is no part of the subject.
  const intro = coordinated ? null : introducedSubject(ctx, np);
  if (intro) {
    np = intro;
    frameFrom = np.start - ctx.base;
  }
  if (!coordinated && !intro) {
    // The subject must open a clause: "what the Pentagon described as", "a rocket attack the U.S. military blamed on" are not speakers.
    // A quantifier before it belongs to the subject ("In her favor, all the experts I interviewed said").
    const lead = text.slice(0, (np.workFrom ?? np.namedFrom ?? np.start) - ctx.base).replace(/(?<=^|[\s,;:])(?:all|both|most|many|several)\s+$/iu, '');
    if (trailingWordAt(lead, RELATIVES) >= 0) return relativeClaim(ctx, cue, np, lead);
    // ", while Iran said …" contrasts two statements; "when officials said …" subordinates one.
    const sub = trailingWordAt(lead, SUBORDINATORS);
    // "Scott had a gun, as police have said.": the clause before the comma is theirs.
    const asSaid = sub >= 0 ? asTheySaid(ctx, cue, np, lead) : null;
    if (asSaid) return [asSaid];
    if (sub >= 0) {
      if (!/,\s*(?:while|whereas)\s*$/iu.test(lead)) ctx.subordinatedAt = Math.min(ctx.subordinatedAt ?? Infinity, sub);
    } else if (!opensClause(lead)) return [];
  }
  // Only adverbials or a parenthetical may stand between subject and cue.
  const between = text.slice(np.end - ctx.base, cue.start).replace(/\s*\([^()]{1,40}\)/gu, '');
  // (A relative clause then an aside: "A Sunni legislator | who stayed away, speaking on condition of anonymity, | told";
  // so a participle: "A Kataib Hezbollah commander | reached by phone, who asked not to be named, | said".)
  if (!coordinated && !/^\s*,?\s*$/u.test(between) && !COMMA_AUX_ONLY.test(between) && !/^\s*,[^;]*,\s*$/u.test(between) && !(/^\s*,/u.test(between) && TITLE_COMMA.test(between)) && !asideThenAdverbials(between) && !/^\s+(?:who|that|(?:reached|contacted|interviewed|questioned)\s+by)\s[^;,]{1,60},[^;]*,\s*$/u.test(between) && !/^\s*(--|—|–)[^;]*\1\s*$/u.test(between) && skipAdverbials(between) < between.trimEnd().length && !/^[\s\p{L}]*$/u.test(between)) return [];
  let who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  // "Kataib Hezbollah and others lost Muhandis, and they have said …": "they" is the subject of the clause it is
  // coordinated with, before any body that spoke in the sentences before.
  const andThey = /^they$/iu.test(np.text) ? /,\s*and\s+$/iu.exec(text.slice(0, np.start - ctx.base)) : null;
  const subjectPhrase = andThey ? subjectOf(ctx, andThey.index) : null;
  // ("Kataib Hezbollah and others": the body named first.)
  const named = subjectPhrase ? ctx.mentions.find((m) => m.start === subjectPhrase.start && m.end < subjectPhrase.end && m.type !== 'person' && !m.adjective) : undefined;
  const clauseSubject = named ? { start: named.start, end: named.end, text: named.surface } : subjectPhrase;
  const subjectWho = clauseSubject && !/^(?:they|it|he|she|we|i|you)$/iu.test(clauseSubject.text) ? ctx.resolver.resolve(clauseSubject, ctx.mentions, ctx.s.index) : null;
  if (subjectWho && subjectWho.speaker.type !== 'person') who = subjectWho;
  // "Hours before Mr Trump's address, he had tweeted": the one whose act the fronted phrase names is "he".
  const fronted = /^(?:he|she)$/iu.test(np.text) ? FRONTED_OWNER.exec(text.slice(0, np.start - ctx.base)) : null;
  const owner = fronted ? ctx.mentions.find((m) => m.type === 'person' && m.possessive && m.start - ctx.base === fronted.index + fronted[0].indexOf(fronted[1]!)) : undefined;
  if (owner) who = ctx.resolver.resolve({ start: owner.start, end: owner.end, text: owner.surface.replace(/['’]s$/u, '') }, ctx.mentions, ctx.s.index) ?? who;
  if (!who) return [];
  let at = skipAfterCue(ctx, cue.end);
  // Where the adverbials skipped at `at` began: pastAdverbialThat reads the gap again from here.
  let gapFrom = cue.end;
  let via: Speaker | null = null;
  let recipient = false;
  // "Reuters, citing a police source, reported that …": the cited source speaks, through Reuters.
  const citedBefore = coordinated ? null : /^\s*,\s*(?:citing|quoting)\s+/iu.exec(between);
  if (citedBefore) {
    const from = np.end + citedBefore[0].length;
    const src = npAfter(ctx, from, cue.start + ctx.base);
    const source = src && /^\s*,\s*$/u.test(text.slice(src.end - ctx.base, cue.start)) && !CITED_MATERIAL.test(src.text) ? ctx.resolver.resolve(src, ctx.mentions, ctx.s.index) : null;
    if (source && source.speaker.name !== who.speaker.name) {
      via = who.speaker;
      who = source;
    }
  }
  // "The Post reported on Sunday, citing two officials, that …": the cited source speaks, through the reporter.
  const citing = /^\s*,\s*(?:citing|quoting)\s+/iu.exec(text.slice(at));
  const cited = citing ? npAfter(ctx, at + citing[0].length + ctx.base, text.length + ctx.base) : null;
  const citedEnd = cited ? /^\s*,\s*(?=that\b)/iu.exec(text.slice(cited.end - ctx.base)) : null;
  if (cited && citedEnd) {
    const source = CITED_MATERIAL.test(cited.text) ? null : ctx.resolver.resolve(cited, ctx.mentions, ctx.s.index);
    if (source && source.speaker.name !== who.speaker.name) {
      via = who.speaker;
      who = source;
    }
    at = cited.end - ctx.base + citedEnd[0].length;
    gapFrom = at;
  }
  if (/^(?:told|tells|tell|telling|warned|warns|warning|cautioned|reminded|assured|promised|promising)$/iu.test(w) && !/^\s*(?:that\b|:|[“"])/iu.test(text.slice(at))) {
    // "A US official tells us at least 15 …", "defense officials tell me they're going …": an object pronoun is a
    // recipient too, before "that" or a clause ("told them to leave" is an order; "he told me on Friday, is …" an aside).
    const pronoun = TELL_FORMS.test(w) ? /^\s*(?:us|me|him|her|them)\b/iu.exec(text.slice(at)) : null;
    // "one official told me, Steve, that …": a broadcaster names the colleague they answer.
    const vocative = pronoun !== null ? VOCATIVE.exec(text.slice(at + pronoun[0].length)) : null;
    const pronounEnd = pronoun === null ? at : at + pronoun[0].length + (vocative?.[0].length ?? 0);
    // ("Kurdish officials told me privately that …": an adverb between.)
    const pronounRecipient = pronoun !== null && (/^\s*(?:,\s*)?(?:that\b|:|[“"])/iu.test(text.slice(skipAfterCue(ctx, pronounEnd))) || THERE_CLAUSE.test(text.slice(pronounEnd)) || clauseFollows(ctx, pronounEnd));
    const rec = pronounRecipient
      ? { start: at + ctx.base + pronoun[0].length - pronoun[0].trimStart().length, end: pronounEnd + ctx.base, text: pronoun[0].trim() }
      : pronoun !== null
        ? null
        : npAfter(ctx, at + ctx.base, text.length + ctx.base);
    // "told CNN's “State of the Union” that …": a programme's title in quotation marks belongs to the recipient.
    const title = rec ? /^\s*[“"][^“”"]{1,60}[”"](?=\s+that\b)/u.exec(text.slice(rec.end - ctx.base)) : null;
    if (rec && title) rec.end += title[0].length;
    if (rec && /^\s*(?:,\s*)?(?:that\b|:|[“"])/iu.test(text.slice(skipAfterCue(ctx, rec.end - ctx.base)))) {
      via = w.startsWith('tel') || w === 'told' ? viaOf(ctx, rec) : null;
      gapFrom = rec.end - ctx.base;
      at = skipAfterCue(ctx, gapFrom);
      recipient = true;
    } else if (rec && TELL_FORMS.test(w)) {
      // "it tells you something about how confused the first hours were": an idiom, no report.
      if (/^\s*(?:something|a lot|a great deal|much|little|nothing|everything|anything)\b/iu.test(text.slice(rec.end - ctx.base))) return [];
      // "told its people to leave", "told his men not to fire": an order, no report of what is so.
      if (/^\s*(?:not\s+)?to\s+\p{L}/iu.test(text.slice(rec.end - ctx.base))) return [];
      via = viaOf(ctx, rec);
      gapFrom = rec.end - ctx.base;
      at = skipAfterCue(ctx, gapFrom);
      // "told reporters traveling with him that …": a participle phrase on the recipient.
      const modifier = RECIPIENT_MODIFIER.exec(text.slice(rec.end - ctx.base));
      if (modifier) gapFrom = at = rec.end - ctx.base + modifier[0].length - 'that'.length;
      recipient = true;
    }
  }
  // A weak cue after a phrase of its own ("learned again during the debate that …") is no report.
  if (!WEAK_CUES.has(w) || recipient) at = pastAdverbialThat(ctx, at, gapFrom);
  const rest = text.slice(at);
  // "Iran has denied that.", "The militia denied it.": the denial of what was said before, by its subject.
  const denial = /^den(?:y|ies|ied)$/u.test(w);
  if (denial && /^\s*(?:that|this|it|them)\s*[.!?]?\s*$/iu.test(rest)) {
    const whole = trimContent(ctx, coordinated ? 0 : frameFrom, text.length);
    return whole ? [make(ctx, who, cue.word, via, whole, [])] : [];
  }
  const opened = /^\s*(?:,\s*)?(?:that\b|:|[“"‘])/iu.test(rest);
  // "Polls show a close contest", "A 2014 study by Justin Levitt found 31 incidents of …": a work's
  // finding stated as an object, credited to the work (or its author), frame and all.
  const finding = !opened && !recipient && FINDING_CUES.test(w) && workHead(np) && !clauseFollows(ctx, at);
  // "It has shown it knows how", "Mexico showed it could wait": without "that", only a work shows a finding.
  if (!opened && /^show/u.test(w) && !workHead(np)) return [];
  // "Iran's Revolutionary Guards confirmed Soleimani's death", "The Pentagon acknowledged the deaths of two
  // soldiers": a casualty confirmed is the confirmer's claim, frame and all.
  const confirmedLoss = !opened && CONFIRMING.test(w) && CONFIRMED_LOSS.test(rest);
  const intent = INTENT_VERBS.has(w) && !recipient && !opened && !clauseFollows(ctx, at) && !cueAfter(ctx, cue) && reactionObject(rest);
  if (WEAK_CUES.has(w) && !recipient && !opened && !finding && !confirmedLoss && !intent && !clauseFollows(ctx, at)) return [];
  if (WEAK_CUES.has(w) && recipient && !opened && !TELL_FORMS.test(w)) return [];
  const objectFrame = ((OBJECT_FRAME_VERBS.has(w) || TOLL_CUE.test(w)) && !/^\s*(?:that\b|:)/iu.test(rest)) || finding || confirmedLoss || intent;
  if (objectFrame) {
    // "The US blamed the militia for a rocket attack …": the claim needs its frame; it ends where a second reporting verb starts.
    let end = text.length;
    const co = firstCoordinatedCue(ctx, cue.end, text.length);
    if (co !== null) end = co;
    // "The group put the death toll at 25, though Iraqi security sources said 19 …": the second speaker's words are theirs.
    const second = secondSpeakerAt(ctx, cue.end, end);
    if (second !== null) end = second;
    // "…, calling it an “aggression”": the participle's clause is the subject's claim; the main clause stays the outlet's.
    const span = trimContent(ctx, participle ? cue.start : coordinated ? 0 : frameFrom, end);
    // One word is enough after a figure or a denial ("denied responsibility", "denies wrongdoing").
    if (!span || countWords(text, cue.end, span[1]) < (TOLL_CUE.test(w) || denial || intent ? 1 : 2)) return [];
    // ("The resolution urges the government to …": a text that urges is no speaker of its own.)
    if ((intent || REACTION_VERBS.has(w)) && who.head !== null && roleWords().authoredWorks.has(who.head)) return [];
    return [make(ctx, who, cue.word, via, span, [])];
  }
  if (!SPEECH.has(w)) return [];
  // "responded to the escalation on Twitter": a preposition's object, no words.
  if (prepositionObjectAt(ctx, at)) return [];
  // "wrote to the council that …": the recipient is no part of the words.
  const toRecipient = TO_RECIPIENT.exec(text.slice(at));
  if (toRecipient) at += toRecipient[0].length;
  // "The Pentagon has denied that, saying …": a pronoun object; the participle after it carries the words.
  if (/^\s*that\s*,\s*(?:saying|adding|insisting|arguing|noting|calling|describing|citing|claiming|stressing)\b/iu.test(rest)) return [];
  let span = trimContent(ctx, at, text.length);
  if (!span) return [];
  // "tweeted an image of the US flag shortly after the news broke": a picture is no saying.
  if (POSTING_CUES.has(w) && MEDIA_OBJECT.test(text.slice(at).trimStart())) return [];
  // "Esper said the strikes were defensive, but Iraqi officials said …": the second speaker's words are their own.
  const second = secondSpeakerAt(ctx, span[0], span[1]);
  if (second !== null) {
    span = trimContent(ctx, span[0], second);
    if (!span) return [];
  }
  // "chanted “No, no, America” as smoke rose": the quotation is the words; the clause after it is the outlet's.
  // So do "vowed “harsh revenge” in a statement carried by state television and declared …": where
  // and how it was said, and what the speaker did next (a second reporting verb keeps its own words).
  const opening = ctx.quotes.find((q) => q.open === span![0] && q.close > q.open);
  const afterQuote = opening ? text.slice(opening.close + 1) : '';
  const andVerb = /^\s*,?\s*and\s+(?=\p{L})/iu.exec(afterQuote);
  const nextVerb = andVerb ? tokenAt(ctx, opening!.close + 1 + andVerb[0].length) : undefined;
  if (
    opening &&
    // Not a programme's title before "that": "tells “Morning Joe” on Friday that …".
    ((QUOTE_TAIL.test(afterQuote) && !/^[^,;:“”"]*\bthat\b/iu.test(afterQuote)) ||
      (nextVerb !== undefined && nextVerb.pos === 'VERB' && COORDINATED_CUE_AT.exec(afterQuote)?.index !== 0))
  ) {
    span = [span[0], opening.close + 1];
  }
  // "… said in a statement carried by state television": a participle is no clause.
  const firstTok = ctx.s.tokens.find((t) => t.start >= span[0] + ctx.base && /\p{L}/u.test(t.text));
  const withThat = /^\s*,?\s*that\b/iu.test(text.slice(at));
  if (!withThat && firstTok && firstTok.pos === 'VERB' && /(?:ed|ing)$/iu.test(firstTok.text) && !/^[“"‘]/u.test(text.slice(span[0]))) return [];
  // Indirect speech needs a clause (or quoted words) after the cue; a rival figure after another one needs none ("…; the Iraqi military says 22").
  if (!hasPredicate(ctx, span[0], span[1]) && quotesWithin(ctx, span[0], span[1]).length === 0) {
    const rival = BARE_FIGURE.test(text.slice(span[0], span[1])) && /\d|\b(?:dozens?|hundreds?|thousands?|scores|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iu.test(text.slice(0, frameFrom));
    if (!rival) return [];
    // The figure alone says nothing: the claim keeps its frame, as "US officials put the number at 16" does.
    const framed = trimContent(ctx, frameFrom, span[1]);
    return framed ? [make(ctx, who, cue.word, via, framed, [])] : [];
  }
  const frames: Array<[number, number]> = [[frameFrom, span[0]]];
  // The closing mark of a quotation cut short above is the frame's, not the start of the outlet's clause.
  if (opening && span[1] === opening.close + 1) frames.push([opening.close, opening.close + 1]);
  // "Esper told reporters the deployment was a precaution and called on Iraq to …": the speaker's
  // next act is no part of what was said, and a claim of its own ("called on Iraq to …").
  const act = SPEAKER_ACT_TAIL.exec(text.slice(span[0], span[1]));
  if (act && act.index > 0 && !insideQuote(ctx, span[0] + act.index)) {
    const said = trimContent(ctx, span[0], span[0] + act.index);
    const actFrom = span[0] + act.index + act[0].length;
    const out: Attribution[] = said ? withCoordinated(ctx, who, cue.word, via, said, frames) : [];
    if (actFrom < span[1]) out.push(make(ctx, who, act[1]!.toLowerCase(), via, [actFrom, span[1]], [[span[0] + act.index, actFrom]]));
    return out;
  }
  // "…, adding that …" after the content.
  // "denied that the ambassador had left, saying he was away on vacation": the reason is a claim of its own.
  // ("denied that …, telling reporters that “…”": the words told are a claim of their own too.)
  const adding = /,\s*(adding|saying|telling\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}[\p{L}.]+)\s+that)\s+(?:that\s+)?/iu.exec(text.slice(span[0], span[1]));
  if (adding && !insideQuote(ctx, span[0] + adding.index) && (adding[1]!.toLowerCase() === 'adding' || hasPredicate(ctx, span[0] + adding.index + adding[0].length, span[1]))) {
    const first = trimContent(ctx, span[0], span[0] + adding.index);
    // "…, adding to confusion over …": the outlet's comment on the words, none of the speaker's.
    const second = prepositionObjectAt(ctx, span[0] + adding.index + adding[0].length) ? null : trimContent(ctx, span[0] + adding.index + adding[0].length, span[1]);
    const out: Attribution[] = [];
    if (first) out.push(...withCoordinated(ctx, who, cue.word, via, first, frames));
    if (second) out.push(make(ctx, who, adding[1]!.split(/\s/u)[0]!.toLowerCase(), via, second, [[span[0] + adding.index, span[0] + adding.index + adding[0].length]]));
    return out;
  }
  return withCoordinated(ctx, who, cue.word, via, span, frames);
}

/**
 * The name that ends a subject phrase opened by an adverbial without its comma: "Speaking in
 * Florida | Pompeo said", "After the meeting with Iraqi officials | Esper said". The phrase must
 * start the sentence with a preposition, a subordinator or a participle, have no verb of its
 * own, and end in a noun right before the name (not "of", "'s" or "and", which would make the
 * name part of it).
 */
function introducedSubject(ctx: Ctx, np: NounPhrase): NounPhrase | null {
  const m = [...ctx.mentions].reverse().find((x) => Math.abs(x.end - np.end) <= 1 && x.start > np.start && x.type !== 'place' && x.type !== 'other');
  if (!m) return null;
  const start = m.roleStart !== null && m.roleStart < m.start ? m.roleStart : m.start;
  if (start <= np.start) return null;
  const toks = ctx.s.tokens.filter((t) => t.end <= start && /\p{L}/u.test(t.text));
  const first = toks[0];
  const prev = toks[toks.length - 1];
  if (!first || !prev || toks.length < 2) return null;
  if (!(first.pos === 'ADP' || first.pos === 'SCONJ' || (first.pos === 'VERB' && /ing$/iu.test(first.text)))) return null;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || /['’]s$/u.test(prev.text)) return null;
  if (ctx.text.slice(0, start - ctx.base).includes(',')) return null;
  if (toks.slice(1).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/iu.test(t.text)))) return null;
  return { start, end: m.end, text: ctx.text.slice(start - ctx.base, m.end - ctx.base) };
}

/** A figure on its own after a cue: "says 22", "said 19 or 24", "put it at about 16." */
const BARE_FIGURE = /^\s*(?:(?:about|around|at least|at most|more than|nearly|almost|roughly|only|just)\s+)?[\d,.]+(?:\s+(?:or|to|and)\s+[\d,.]+)?(?:\s+\p{L}+)?\s*[.;]?\s*$/iu;

/**
 * Where a content gives way to another speaker: ", but Iraqi officials said …", ", and human
 * rights groups warned that …", "; the ministry said …" (the offset of the comma or
 * semicolon), or null. "… and he said" is the same speaker (withCoordinated).
 */
function secondSpeakerAt(ctx: Ctx, from: number, to: number): number | null {
  for (const cue of findCues(ctx)) {
    if (cue.start <= from || cue.start >= to || insideQuote(ctx, cue.start)) continue;
    const w = cue.word.toLowerCase();
    // "…, with spokesman Abbas Mousavi saying …": the words after the participle are that subject's.
    if (WITH_PARTICIPLES.test(w)) {
      const np = npBefore(ctx, cue.start + ctx.base);
      const lead = np ? WITH_SUBJECT.exec(ctx.text.slice(0, np.start - ctx.base)) : null;
      if (lead && lead.index > from && np!.end - ctx.base >= ctx.text.slice(0, cue.start).trimEnd().length - 1) return lead.index;
    }
    const toll = TOLL_CUE.test(w);
    // "…; the group denied responsibility", "…, and Gen. Milley called the letter a draft": an object frame speaks too.
    const objectFrame = OBJECT_FRAME_VERBS.has(w) && objectFrameHolds(ctx, cue, to);
    if ((!SPEECH.has(w) && !toll && !objectFrame) || /ing$/u.test(w)) continue;
    // "…, and Gen. Mark Milley, the chairman of the Joint Chiefs, called …": the subject before its appositive.
    const apposed = /,\s*$/u.test(ctx.text.slice(0, cue.start)) ? subjectBeforeCue(ctx, cue.start) : null;
    const np = apposed ?? npBefore(ctx, cue.start + ctx.base);
    if (!np || np.start - ctx.base <= from || /^(?:he|she|it|i|we|you)$/iu.test(np.text)) continue;
    // A semicolon, or a comma with a conjunction: "…, officials said" after a clause is a post-posed frame, not a new speaker.
    // (American style closes the quotation after the comma: "…“a political stunt,” and Republicans argue …".)
    // ("… the threat behind the strike — even as his secretary of state acknowledged that …": a dash too.)
    const seg = ctx.text.slice(from, (np.describedFrom ?? np.start) - ctx.base);
    // ("…; on December 30, a spokesman for the militia said …": a day or another adverbial may open the clause after a semicolon.)
    let lead: Lead | null = /([,;—–])[”"]?\s*(?:(and|but|while|whereas|although|though|(?:even\s+)?as)\s+)?$/iu.exec(seg);
    if (!lead || (lead[1] === ',' && lead[2] === undefined)) lead = semicolonThenAdverbial(seg) ?? lead;
    if (!lead || (lead[1] === ',' && lead[2] === undefined) || (lead[2] !== undefined && /as$/iu.test(lead[2]) && lead[1] === ',')) continue;
    // Only adverbials between the subject and its cue, and a clause after it.
    // (The space before the cue is no part of an adverbial: "the embassy initially said".)
    const between = ctx.text.slice(np.end - ctx.base, cue.start).trimEnd();
    // ("…, while Amnesty International has said …": an auxiliary may stand there too.)
    if (!apposed && /\S/u.test(between) && skipAdverbials(between) !== between.length && !AUX_BETWEEN.test(between)) continue;
    const after = skipAfterCue(ctx, cue.end);
    // "…; the Iraqi military says 22", "…, while US officials put the number at 16": a rival figure needs no clause.
    const figure = toll || BARE_FIGURE.test(ctx.text.slice(after, to));
    if (!figure && !objectFrame && !/^\s*(?:that\b|:|[“"])/iu.test(ctx.text.slice(after)) && (WEAK_CUES.has(w) || !hasPredicate(ctx, after, to))) continue;
    // (After a closing mark the quotation stays whole.)
    return from + lead.index + (/^[,;][”"]/u.test(lead[0]) ? 2 : 0);
  }
  return null;
}

/** Where a second speaker's clause opens: the mark at `index`, the mark ([1]) and a conjunction after it ([2]). */
interface Lead {
  index: number;
  0: string;
  1?: string;
  2?: string;
}

/** "…; on December 30, ": a semicolon, then only adverbials (and their comma) before a subject. */
function semicolonThenAdverbial(seg: string): Lead | null {
  const semi = seg.lastIndexOf(';');
  if (semi < 0) return null;
  const tail = seg.slice(semi + 1).replace(/,\s*$/u, '');
  if (tail.trim() === '' || skipAdverbials(tail) < trimmedEnd(tail)) return null;
  return { index: semi, 0: ';', 1: ';', 2: undefined };
}

/** "dismissed the measure as “a political stunt”", "rejected the plan as illegal": a characterisation of any object. */
const DISMISSED_AS = /^\s+(?!as\b)[^.;:,“”"]{1,60}?\sas\s+(?!part\b)/iu;

/** DISMISSED_AS past comparisons ("rejected the bill as well as the motion", "as soon as possible"). */
function dismissedAs(rest: string): boolean {
  return DISMISSED_AS.test(rest.replace(/\bas\s+(?:well|soon|long|far|much|many|[\p{L}-]+ly)\s+as\b/giu, ','));
}

/** An object-frame cue with its object before `to`, as tryCue would take it ("condemned X as Y", "rejected the accusation"). */
function objectFrameHolds(ctx: Ctx, cue: Cue, to: number): boolean {
  const w = cue.word.toLowerCase();
  const rest = ctx.text.slice(cue.end, to);
  // (A reaction speaks for itself only as a sentence's own frame: "condemned X as Y" here.)
  if (bareReaction(w, rest)) return false;
  if (STATEMENT_OBJECT_VERBS.has(w) && !STATEMENT_OBJECT.test(rest) && !dismissedAs(rest)) return false;
  if (/^call/u.test(w) && /^\s+(?:up|off|in|out|back|for|on)\b/iu.test(rest)) return false;
  return /\p{L}/u.test(rest);
}

/** Cues that embed a clause whose subject is a relative pronoun: "strikes, which the militia said killed 25". */
const RELATIVE_CUES = /^(?:said|says|say|reported|reports|claimed|claims|estimated|estimates|confirmed|believed|believes|alleged|alleges)$/iu;

/** "responded … by", "reacted … by" within one clause: the "by" of a participle that gives the answer's words. */
const RESPONDED_BY = /\b(?:responded|responds|reacted|reacts|replied|replies|answered|answers|began|begins|opened|opens|ended|ends|closed|closes)\s+[^,;:“”"]{1,60}?\s+by\s*$/iu;

/** The cues of a closing "as X said" that credits the clause before it. */
const AS_SAID_CUES = /^(?:said|says|say|reported|reports|noted|notes|stated|states|confirmed|confirms|announced|acknowledged|acknowledges|claimed|claims|told|tells|wrote|writes|explained|explains)$/iu;

/**
 * "It does not say whether Scott had a gun, as police have said.", "…, as the ministry reported on
 * Monday.": an "as" clause closing the sentence, its cue with nothing after it but adverbials,
 * credits the clause before its comma to its subject.
 */
function asTheySaid(ctx: Ctx, cue: Cue, np: NounPhrase, lead: string): Attribution | null {
  const as = /,\s*as\s+$/iu.exec(lead);
  if (!as || !AS_SAID_CUES.test(cue.word)) return null;
  // Only "has"/"have"/"had" or nothing between subject and cue ("as police have said").
  if (!/^\s*(?:(?:has|have|had)\s+)?$/iu.test(ctx.text.slice(np.end - ctx.base, cue.start))) return null;
  const at = skipAfterCue(ctx, cue.end);
  if (!/^[\s.!?]*$/u.test(ctx.text.slice(at))) return null;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return null;
  // "It does not answer whether Scott had a gun, as police have said": what police said is the clause after "whether".
  const whether = /^(.*)\bwhether\s+/iu.exec(ctx.text.slice(0, as.index));
  const from = whether ? whether[0].length : 0;
  const span = trimContent(ctx, from, as.index);
  if (!span || !hasPredicate(ctx, span[0], span[1])) return null;
  return make(ctx, who, cue.word, null, span, whether ? [[0, from], [as.index, ctx.text.length]] : [[as.index, ctx.text.length]]);
}

/**
 * "…strikes on Kataib Hezbollah, which the militia said killed 25 of its fighters": the
 * relative clause states, on the subject's word, what its antecedent did. The claim runs
 * from the antecedent to the clause's end, the frame inside it; "what the Pentagon
 * described as", "a rocket attack the U.S. blamed on" and a restrictive "the contractor who
 * officials said was …" (whose end is unknown) are no such clause.
 */
function relativeClaim(ctx: Ctx, cue: Cue, np: NounPhrase, lead: string): Attribution[] {
  // Only a non-restrictive clause, set off by a comma, has a known end.
  const rel = /,\s*(?:which|who)\s*$/iu.exec(lead);
  if (!rel || !RELATIVE_CUES.test(cue.word)) return [];
  const at = skipAfterCue(ctx, cue.end);
  const verb = ctx.s.tokens.find((t) => t.start >= at + ctx.base && /\p{L}/u.test(t.text));
  // The relative pronoun is the embedded clause's subject: a finite verb follows the cue.
  if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX') || /ing$/iu.test(verb.text)) return [];
  const antecedent = npBefore(ctx, rel.index + ctx.base);
  if (!antecedent || antecedent.end - ctx.base < rel.index - 1) return [];
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return [];
  const clauseEnd = nextBoundary(ctx, at);
  const span = trimContent(ctx, antecedent.start - ctx.base, clauseEnd);
  if (!span || !hasPredicate(ctx, at, span[1])) return [];
  // The main clause around it ("The protests followed …", "The rocket attack, which …, killed a contractor") stands too.
  ctx.embedded = true;
  return [make(ctx, who, cue.word, null, span, [[rel.index, at]])];
}

/**
 * A clause starts at `at` without "that": a noun phrase and then a finite verb or a modal
 * ("warned the strikes could deepen …"), not an object ("warned Iran against …", "warned
 * the US to stop …", "found the body").
 */
function clauseFollows(ctx: Ctx, from: number): boolean {
  // "are saying no one was hurt": a subject of no one, which is no noun phrase.
  if (NOBODY_CLAUSE.test(ctx.text.slice(from))) return true;
  // "tells us at least 15 missiles were fired": a figure's qualifier opens the subject.
  const at = from + (FIGURE_QUALIFIER.exec(ctx.text.slice(from))?.[0].length ?? 0);
  const np = npAfter(ctx, at + ctx.base, ctx.text.length + ctx.base);
  // ("agreed it was still a top-heavy plan": "it" is a subject too.)
  if (!np || (OBJECT_PRONOUNS.test(np.text) && !/^it$/iu.test(np.text))) return false;
  const next = ctx.s.tokens.find((t) => t.start >= np.end && /\p{L}/u.test(t.text));
  return next !== undefined && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/iu.test(next.text))) && !/^to$/iu.test(next.text);
}

/** A fronted phrase naming one person's act, then the comma before "he": "Hours before Mr Trump's address, ". */
const FRONTED_OWNER = /^(?:[\p{L}\d]+\s+){1,4}(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:address|speech|remarks|announcement|statement|visit|arrival|departure|briefing|tweet|news conference|press conference|interview|comments|call)\s*,\s*$/u;

/** A qualifier before a figure that opens a clause's subject: "at least 15 missiles were fired". */
const FIGURE_QUALIFIER = /^\s+(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|as\s+many\s+as|nearly|about|around|roughly|almost)(?=\s+\d)/iu;

/** A clause whose subject is a pronoun of no one or everyone, then its verb: "no one was hurt", "nobody has claimed". */
const NOBODY_CLAUSE = /^\s+(?:no\s+one|nobody|none|nothing|everyone|everybody|someone|somebody)\s+(?:(?:else|of\s+them|of\s+us)\s+)?(?:was|were|is|are|had|has|have|will|would|could|can|did|does|died|knew|knows)\b/iu;

/** Object pronouns: "warned him", "told them". */
const OBJECT_PRONOUNS = /^(?:him|her|them|us|me|it)$/iu;

/** Coordinated cues that make a claim only with "that", a colon or a quotation ("and vowed to retaliate" is a promise). */
const PROMISE_CUES = /^(?:vowed|vows|pledged|promised)$/iu;

/** Splits a content at a second reporting verb of the same speaker: "he discussed options … and said the U.S. “will …”". */
function withCoordinated(ctx: Ctx, who: Who, cue: string, via: Speaker | null, span: [number, number], frames: Array<[number, number]>): Attribution[] {
  const cut = firstCoordinatedCue(ctx, span[0], span[1]);
  if (cut === null) return [make(ctx, who, cue, via, span, frames)];
  const m = COORDINATED_CUE_AT.exec(ctx.text.slice(cut));
  if (!m) return [make(ctx, who, cue, via, span, frames)];
  const cueEnd = cut + m[0].length;
  const first = trimContent(ctx, span[0], cut);
  const second = trimContent(ctx, skipAfterCue(ctx, cueEnd), span[1]);
  const out: Attribution[] = [];
  const secondOk =
    second !== null &&
    (hasPredicate(ctx, second[0], second[1]) || quotesWithin(ctx, second[0], second[1]).length > 0) &&
    (!PROMISE_CUES.test(m[1]!) || /^\s*(?:,\s*)?(?:that\b|:|[“"‘])/iu.test(ctx.text.slice(cueEnd)));
  if (first) out.push(make(ctx, who, cue, via, first, frames));
  if (secondOk) {
    out.push(...withCoordinated(ctx, who, m[1]!, via, second, [[cut, second[0]]]));
  } else if (first) {
    return [make(ctx, who, cue, via, span, frames)];
  }
  return out.length > 0 ? out : [make(ctx, who, cue, via, span, frames)];
}

/** A verb of reaction with no "as" after its object ("condemned the strikes", not "condemned the strikes as terrorism"). */
function bareReaction(w: string, rest: string): boolean {
  return REACTION_VERBS.has(w) && !dismissedAs(rest);
}

/**
 * The object of a reaction or a vow with nothing the outlet tells beside it: "condemned the
 * strikes", not "condemned the strikes that killed 25 fighters" (the toll is the outlet's, and
 * crediting it to the one who condemned would make them its source).
 */
function reactionObject(rest: string): boolean {
  return !/\b(?:which|that|who|whose|killed|killing|died|dead|wounded|injured)\b/iu.test(rest);
}

/** Another cue after `cue` in the sentence, outside quotation marks. */
function cueAfter(ctx: Ctx, cue: Cue): boolean {
  return findCues(ctx).some((c) => c.start >= cue.end);
}

function firstCoordinatedCue(ctx: Ctx, from: number, to: number): number | null {
  // The module's global regex: nothing below re-enters this loop, so resetting lastIndex is enough.
  const re = COORDINATED_CUE;
  re.lastIndex = 0;
  const seg = ctx.text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    if (!insideQuote(ctx, from + m.index) && m.index > 0) return from + m.index;
  }
  return null;
}

/** "Shouting “Down, Down, USA” the crowd had earlier raised …": the chant is the crowd's. */
const CHANT_TAIL = new RegExp(`${CHANT_PARTICIPLES.source}[^]*$`, 'iu');

/** ", which denied involvement", ", which Washington says targeted …", ", who insists that …": a relative clause that reports a saying. */
const RELATIVE_SAYING =
  /,\s+(which|who)\s+(?:([^,;:“”"]{2,60}?)\s+)?(said|says|denied|denies|claimed|claims|insisted|insists|maintains|maintained)\b(?:\s+that)?\s+(?=\S)/gu;

/**
 * The relative clause that closes a sentence with a saying: the antecedent denies ("The U.S. blamed the
 * Kataib Hezbollah militia, which denied involvement"), or the clause names its speaker ("… were killed in
 * the strikes, which Washington says targeted the Revolutionary Guards"). `at` is where the clause's comma
 * stands: what comes before it is no part of these words.
 */
function relativeSaying(ctx: Ctx): { at: number; attribution: Attribution } | null {
  if (!ctx.text.includes(', wh')) return null;
  RELATIVE_SAYING.lastIndex = 0;
  let m: RegExpExecArray | null = null;
  for (let x = RELATIVE_SAYING.exec(ctx.text); x !== null; x = RELATIVE_SAYING.exec(ctx.text)) m = x;
  if (!m || insideQuote(ctx, m.index)) return null;
  const from = m.index + m[0].length;
  // Only the clause that closes the sentence.
  if (/[;:]|,\s+(?:and|but|which|who)\s/u.test(ctx.text.slice(from))) return null;
  let np: NounPhrase | null;
  if (m[2] !== undefined) {
    const at = m.index + m[0].indexOf(m[2], m[1]!.length + 2);
    np = { start: at + ctx.base, end: at + m[2].length + ctx.base, text: m[2] };
  } else {
    np = npBefore(ctx, m.index + ctx.base);
    // "the PMF umbrella group of mainly Shi'ite militias, which said": the head before "of" is the antecedent.
    const of = np ? /\s+of\s+$/u.exec(ctx.text.slice(0, np.start - ctx.base)) : null;
    const head = of ? npBefore(ctx, of.index + ctx.base) : null;
    if (head) np = head;
  }
  if (!np) return null;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return null;
  // (Who denies, claims or insists: the verb belongs to the words, as "Iran denies it" keeps "denies".)
  const cue = m[3]!;
  // ("a woman who said and did the same things": no words follow.)
  if (/^(?:and|or|nor)\b/iu.test(ctx.text.slice(from))) return null;
  const content = /^(?:said|says)$/u.test(cue) || m[2] !== undefined ? trimContent(ctx, from, ctx.text.length) : trimContent(ctx, m.index + m[0].indexOf(cue, m[0].length - cue.length - 8), ctx.text.length);
  if (!content) return null;
  return { at: m.index, attribution: { ...make(ctx, who, cue, null, content, [[m.index, content[0]]]), kind: 'attributed', quote: null } };
}

/**
 * "Donald Trump's claim that …", "Tulsa police's earlier claim that …", "Iran's denial that …": a
 * statement named by its owner's possessive, its words in the "that" clause after it.
 */
const POSSESSED_STATEMENT =
  /(?<=\p{L})['’]s?\s+(?:(?:earlier|latest|recent|repeated|initial|previous|original|new|own|false|unfounded|unsubstantiated|baseless|dubious|controversial)\s+)?(claims?|assertions?|allegations?|insistence|argument|contention|accusation|denial|admission|warning|prediction)\s+that\s+/giu;
/** Where the words of such a clause end: another clause joined by a comma, or a stronger mark. */
const STATEMENT_CLAUSE_END = /,\s+(?:and|but|which|while|though|although|whereas)\b|[;:—–]|\s--\s/u;

/** A form of "be" that may be the main verb after a subject phrase. */
const MAIN_BE = /\s(?:is|was|are|were|has been|have been|had been|remains|remained|seems|seemed|appears|appeared)\s/gu;

/** Where the last match of a global regex starts in `text`, or null. */
function lastMatch(re: RegExp, text: string): number | null {
  re.lastIndex = 0;
  let at: number | null = null;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at = m.index;
  return at;
}

/** The statements of POSSESSED_STATEMENT in the sentence, each credited to its owner. */
function possessedStatements(ctx: Ctx): Attribution[] {
  const { text } = ctx;
  if (!text.includes("'") && !text.includes('’')) return [];
  const out: Attribution[] = [];
  POSSESSED_STATEMENT.lastIndex = 0;
  for (let m = POSSESSED_STATEMENT.exec(text); m !== null; m = POSSESSED_STATEMENT.exec(text)) {
    if (insideQuote(ctx, m.index)) continue;
    // The owner: a name ending at the apostrophe, else the noun phrase before it.
    const named = ctx.mentions.find((x) => x.end - ctx.base === m!.index && !x.adjective);
    const np: NounPhrase | null = named ? { start: named.start, end: named.end, text: named.surface.replace(/['’]s?$/u, '') } : npBefore(ctx, m.index + ctx.base);
    if (!np || np.end - ctx.base !== m.index || SUBJECT_PRONOUNS.has(np.text.toLowerCase())) continue;
    const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!who) continue;
    const from = m.index + m[0].length;
    const stop = STATEMENT_CLAUSE_END.exec(text.slice(from));
    let to = stop ? from + stop.index : text.length;
    // "Pence's claim that Soleimani assisted … is misleading": as the subject, the phrase is followed by the
    // sentence's own verb, after the clause's; the last form of "be" is taken as that verb.
    if (opensClause(text.slice(0, np.start - ctx.base))) {
      const be = lastMatch(MAIN_BE, text.slice(from, to));
      if (be === null) continue;
      to = from + be;
    }
    const content = trimContent(ctx, from, to);
    if (!content || !hasPredicate(ctx, content[0], content[1])) continue;
    out.push({ ...make(ctx, who, m[1]!.toLowerCase(), null, content, [[np.start - ctx.base, content[0]]]), kind: 'attributed', quote: null, named: true });
  }
  return out;
}

/** Verbs of speaking whose object may be the speaker's own quoted words. */
const QUOTED_OBJECT_VERB =
  /\b(?:condemn(?:s|ed)|denounc(?:es|ed)|decried|decries|urg(?:es|ed)|vow(?:s|ed)|pledg(?:es|ed)|promis(?:es|ed)|threaten(?:s|ed)|prais(?:es|ed)|hail(?:s|ed)|slammed|slams|demand(?:s|ed)|accus(?:es|ed)|blam(?:es|ed)|dismiss(?:es|ed)|reject(?:s|ed)|warn(?:s|ed)|call(?:s|ed) for)\b/gu;

/**
 * "Grand Ayatollah Ali al-Sistani condemned the “sinful aggression”", "The State Department urged all
 * American citizens to “depart immediately”": the quoted words after a verb of speaking are the
 * subject's, and the sentence a quote of them. Only a quotation in the verb's own clause, and only
 * when the sentence has no other frame.
 */
function quotedObject(ctx: Ctx): Attribution | null {
  const q = ctx.quotes.find((x) => x.close > x.open + 2);
  if (!q) return null;
  QUOTED_OBJECT_VERB.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = QUOTED_OBJECT_VERB.exec(ctx.text); m !== null && m.index < q.open; m = QUOTED_OBJECT_VERB.exec(ctx.text)) {
    if (!insideQuote(ctx, m.index)) verb = m;
  }
  if (!verb) return null;
  const between = ctx.text.slice(verb.index + verb[0].length, q.open);
  if (between.length > 100 || /[.;:!?]/u.test(between)) return null;
  const np = subjectBeforeCue(ctx, verb.index);
  if (!np) return null;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  // ("The resolution urges the government to …": a text that speaks is no speaker of its own.)
  if (!who || (who.head !== null && roleWords().authoredWorks.has(who.head))) return null;
  const content = trimContent(ctx, (np.describedFrom ?? np.start) - ctx.base, ctx.text.length);
  const inner = innerQuote(ctx, q);
  if (!content || !inner) return null;
  return { ...make(ctx, who, verb[0], null, content, []), kind: 'quote', quote: ctx.text.slice(inner[0], inner[1]) };
}

function chants(ctx: Ctx): Attribution[] {
  const out: Attribution[] = [];
  if (ctx.quotes.length === 0) return out;
  for (const q of ctx.quotes) {
    if (q.close < 0) continue;
    const lead = ctx.text.slice(Math.max(0, q.open - 40), q.open);
    // (The last words of the lead name no chant unless the lead itself writes a chant word.)
    if (!CHANT_NEEDLE.test(lead)) continue;
    const m = /(\b[\p{L}][\p{L} ]*?)\s*[:,]?\s*$/u.exec(lead);
    if (!m || !CHANT_PARTICIPLES.test(m[1]!.split(/\s+/u).slice(-3).join(' '))) continue;
    const at = lead.search(CHANT_TAIL);
    const partStart = Math.max(0, q.open - (lead.length - at));
    const beforePart = ctx.text.slice(0, partStart).trim();
    let np: NounPhrase | null;
    if (beforePart === '') {
      // Participle first: the subject follows the quote.
      np = npAfter(ctx, skipPunct(ctx, q.close + 1) + ctx.base, ctx.text.length + ctx.base);
    } else if (/[,;]$/u.test(beforePart) || /\band$/iu.test(beforePart)) {
      // "…, chanting “…”": the subject of the clause the participle hangs on.
      np = subjectOf(ctx, partStart);
    } else {
      // "the crowd chanted “…”"
      np = npBefore(ctx, partStart + ctx.base);
    }
    // "Several thousand mourners, many chanting “…”": "many" are some of the noun before it.
    if (np && /^(?:many|some|most|several|others|all|dozens|hundreds|thousands)$/iu.test(np.text)) {
      const comma = /\s*,\s*$/u.exec(ctx.text.slice(0, np.start - ctx.base));
      const head = comma ? npBefore(ctx, comma.index + ctx.base) : null;
      if (head) np = head;
    }
    if (!np) continue;
    const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!who) continue;
    const speaker: Speaker = who.speaker.type === 'unknown' ? { ...who.speaker, type: 'group' } : who.speaker;
    const inner = innerQuote(ctx, q);
    if (!inner) continue;
    out.push({
      kind: 'quote',
      speaker,
      speakerHead: who.head,
      cue: ctx.text.slice(partStart, q.open).replace(/[\s:,]+$/u, '').trim().toLowerCase() || 'chanting',
      via: null,
      start: inner[0] + ctx.base,
      end: inner[1] + ctx.base,
      quote: ctx.text.slice(inner[0], inner[1]),
      frames: [[partStart + ctx.base, q.close + 1 + ctx.base]],
    });
  }
  return out;
}

function continuation(ctx: Ctx): Attribution | null {
  const { text } = ctx;
  const covered = ctx.quotes.filter((q) => q.close > q.open).reduce((n, q) => n + (q.close - q.open + 1), 0);
  const open = ctx.quotes.find((q) => q.close < 0 && q.open <= 2);
  if (covered < text.length * 0.6 && !open) return null;
  const speaker = ctx.resolver.lastSpeaker(ctx.s.index, 2);
  if (!speaker) return null;
  const q = ctx.quotes[0]!;
  const inner = q.close > q.open ? innerQuote(ctx, q) : trimContent(ctx, q.open + 1, text.length);
  if (!inner) return null;
  ctx.resolver.spoke(speaker, ctx.s.index, null);
  return { kind: 'quote', speaker, speakerHead: null, cue: null, via: null, start: inner[0] + ctx.base, end: inner[1] + ctx.base, quote: text.slice(inner[0], inner[1]), frames: [] };
}

/**
 * "US President Donald Trump, in a televised address from the White House on January 8: “No
 * Americans were harmed …”": a speaker, an aside saying where or how, a colon and the quotation
 * (a fact-check's "Who said it:" may stand before). The aside is the cue as written.
 */
const ASIDE_COLON_QUOTE = /^(?:(?:[Ww]ho said it|[Mm]ade by|[Cc]laimed by|[Cc]laimant)\s*:\s*)?([\p{Lu}][^,:;“”"]{1,80}?),\s+((?:in|at|during|on|speaking|from|via|while|before)\s[^:;“”"]{2,120}?)\s*:\s*(?=[“"])/u;

function asideColonQuote(ctx: Ctx): Attribution | null {
  const m = ctx.text.includes(':') ? ASIDE_COLON_QUOTE.exec(ctx.text) : null;
  if (!m) return null;
  const q = ctx.quotes.find((x) => x.open === m[0].length);
  const inner = q ? innerQuote(ctx, q) : null;
  if (!q || !inner) return null;
  const nameStart = m[0].indexOf(m[1]!);
  const np: NounPhrase = { start: nameStart + ctx.base, end: nameStart + m[1]!.length + ctx.base, text: m[1]! };
  // Only a named speaker: "In Baghdad, at the embassy: “…”" names none.
  if (!ctx.mentions.some((x) => x.start >= np.start && x.end <= np.end && x.type !== 'place' && x.type !== 'other')) return null;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return null;
  const cue = m[2]!.trim();
  return { kind: 'quote', speaker: who.speaker, speakerHead: who.head, cue, via: null, start: inner[0] + ctx.base, end: inner[1] + ctx.base, quote: ctx.text.slice(inner[0], inner[1]), frames: [[ctx.base, q.open + ctx.base]] };
}

/** A quotation signed after a dash: "“… shame.” ― Sonya Herridge". */
function signedQuote(ctx: Ctx): Attribution | null {
  const m = /[”"]\s*[―—–]\s*([\p{Lu}][^.;:!?“”"]{1,60}?)\s*\.?\s*$/u.exec(ctx.text);
  if (!m) return null;
  const q = ctx.quotes.find((x) => x.close === m.index);
  if (!q) return null;
  const nameStart = m.index + m[0].indexOf(m[1]!);
  const np: NounPhrase = { start: nameStart + ctx.base, end: nameStart + m[1]!.length + ctx.base, text: m[1]! };
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  const inner = innerQuote(ctx, q);
  if (!who || !inner) return null;
  return { kind: 'quote', speaker: who.speaker, speakerHead: who.head, cue: 'signed', via: null, start: inner[0] + ctx.base, end: inner[1] + ctx.base, quote: ctx.text.slice(inner[0], inner[1]), frames: [[q.close + ctx.base, ctx.text.length + ctx.base]] };
}

const POSTING_CUES = new Set(['tweeted', 'tweets', 'tweet', 'posted', 'posts', 'post', 'shared', 'shares', 'retweeted', 'published', 'publishes', 'released', 'releases', 'wrote', 'writes']);
const MEDIA_OBJECT = /^(?:an?|the|his|her|their|its)\s+(?:(?:short|brief|new|old|single|large|giant)\s+)?(?:image|images|photo|photos|photograph|photographs|picture|pictures|video|videos|clip|clips|gif|map|link|emoji|meme|cartoon)\b/iu;

const TOPIC_DEATH = /\b(?:kills?|killed|dies|died|dead|assassinated|slain)\b/iu;

/** Words that make a headline's label a happening, not a speaker: the event triggers and a few more. */
const TOPIC_WORDS: ReadonlySet<string> = new Set([
  ...TRIGGER_RULES.filter((r) => r.words.length === 1 && !r.verb).map((r) => r.words[0]!),
  'fire', 'ceasefire', 'truce', 'war', 'election', 'elections', 'crisis', 'talks', 'summit', 'trial', 'verdict', 'outbreak', 'pandemic',
]);
/** Labels that are page furniture, not speakers. */
const NOT_LABELS = /^(?:note|editor'?s note|update[ds]?|photo|image|picture|video|watch|read|read more|related|source|sources|credit|caption|warning|breaking|exclusive|live|opinion|analysis|correction|clarification|disclaimer|q|a|question|answer|advertisement|listen|share|tags?|topics?|see also|more|also|next|previous|location|date|time|category|filed under|by|(?:the )?latest|polls?|survey|report|explainer|factbox|fact ?check|timeline|review|editorial|commentary|perspective|profile|preview|recap|chart|map|graphic|podcast|interview|transcript|excerpts?|background|context|what we know|(?:the )?(?:claims?|rating|facts|verdict|ruling|bottom line|conclusion)|our (?:ruling|rating|verdict)|what was said)$/iu;

/** A speaker label (any case; a transcript's in capitals) before a colon and the words. */
const LABELLED_LINE = new RegExp(String.raw`^[“"]?([\p{Lu}][\p{L}.'’ -]{0,40}?)${LABEL_ROLE}\s*:\s+(?=\S)`, 'u');

/**
 * A line that opens with a speaker label: a transcript ("WALLACE: Let’s start …") or a
 * headline in the "Speaker: claim" style ("Pat Caddell: Democrat voters worried …",
 * "Obama on climate change: the trends are ‘terrifying’").
 */
function labelledLine(ctx: Ctx): { attribution: Attribution } | null {
  // A transcript may come quoted as a whole: "“WALLACE: Let’s start with …".
  // "STEVE INSKEEP, HOST: …", "JANE ARRAF, BYLINE: …": a broadcast transcript adds the speaker's part after a comma.
  const m = ctx.text.includes(':') ? LABELLED_LINE.exec(ctx.text) : null;
  if (!m) return null;
  const label = m[1]!.trim();
  const labelAt = m[0].indexOf(m[1]!);
  const transcript = (/^[\p{Lu}. '’-]+$/u.test(label) && /\p{Lu}{2}/u.test(label)) || ctx.resolver.turnLabels.has(label);
  if (!transcript && m[0].slice(labelAt + m[1]!.length).includes(',')) return null;
  if (/^[“"]/u.test(m[0]) && !transcript) return null;
  // A printed interview's answer ("A: Twenty-five men … were killed") is the interviewee's turn.
  if (ANSWER_LABEL.test(label) && ctx.resolver.interviewee) {
    const content = trimContent(ctx, m[0].length, ctx.text.length);
    return content ? { attribution: turnOf(ctx, { speaker: ctx.resolver.interviewee, head: null }, content, m[0].length) } : null;
  }
  if (NOT_LABELS.test(label) || label.split(/\s+/u).length > 6) return null;
  // "Trump said in a statement: “…”": a saying with its own verb before the colon, read by its cue, not as a label.
  if (!transcript && SAYING_IN_LABEL.test(label)) return null;
  // "Cyclone Remal: Hundreds of thousands evacuated", "Sudan ceasefire: …", "Park Fire: two killed": a happening is the headline's topic, no speaker.
  if (label.toLowerCase().split(/[\s-]+/u).some((w) => TOPIC_WORDS.has(w))) return null;
  // "Obama on Climate Change": the name before "on/about".
  const nameText = label.replace(/\s+(?:on|about|to|says|said|tells)\s.*$/iu, '');
  // "BAGHDAD: …" is a dateline, not a speaker; "Iraq PM: …", "Iran FM: …" name an office.
  const office = label.split(/\s+/u).slice(1).join(' ').toLowerCase();
  if (ctx.mentions.some((x) => x.start === ctx.base + labelAt && (x.type === 'place' || x.type === 'country')) && !roleWords().titles.has(office)) return null;
  const named = ctx.mentions.find((x) => x.start === ctx.base + labelAt && x.type !== 'other');
  // "Sanders made the following comment: “…”": a clause of its own before the colon, with its verb, is no label.
  if (!transcript && named && ctx.s.tokens.some((t) => t.start >= named.end && t.end <= ctx.base + labelAt + label.length && (t.pos === 'VERB' || t.pos === 'AUX'))) return null;
  // A full name, or a name the article knows: "Success on Signature Issue:" is a section heading.
  // "The Morning Brief: Embassy under siege, …": a title with an article is a column's name, not a person's.
  if (!transcript && !named && (/^The\s/u.test(nameText) || !/^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,3}$/u.test(nameText))) return null;
  const np: NounPhrase = { start: ctx.base + labelAt, end: ctx.base + labelAt + nameText.length, text: nameText };
  // "LS: That's the big question." after "Lina Saadi: …": the initials stand for the name labelled in full.
  const full = transcript ? ctx.resolver.turnInitials.get(label) : undefined;
  const resolved = full !== undefined ? { speaker: ctx.resolver.speakerNamed(full), head: null } : ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!resolved) return null;
  // A transcript's capitals are typography: "JANE ARRAF" is Jane Arraf.
  const cased = transcript && !/\p{Ll}/u.test(resolved.speaker.name) ? { ...resolved, speaker: { ...resolved.speaker, name: titleCase(resolved.speaker.name) } } : resolved;
  // ("SECRETARY ESPER": the label's title in capitals is no role; the one the article or the gazetteer gives is.)
  const labelRole = cased.speaker.role;
  const who = transcript && labelRole !== null && !/\p{Ll}/u.test(labelRole) ? { ...cased, speaker: { ...cased.speaker, role: ctx.resolver.knownRole(cased.speaker.name) ?? labelRole.toLowerCase() } } : cased;
  // "SECRETARY ESPER: No. The embassy is open …": a short answer still opens the speaker's turn.
  const content = trimContent(ctx, m[0].length, ctx.text.length) ?? (transcript ? shortAnswer(ctx.text, m[0].length) : null);
  if (!content) return null;
  // "Qassem Suleimani: US kills top Iranian general in Baghdad airstrike": the person is the
  // headline's topic, killed in it, not its speaker.
  if (!transcript && who.speaker.type === 'person' && TOPIC_DEATH.test(ctx.text.slice(content[0], content[1]))) return null;
  if (transcript) return { attribution: turnOf(ctx, who, content, m[0].length) };
  // "Rudaw: Iranian state TV said 80 “American terrorists” were killed.": an interviewer's turn that
  // reports another's words; those words are the other's, as the rest of the sentence says.
  if (INNER_SAYING.test(ctx.text.slice(content[0], content[1]))) return null;
  return { attribution: { ...make(ctx, who, 'headline', null, content, [[0, m[0].length]]), kind: 'attributed', quote: null } };
}

/** A reporting verb after the name in a label, with more words after it: "Trump said in a statement". */
const SAYING_IN_LABEL = /\s(?:said|says|told|tells|added|adds|wrote|writes|tweeted|declared|announced)\s+\S/u;

/** A saying of its own inside a labelled line's words: "… state TV said …", "according to …". */
const INNER_SAYING = /\b(?:said|says|told|tells|reported|reports|according to|quoted)\b/u;

/** A headline's source after its colon: "…: Pentagon", "…: Source", "…: state media". */
const TRAILING_LABEL = /^(.{12,}?\S)\s?:\s+((?:[\p{Lu}][\p{L}.'’-]*|state|media|officials?|sources?|police|witnesses|reports?|military|TV)(?:\s+[\p{L}.'’-]+){0,3})$/u;
const SOURCE_HEADS = /(?:^|\s)(?:sources?|officials?|police|witnesses|reports?|media|TV|television|military|army|ministry|spokesm[ae]n|spokeswoman|agency)$/iu;

/**
 * "Fifty U.S. troops diagnosed with brain injuries after Iran attack: Pentagon", "80 American
 * Terrorists Killed in IRGC Missile Strikes on US Airbase: Source": a wire headline names its
 * source after a colon. Only the article's first line, and only a named body or a source noun.
 */
function trailingSourceLabel(ctx: Ctx): Attribution | null {
  if (ctx.s.index !== 0 || !ctx.text.includes(':')) return null;
  const m = TRAILING_LABEL.exec(ctx.text.trimEnd());
  if (!m) return null;
  const label = m[2]!;
  const labelAt = ctx.text.lastIndexOf(label);
  if (NOT_LABELS.test(label) && !/^sources?$/iu.test(label)) return null;
  const named = ctx.mentions.find((x) => x.start === ctx.base + labelAt && x.end - ctx.base === labelAt + label.length && x.type !== 'place' && x.type !== 'other');
  if (!named && !SOURCE_HEADS.test(label)) return null;
  const np: NounPhrase = { start: ctx.base + labelAt, end: ctx.base + labelAt + label.length, text: label };
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  const content = who ? trimContent(ctx, 0, m[1]!.length) : null;
  if (!who || !content) return null;
  return { ...make(ctx, who, 'headline', null, content, [[m[1]!.length, ctx.text.length]]), kind: 'attributed', quote: null };
}

/** The words of a one-word answer ("No.", "Yes!"), without the closing stop. */
function shortAnswer(text: string, from: number): [number, number] | null {
  let b = text.length;
  while (b > from && /[\s.!?]/u.test(text[b - 1]!)) b--;
  return b > from ? [from, b] : null;
}

/** A transcript's or an interview's turn: the label's speaker quoted, the label (up to `labelEnd`) the frame. */
function turnOf(ctx: Ctx, who: Who, content: [number, number], labelEnd: number): Attribution {
  return { ...make(ctx, who, 'transcript', null, content, [[0, labelEnd]]), kind: 'quote', quote: ctx.text.slice(content[0], content[1]) };
}

const ANSWER_LABEL = /^(?:A|Answer)$/u;
/** "We spoke to Hassan Salem, …", "interviewed", "sat down with": the interviewee is the person named right after ("an interview with Reuters" names none). */
const INTERVIEW_INTRO = /\b(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+|\binterviewed\s+|\bsat\s+down\s+with\s+|\b(?:an|this|our)\s+(?:exclusive\s+)?interview\s+with\s+/iu;

/** Remembers the person an interview is with, named after "spoke to", "interviewed", "sat down with". */
function noteInterviewee(ctx: Ctx): void {
  // The introduction stands before the questions, near the top.
  if (ctx.resolver.interviewee !== null || ctx.s.paragraph > 5 || !/interview|spoke|talked|talks|speaks|sat down/iu.test(ctx.text)) return;
  const m = INTERVIEW_INTRO.exec(ctx.text);
  if (!m) return;
  const np = npAfter(ctx, m.index + m[0].length + ctx.base, ctx.text.length + ctx.base);
  if (!np) return;
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (who && who.speaker.type === 'person') ctx.resolver.interviewee = who.speaker;
}

/** "JANE ARRAF" -> "Jane Arraf", "AL-MUHANDIS" -> "Al-Muhandis". */
function titleCase(caps: string): string {
  return caps.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, lead: string, c: string) => lead + c.toUpperCase());
}

/** A text naming a statement; a literal alternation, which V8 scans faster than lower-casing and substring searches. */
const NAMES_STATEMENT = /statement|remarks|message|letter|text/iu;

/** "The Department of Defense released the following statement:", "Here is the statement from X", "The AP reported:". */
function introduction(ctx: Ctx, cues: Cue[]): Speaker | null {
  const { text } = ctx;
  const colon = text.charCodeAt(trimmedEnd(text) - 1) === 58; // /:\s*$/u, without trying every offset
  if (!colon && !NAMES_STATEMENT.test(text)) return null;
  const from = STATEMENT_FROM.exec(text);
  if (from) {
    const np = npAfter(ctx, from.index + from[0].length + ctx.base, text.length + ctx.base);
    if (np && /^[\s.:]*$/u.test(text.slice(np.end - ctx.base))) return ctx.resolver.resolve(np, ctx.mentions, ctx.s.index)?.speaker ?? null;
  }
  if (!colon) return null;
  const rel = STATEMENT_INTRO.exec(text);
  if (rel) {
    const np = npBefore(ctx, rel.index + ctx.base);
    if (np) return ctx.resolver.resolve(np, ctx.mentions, ctx.s.index)?.speaker ?? null;
  }
  const last = cues[cues.length - 1];
  if (last && SPEECH.has(last.word.toLowerCase()) && /^[\s\p{L},]*:\s*$/u.test(text.slice(last.end)) && skipAdverbials(text.slice(last.end).replace(/:\s*$/u, '')) === text.slice(last.end).replace(/:\s*$/u, '').length) {
    const np = subjectBeforeCue(ctx, last.start);
    if (np) return ctx.resolver.resolve(np, ctx.mentions, ctx.s.index)?.speaker ?? null;
  }
  return null;
}

/** Within a content span: "X said C2" makes X the speaker (the outer one becomes `via`); "X accused Y of …" keeps the whole span. */
function innerAttribution(ctx: Ctx, from: number, to: number): Attribution | null {
  for (const cue of findCues(ctx)) {
    if (cue.start <= from || cue.end >= to) continue;
    const w = cue.word.toLowerCase();
    const objectFrame = OBJECT_FRAME_VERBS.has(w) && !/^\s*(?:that\b|:)/iu.test(ctx.text.slice(cue.end)) && !bareReaction(w, ctx.text.slice(cue.end));
    if (!SPEECH.has(w) && !objectFrame) continue;
    const before = ctx.text.slice(from, cue.start);
    if (auxiliaryBeforeCue(before) && !/\b(?:has|have|had)\s*$/iu.test(before)) continue;
    const np = npBefore(ctx, cue.start + ctx.base);
    if (!np || np.start - ctx.base < from) continue;
    const lead = ctx.text.slice(from, np.start - ctx.base);
    if (!/^\s*(?:\p{L}+,\s*)?$/u.test(lead) && skipAdverbials(lead) !== lead.length) continue;
    const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!who) continue;
    if (objectFrame) return make(ctx, who, cue.word, null, [from, to], []);
    let at = skipAfterCue(ctx, cue.end);
    if (WEAK_CUES.has(w)) {
      const rec = /^\s*(?:that\b|:|[“"])/iu.test(ctx.text.slice(at)) ? null : npAfter(ctx, at + ctx.base, to + ctx.base);
      if (rec) at = skipAfterCue(ctx, rec.end - ctx.base);
      if (!/^\s*(?:that\b|:|[“"])/iu.test(ctx.text.slice(at))) continue;
    }
    const span = trimContent(ctx, at, to);
    if (!span || !hasPredicate(ctx, span[0], span[1])) continue;
    return make(ctx, who, cue.word, null, span, [[np.start - ctx.base, span[0]]]);
  }
  return null;
}

// ---------------------------------------------------------------- helpers

/** Names with the role written before them ("Iraq’s caretaker Prime Minister Adil Abdul-Mahdi"): one phrase. */
function nameSpans(ctx: Ctx): Array<{ start: number; end: number }> {
  if (!ctx.spans) ctx.spans = ctx.mentions.map((m) => ({ start: m.roleStart !== null && m.roleStart < m.start ? m.roleStart : m.start, end: m.end }));
  return ctx.spans;
}

function npBefore(ctx: Ctx, end: number): NounPhrase | null {
  const np = nounPhraseBefore(ctx.s.tokens, ctx.text, ctx.base, end, nameSpans(ctx));
  // "On Tuesday officials said", "Last week police said": a time opening the sentence without its comma is no part of the subject.
  // ("Sunday Times reporters": one capitalised word before a name is the name's.)
  // ("Earlier reports said": the adjective is the report's, not an opening adverbial.)
  if (np && np.start - ctx.base < 16 && !REPORT_HEADS.has(np.text.toLowerCase().split(/\s+/u).pop() ?? '')) {
    const adverbial = skipAdverbials(ctx.text.slice(0, np.end - ctx.base));
    const from = adverbial > np.start - ctx.base ? ctx.s.tokens.find((t) => t.start >= ctx.base + adverbial) : undefined;
    const oneWord = from !== undefined && !/\s/u.test(ctx.text.slice(0, adverbial).trim()) && /^\p{Lu}/u.test(from.text);
    if (from && from.start < np.end && !oneWord) return { start: from.start, end: np.end, text: ctx.text.slice(from.start - ctx.base, np.end - ctx.base) };
  }
  return np;
}

function npAfter(ctx: Ctx, start: number, limit: number): NounPhrase | null {
  return nounPhraseAfter(ctx.s.tokens, ctx.text, ctx.base, start, limit, nameSpans(ctx));
}

/**
 * The subject before a cue, across an appositive, a parenthetical or a relative clause:
 * "Kataib Hezbollah’s commander, Abu Mahdi al-Muhandis, warned" -> the name; "The
 * officials, speaking on condition of anonymity, said", "Sen. Tom Udall, D-N.M., said"
 * and "a person close to Ghosn who asked not to be identified confirmed" -> the phrase
 * before the parenthetical or the relative clause.
 */
/** Auxiliaries and adverbs between an appositive's closing comma and the cue ("…, Javad Zarif, has also tweeted"). */
const AUX_WORDS = new Set(['has', 'have', 'had', 'also', 'later', 'earlier', 'again', 'since', 'then', 'now', 'previously']);
const AUX_RUN = String.raw`(?:(?:${[...AUX_WORDS].join('|')})\s+)+`;
/** Only auxiliaries and adverbs of time between a subject and its cue. */
const AUX_BETWEEN = new RegExp(String.raw`^\s*(?:(?:${[...AUX_WORDS].join('|')})\s*)+$`, 'iu');
const AUX_AFTER_COMMA = new RegExp(String.raw`(?<=,)\s*${AUX_RUN}$`, 'iu');
/** What may stand between a subject and its cue: a comma (or an aside between commas), then auxiliaries. */
const COMMA_AUX_ONLY = new RegExp(String.raw`^\s*(?:,[^;]*)?,\s*${AUX_RUN}$`, 'iu');

/** An aside between commas, then only adverbials: "Sen. Mike Lee|, R-Utah, on Wednesday |called". */
function asideThenAdverbials(between: string): boolean {
  const m = /^\s*,[^;]*,([^,;]*)$/u.exec(between);
  return m !== null && skipAdverbials(m[1]!) >= m[1]!.trimEnd().length;
}

/** A prepositional phrase that opens a sentence, without a verb: "In Washington", "At the Pentagon on Sunday". */
const FRONTED_PHRASE = /^\s*(?:in|at|on|from|inside|outside|near|across|amid|during|after|before)\s+[^,;:“”"]{1,60}$/iu;

/** A short title in quotation marks after a preposition, its comma inside the closing mark: "appearing on “Fox News Sunday,”". */
const TITLE_COMMA = /\b(?:on|to|in|at|from|with|told)\s+[“"][^“”",]{1,60},[”"]\s*$/u;

/** ", who" (with an auxiliary or an adverb) right before a cue. */
const RELATIVE_WHO = /,\s+who(?:\s+(?:also|had|has|have|later|then|previously|earlier|once|repeatedly))*\s*$/iu;

/** Only titles and honorifics ("Grand Ayatollah Sayyed ", "Gen. "): what may come before a name in its aside. */
function titlesOnly(text: string): boolean {
  const words = text.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > 4) return false;
  const { titles, honorifics } = roleWords();
  return words.every((w) => {
    const key = w.toLowerCase().replace(/\.$/u, '');
    return titles.has(key) || honorifics.has(key) || key === 'grand';
  });
}

function subjectBeforeCue(ctx: Ctx, cueStart: number): NounPhrase | null {
  let before = ctx.text.slice(0, cueStart);
  // "… a tweet by US President Donald Trump, who claimed, “…”": the one the relative clause is on speaks.
  // The name is the one written right before the comma; a subject with a parenthetical ("Officials, who said
  // the toll was 25, left") is read below.
  const who = RELATIVE_WHO.exec(before);
  const named = who ? ctx.mentions.find((m) => m.end - ctx.base === who.index && !m.adjective && (m.type === 'person' || m.type === 'organization' || m.type === 'government')) : undefined;
  const whole = named ? npBefore(ctx, who!.index + ctx.base) : null;
  if (who && named && !opensClause(ctx.text.slice(0, named.start - ctx.base)) && !(whole && opensClause(ctx.text.slice(0, whole.start - ctx.base)))) {
    return { start: named.start, end: named.end, text: named.surface, relativeFrom: who.index + ctx.base };
  }
  // "State television is now claiming that": the subject stands before the be-form.
  const be = /^\p{L}+ing\b/u.test(ctx.text.slice(cueStart, cueStart + 24)) ? PROGRESSIVE_BE.exec(before) : null;
  if (be) before = before.slice(0, be.index).trimEnd();
  // "Wells Fargo just this month announced", "an arbitration panel in 2001 found": a time between subject and cue.
  const lastWord = lastSpaceDelimited(before);
  const time = TIME_ENDS.has(lastWord) || YEAR_WORD.test(lastWord) ? TRAILING_TIME.exec(before) : null;
  // (Not the time of a work's participle: "The poll released on Friday shows" is read as a postmodifier below.)
  if (time && !RELEASED_AT_END.test(before.slice(0, time.index))) before = before.slice(0, time.index);
  // "Smith and Jones both said", "The senators all suggested": a floating quantifier after the subject.
  const floating = FLOATING_QUANTIFIER_ENDS.has(lastSpaceDelimited(before)) ? FLOATING_QUANTIFIER.exec(before) : null;
  if (floating) before = before.slice(0, floating.index);
  // "Sen. Lindsey Graham (R-S.C.) told": a bracketed aside before the cue.
  const paren = TRAILING_BRACKETS.exec(before);
  if (paren) before = before.slice(0, paren.index);
  // "Iran's foreign minister, Javad Zarif, has tweeted": auxiliaries after an appositive's comma.
  const aux = trailingWordAt(before, AUX_WORDS) >= 0 ? AUX_AFTER_COMMA.exec(before) : null;
  if (aux) before = before.slice(0, aux.index);
  // "Kall -- co-editor of Debating The Donald, a book … -- said": an aside between dashes.
  const dash = /\s*(--|—|–)\s*$/u.exec(before);
  if (dash) {
    const open = before.lastIndexOf(dash[1]!, dash.index - 1);
    if (open <= 0) return null;
    const end = before.slice(0, open).trimEnd().length;
    const np = npBefore(ctx, end + ctx.base);
    return np && np.end - ctx.base >= end - 1 ? np : null;
  }
  // "O'Brien, appearing on “Fox News Sunday,” said": a programme's title closes the aside, its comma inside the marks.
  if (!/,\s*$/u.test(before) && !TITLE_COMMA.test(before)) {
    // "A mourner who gave his name only as Hamid told Reuters", "a resident named Ali said": the name speaks.
    // (Substring checks first: this runs before every cue.)
    const direct = npBefore(ctx, before.trimEnd().length + ctx.base);
    const namedAs = direct && (before.includes('named') || before.includes('called') || before.includes('identified') || before.includes(' name ')) ? NAMED_AS.exec(before) : null;
    if (direct && namedAs && direct.start - ctx.base === namedAs.index + namedAs[0].length) {
      const described = npBefore(ctx, namedAs.index + ctx.base);
      if (described && described.end - ctx.base === namedAs.index && opensClause(ctx.text.slice(0, described.start - ctx.base))) return { ...direct, namedFrom: described.start };
    }
    const directLead = direct ? ctx.text.slice(0, direct.start - ctx.base) : '';
    // ("a contractor who officials said was …": the subject of the relative clause speaks; see relativeClaim.)
    if (direct && (opensClause(directLead) || trailingWordAt(directLead, RELATIVES) >= 0 || trailingWordAt(directLead, SUBORDINATORS) >= 0)) return direct;
    // "A 2014 study by Loyola Law School professor Justin Levitt found": the author speaks through the work.
    const byWork = direct ? WORK_BY.exec(directLead) : null;
    if (byWork && roleWords().authoredWorks.has(byWork[2]!.toLowerCase()) && opensClause(directLead.slice(0, byWork.index))) {
      return { ...direct!, workFrom: byWork.index + byWork[0].indexOf(byWork[1]!) + ctx.base };
    }
    // "A 2014 study that appeared in the British Medical Journal found", "A poll released in late
    // August found": the nearest noun is inside the subject's relative clause or participle phrase.
    const post = POSTMODIFIER.exec(before);
    if (post) {
      const np = npBefore(ctx, post.index + ctx.base);
      if (np && np.end - ctx.base === post.index && opensClause(ctx.text.slice(0, np.start - ctx.base)) && !SUBJECT_PRONOUNS.has(np.text.toLowerCase())) {
        // "A report released by the Pentagon said": the work's author speaks through it (as after "according to").
        const byAuthor = direct !== null && /^\s+(?:released|issued|published|commissioned|prepared|compiled|written)\s+by\s*$/iu.test(ctx.text.slice(post.index, direct.start - ctx.base));
        return byAuthor && roleWords().authoredWorks.has(np.text.toLowerCase().split(/\s+/u).pop() ?? '') ? { ...direct!, workFrom: np.start } : np;
      }
    }
    if (direct) return direct;
    // A relative clause between subject and cue (no comma): "… who asked not to be identified confirmed".
    const rel = /\b(?:who|that|which)\s+[^,;:“”"]{1,80}$/iu.exec(before);
    if (rel) {
      const np = npBefore(ctx, rel.index + ctx.base);
      if (np && endsClauseOpener(ctx.text.slice(0, np.start - ctx.base))) return np;
    }
    // A relative clause without "that": "the officials we spoke to said", "all the experts I interviewed said".
    const contact = CONTACT_CLAUSE.exec(before);
    if (contact) {
      const np = npBefore(ctx, contact.index + ctx.base);
      if (np && !SUBJECT_PRONOUNS.has(np.text.toLowerCase()) && /^\s*(?:all\s+)?$/iu.test(ctx.text.slice(0, np.start - ctx.base).replace(CLAUSE_LEAD, ''))) return np;
    }
    return null;
  }
  // Walk back over comma-separated asides: "Scott Pruitt, the attorney general of Oklahoma,
  // one of the states suing the EPA, said"; an aside that is a person's name is the subject
  // ("Kataib Hezbollah's commander, Abu Mahdi al-Muhandis, warned").
  let close = before.lastIndexOf(',');
  // The end of the last aside walked over.
  let skipped = -1;
  for (let hops = 0; hops < 5 && close > 0; hops++) {
    let open = -1;
    for (let i = close - 1; i >= 0 && i >= close - 200; i--) {
      if (ctx.text[i] === ';') break;
      if (ctx.text[i] === ',' && !insideQuote(ctx, i)) {
        open = i;
        break;
      }
    }
    const inner = ctx.text.slice(open + 1, close);
    const innerStart = open + 1 + (inner.length - inner.trimStart().length);
    // "…, and Gen. Mark Milley, the chairman of the Joint Chiefs, called": a conjunction opens the subject's clause.
    // The noun phrase that ends this segment, when it runs to the comma and is no pronoun.
    const segmentNp = open > 0 && hops > 0 ? npBefore(ctx, close + ctx.base) : null;
    const whole = segmentNp !== null && segmentNp.end - ctx.base >= close - 1 && !SUBJECT_PRONOUNS.has(segmentNp.text.toLowerCase()) ? segmentNp : null;
    if (whole && /^\s*(?:and|but)\s/iu.test(inner) && whole.start - ctx.base > innerStart) return whole;
    // "At least 51 people were wounded, the PMF, an umbrella grouping of militias, said": after a
    // clause of its own, a whole noun phrase between commas is the subject, not an aside to the
    // clause's last noun, and the clause is no description of it.
    // (Not after a participle's phrase: "Trump, speaking at a rally in Toledo, Ohio, the same evening, told" is Trump.)
    if (whole && /^(?:(?:the|a|an)\s+)?$/iu.test(ctx.text.slice(innerStart, whole.start - ctx.base)) && hasClauseVerb(ctx, firstWordAfterClause(ctx, open) - ctx.base, open) && !/^\p{L}+ing\b/u.test(ctx.text.slice(firstWordAfterClause(ctx, open) - ctx.base, open))) return whole;
    // A person, or a name the rules could not type after a description ("The state’s campaign
    // chairman, Phil Lovas, said"; not "Dianne Feinstein, Democrat of California, said").
    const described = open > 0 && !ctx.mentions.some((m) => m.type === 'person' && Math.abs(m.end - ctx.base - open) <= 1);
    const name = ctx.mentions.find(
      (m) =>
        (m.type === 'person' || (described && personLike(m))) &&
        (m.start - ctx.base === innerStart || (m.start - ctx.base > innerStart && m.start - ctx.base - innerStart <= 40 && titlesOnly(ctx.text.slice(innerStart, m.start - ctx.base)))) &&
        close - (m.end - ctx.base) <= 1,
    );
    if (name && open >= 0) {
      // "A spokesman for the Libyan National Army (LNA), Ahmed al-Mismari,": the bracketed abbreviation ends the description.
      const abbr = TRAILING_BRACKETS.exec(ctx.text.slice(0, open));
      const description = described ? npBefore(ctx, (abbr ? abbr.index : open) + ctx.base) : null;
      // (With its titles: "Grand Ayatollah Sayyed Ali al-Sistani".)
      const from = Math.min(name.start, innerStart + ctx.base);
      return { start: from, end: name.end, text: ctx.text.slice(from - ctx.base, name.end - ctx.base), ...(description ? { describedFrom: description.start } : {}) };
    }
    // A body's full name after a description: "A Syrian war monitor, the Syrian Observatory for Human Rights, said".
    const body = bodyNameAside(inner);
    if (body !== null && described && /\p{Ll}/u.test(body) && /\s/u.test(body)) {
      const phrase = inner.trim();
      // The description before it belongs to the frame, even where wink reads its noun as a verb ("war monitor").
      return { start: innerStart + ctx.base, end: innerStart + phrase.length + ctx.base, text: phrase, describedFrom: firstWordAfterClause(ctx, open) };
    }
    if (open >= 0 && isAside(ctx, inner, open + 1, close)) {
      skipped = close;
      close = open;
      continue;
    }
    // The segment that holds the subject: it ends right before the first aside (and a
    // bracketed party and state: "Rep. Jim Jordan (R-Ohio), an oversight panel member,").
    const segParen = TRAILING_BRACKETS.exec(ctx.text.slice(0, close));
    const segEnd = segParen ? segParen.index : close;
    // "In Washington, a State Department official, speaking on condition of anonymity, dismissed":
    // a fronted place or time holds no subject; the phrase after it does.
    // ("Separately, Fars news agency, citing a source close to the Guards, said": so a fronted adverb.)
    const fronted = ctx.text.slice(0, segEnd);
    if (open < 0 && skipped > close && (FRONTED_PHRASE.test(fronted) || skipAdverbials(fronted) >= trimmedEnd(fronted))) {
      const np = npBefore(ctx, skipped + ctx.base);
      if (np && np.end - ctx.base >= skipped - 1 && np.start - ctx.base > close && !SUBJECT_PRONOUNS.has(np.text.toLowerCase())) return np;
    }
    // "A Sunni legislator who stayed away, speaking on condition of anonymity, told": the segment's
    // own subject stands before its relative clause, as it would before the cue.
    if (open < 0 && hops > 0 && !segParen && POSTMODIFIER.test(ctx.text.slice(0, segEnd))) return subjectBeforeCue(ctx, segEnd);
    const np = npBefore(ctx, segEnd + ctx.base);
    return np && np.end - ctx.base >= segEnd - 1 ? np : null;
  }
  return null;
}

/** Absolute offset of the first word of the clause that ends at `end`: after the last , ; : or the sentence start. */
function firstWordAfterClause(ctx: Ctx, end: number): number {
  let i = end - 1;
  while (i >= 0 && !/[,;:]/u.test(ctx.text[i]!)) i--;
  const from = i + 1;
  return from + (ctx.text.slice(from, end).length - ctx.text.slice(from, end).trimStart().length) + ctx.base;
}

/** An aside between commas: a parenthetical opener, or a phrase without a finite verb ("director of the institute"). */
function isAside(ctx: Ctx, inner: string, from: number, to: number): boolean {
  // ("The text, read aloud by the speaker, says": a participle with its agent.)
  if (/^\s*\p{L}+(?:\s+(?:aloud|out))?\s+by\s/iu.test(inner)) return true;
  if (/^\s*(?:speaking|who|which|whose|citing|quoting|in|on|at|according|a|an|the|his|her|its|their|[RDI]-|also|(?:better|widely|commonly|popularly)\s+known|known\s+as|nicknamed|dubbed|however|meanwhile|though|writing|asked|responding|referring|for|with|as|like|unlike|after|before|while|when|both|all|each|too|himself|herself|one|among|including|now|then|formerly|previously|\d)/iu.test(inner)) return true;
  const a = from + ctx.base;
  const b = to + ctx.base;
  const toks = ctx.s.tokens;
  return !toks.some((t, k) => t.start >= a && t.end <= b && (t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed|en)$/iu.test(t.text) && !afterDeterminer(toks, k))));
}

/** A word wink tags as a verb after a determiner or a possessive is a noun ("Pyongyang's only ally", "a close ally"). */
function afterDeterminer(toks: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'ADJ')) j--;
  const prev = toks[j];
  return prev !== undefined && (prev.pos === 'DET' || /^(?:['’]s|his|her|its|their|our|my|your)$/iu.test(prev.text));
}

/**
 * The subject of the clause a word at `at` belongs to ("…, saying", "… and said",
 * "…, chanting “…”"): the first noun phrase of that clause — after the last subordinator
 * before `at` ("…, after protesters … stormed the perimeter, chanting …"), else of the
 * sentence, past a leading adverbial or participial phrase ("In a statement, X …").
 */
function subjectOf(ctx: Ctx, at: number): NounPhrase | null {
  const before = ctx.text.slice(0, at);
  // "Jan. 2: Esper warns … and says …": a timeline entry's day is no subject.
  let start = DAY_LABEL.exec(before)?.[0].length ?? 0;
  const sub = /(?:^|[\s,;(])(?:after|before|when|while|as|because|since|although|though|whereas|until)\s+(?=\S)/giu;
  let m: RegExpExecArray | null;
  while ((m = sub.exec(before)) !== null) {
    const after = m.index + m[0].length;
    // "after briefing President Trump, Esper … said": a participle clause has no subject of its own.
    if (/^\p{L}+ing\b/iu.test(before.slice(after))) continue;
    // The subordinate clause must have its own subject and verb before `at`, and end there: "ruled
    // out a rocket attack as the cause, but later withdrew that statement, saying …" is back in the main clause.
    if (hasPredicate(ctx, after, at) && !/,\s*(?:but|and|yet)\s/iu.test(before.slice(after))) start = after;
  }
  for (let guard = 0; guard < 3; guard++) {
    const first = ctx.s.tokens.find((t) => t.start >= start + ctx.base && /\p{L}/u.test(t.text));
    if (!first) return null;
    const comma = ctx.text.indexOf(',', start);
    // ("Clad in black and carrying portraits of the commander, the mourners filled the square, chanting …": an opening participle phrase.)
    const lead = first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV' || (first.pos === 'VERB' && /(?:ing|ed)$/iu.test(first.text)) || /^(?:clad|dressed|armed|draped|wrapped)$/iu.test(first.text);
    if (!lead || comma < 0 || comma >= at) break;
    start = comma + 1;
  }
  const np = npAfter(ctx, start + ctx.base, at + ctx.base);
  if (!np || np.end - ctx.base > at) return null;
  // "A spokesman for the army, Ahmed al-Mismari, denied … and said …": the name in apposition is the subject.
  // ("The UN's top official in Iraq, Jeanine Hennis-Plasschaert, welcomed …": past a place phrase on the description too.)
  const named = apposedName(ctx, np, /^(?:\s+(?:in|at|for|to)\s+[^,;“”"]{1,40}?)?(?:\s*\([^()]{1,40}\))?\s*,\s*/u, /^\s*,/u, at);
  if (named && /^(?:the|a|an)\s/iu.test(np.text)) return { start: named.start, end: named.end, text: named.surface, describedFrom: np.start };
  return np;
}

/** Month names as a timeline writes them, for DAY_LABEL. */
const MONTH_WORD = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
/** A timeline entry's day before its text: "Jan. 2:", "31 December –", "Dec. 29, 2019 —". */
const DAY_LABEL = new RegExp(`^\\s*(?:(?:${MONTH_WORD})\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTH_WORD}))(?:,?\\s+\\d{4})?\\s*[:\u2013\u2014-]\\s+`, 'u');

/**
 * The outer speaker of a nested attribution is the channel the words came through, unless
 * it is the inner speaker again ("Abdul Mahdi called the strikes …, his office said").
 */
function outerVia(nested: Attribution, outer: Speaker): Speaker | null {
  return outer.name === nested.speaker?.name ? nested.via : outer;
}

function make(ctx: Ctx, who: Who, cue: string, via: Speaker | null, span: [number, number], frames: Array<[number, number]>): Attribution {
  let [a, b] = span;
  // "…, calling it “illegal”, according to the state-run IRNA news agency": the words came through IRNA.
  const through = TRAILING_ACCORDING.exec(ctx.text.slice(a, b));
  if (through && !insideQuote(ctx, a + through.index)) {
    const np = npAfter(ctx, a + through.index + through[0].length + ctx.base, b + ctx.base);
    const channel = np && np.end - ctx.base >= b - 1 ? ctx.resolver.resolve(np, ctx.mentions, ctx.s.index) : null;
    if (channel && channel.speaker.name !== who.speaker.name) {
      via = via ?? channel.speaker;
      frames = [...frames, [a + through.index, b]];
      b = a + through.index;
    }
  }
  // A chant inside someone's account ("…, chanting “Death to America”") is the crowd's words, not the speaker's.
  const chanting = CHANT_PARTICIPLES.test(cue);
  const chantBefore = (q: QuoteSpan): boolean => {
    const lead = ctx.text.slice(Math.max(0, q.open - 30), q.open);
    // (No chant in its last words unless the lead writes a chant word.)
    return CHANT_NEEDLE.test(lead) && CHANT_PARTICIPLES.test(lead.split(/\s+/u).slice(-3).join(' '));
  };
  const qs = quotesWithin(ctx, a, b).filter((q) => chanting || !chantBefore(q));
  let quote: string | null = null;
  // The whole content is one quotation: the claim is the quoted words.
  const whole = qs.length === 1 && qs[0]!.open <= a + 1 && qs[0]!.close >= b - 3;
  if (whole) {
    const inner = innerQuote(ctx, qs[0]!);
    if (inner) [a, b] = inner;
    quote = ctx.text.slice(a, b);
  } else {
    const long = qs.map((q) => innerQuote(ctx, q)).filter((x): x is [number, number] => x !== null && countWords(ctx.text, x[0], x[1]) >= 2);
    if (long.length > 0) quote = long.map(([x, y]) => ctx.text.slice(x, y)).join(' … ');
  }
  const witness = who.speaker.type === 'witness';
  // ("Footage showed crowds carrying coffins", "Video from the scene showed a damaged building": what a recording shows.)
  const recorded = /^show(?:s|ed|n)?$/iu.test(cue) && VISUAL_WORKS.has(headWord(who.head ?? who.speaker.name));
  return {
    // (A recording's words heard in it, "chanting “Death to America”", are a chant of their own.)
    kind: recorded ? 'observation' : quote !== null ? 'quote' : witness ? 'observation' : 'attributed',
    speaker: who.speaker,
    speakerHead: who.head,
    cue: cue.toLowerCase().replace(/\s+/gu, ' '),
    via,
    start: a + ctx.base,
    end: b + ctx.base,
    quote,
    frames: frames.map(abs(ctx)),
  };
}

function abs(ctx: Ctx): (f: [number, number]) => [number, number] {
  return ([x, y]) => [x + ctx.base, y + ctx.base];
}

function viaOf(ctx: Ctx, np: NounPhrase): Speaker | null {
  const m = ctx.mentions.find((x) => x.start >= np.start && x.end <= np.end && (x.type === 'news_agency' || x.type === 'outlet'));
  return m ? { name: m.name, type: m.type === 'outlet' ? 'outlet' : 'news_agency', role: null } : null;
}

function insideQuote(ctx: Ctx, rel: number): boolean {
  return ctx.quotes.some((q) => rel > q.open && (q.close < 0 || rel < q.close));
}

function tokenAt(ctx: Ctx, rel: number): Token | undefined {
  const at = rel + ctx.base;
  const toks = ctx.s.tokens;
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = toks[mid]!;
    if (t.start === at) return t;
    if (t.start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A separator inside a number ("1,000", "7:30") ends no clause. */
function betweenDigits(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
}

function nextBoundary(ctx: Ctx, from: number): number {
  for (let i = from; i < ctx.text.length; i++) {
    const c = ctx.text[i];
    if ((c === ',' || c === ';' || c === ':') && !insideQuote(ctx, i) && !betweenDigits(ctx.text, i)) return i;
  }
  return ctx.text.length;
}

/** The forms of "tell", whose recipient stands between the verb and the words. */
const TELL_FORMS = /^(?:told|tells|tell|telling)$/iu;
/** "there are no casualties" after a verb of telling: a clause whose subject is "there". */
const THERE_CLAUSE = /^\s+there\s+(?:is|are|was|were|will|would|has|have|had)\b/iu;
/** A name set off by commas after "told me" ("told me, Steve, that"): the host addressed, not the content. */
const VOCATIVE = /^\s*,\s*\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s*,(?=\s*(?:that\b|[“"]))/u;

/** Participles of saying that carry more words after a post-posed frame, with "that". */
const MORE_WORDS = /^(?:warning|saying|noting|stressing|insisting|arguing|claiming|explaining|cautioning|acknowledging|conceding)$/iu;

/** A recipient after "to", up to the "that" of the words: "wrote to the council | that …". */
const TO_RECIPIENT = /^\s*to\s+(?:[\p{L}'’.-]+\s+){1,4}?(?=that\b)/iu;

/** "to" and a noun phrase at `at` (past spaces): "adding to confusion", "responded to the escalation"; not "to" and a verb ("vowed to retaliate"). */
function prepositionObjectAt(ctx: Ctx, at: number): boolean {
  const to = /^\s*to\s/iu.exec(ctx.text.slice(at));
  // ("reported to police that …": a recipient before the words.)
  if (!to || TO_RECIPIENT.test(ctx.text.slice(at))) return false;
  const object = ctx.s.tokens.find((t) => t.start >= at + to[0].length + ctx.base && /\p{L}/u.test(t.text));
  return object !== undefined && object.pos !== 'VERB' && object.pos !== 'AUX';
}

/** A verb or auxiliary is the first word after the "that"/"which" at `at`: a relative clause ("that aired", "that was leaked"). */
function verbAfterThat(ctx: Ctx, at: number): boolean {
  const thatAt = ctx.text.slice(at).search(/\S/u) + at;
  const next = ctx.s.tokens.find((t) => t.start >= thatAt + ctx.base + 4 && /\p{L}/u.test(t.text));
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Past an adverbial before "that" (adverbialBeforeThat), unless the "that" is a pronoun or opens
 * a relative clause, which a verb right after it shows ("said in the report that was leaked").
 * The gap is read from `from`, else from `gapFrom` where the skipped adverbials began: the list
 * stops inside a name ("in a televised address from the White | House that …").
 */
function pastAdverbialThat(ctx: Ctx, from: number, gapFrom: number): number {
  let start = from;
  let gap = adverbialBeforeThat(ctx.text.slice(from));
  if (gap === 0 && gapFrom < from) {
    start = gapFrom;
    gap = adverbialBeforeThat(ctx.text.slice(gapFrom));
  }
  if (gap === 0 || insideQuote(ctx, start)) return from;
  const thatAt = start + gap;
  return verbAfterThat(ctx, thatAt) ? from : thatAt;
}

function skipAfterCue(ctx: Ctx, from: number): number {
  return from + skipAdverbials(ctx.text.slice(from));
}

function skipPunct(ctx: Ctx, from: number): number {
  let i = from;
  while (i < ctx.text.length && /[\s,:;]/u.test(ctx.text[i]!)) i++;
  return i;
}

/** Trims a content span: leading "that"/colon/commas, trailing sentence punctuation. */
/** "…, speaking on condition of anonymity because they were not authorized to talk to the media": part of the frame. */
const ANONYMITY = /,?\s*(?:speaking|who spoke|who requested|who asked|talking)\s+(?:on (?:the )?condition (?:of|that they not be identified)[^,.;]*|anonymously|on background|not to be (?:named|identified))(?:\s+because[^,.;]*)?[.]?\s*$/iu;

/** The outlet's remark that no evidence came with the words: "…, without offering evidence", "…, but gave no evidence to support the claim". */
const WITHOUT_TAIL = new RegExp(
  String.raw`,?\s*(?:without\s+(?:offering|giving|providing|citing|presenting|elaborating)(?:\s+(?:any\s+)?(?:evidence|details|specifics|proof))?` +
    String.raw`|but\s+(?:gave|offered|provided|presented|cited)\s+no\s+(?:evidence|details|specifics|proof)` +
    String.raw`|but\s+(?:did\s+not|didn't)\s+(?:give|offer|provide|present|cite)\s+(?:any\s+)?(?:evidence|details|specifics|proof))` +
    String.raw`(?:\s+(?:to|for)\s+[^,;“”"]{1,60})?[.]?\s*$`,
  'iu',
);

/** ", while Esper told reporters that", ", whereas the ministry said": a contrasting clause with its own speaker and saying. */
const WHILE_SAYING = /,\s+(?:while|whereas)\s+[^,;:“”"]{2,90}?\s(?:said|says|told|tells|reported|reports|claimed|claims|stated|estimated|put|puts|counted)\b/u;

/** What a report cites that is no speaker: "citing preliminary figures", "quoting official data". */
const CITED_MATERIAL = /\b(?:figures|data|statistics|numbers|estimates|tallies|tally|counts?|records|information|evidence|footage|images|documents?)\s*$/iu;
/** The speaker's own next act after the reported words: "… and called on Iraq to …", "…, and urged calm" ("and urged that …" is more words, read as a coordinated cue). */
const SPEAKER_ACT_TAIL = /,?\s+and\s+(?=(called|urged|appealed|demanded)\b(?!\s+that\b))/iu;
const CITING_TAIL = /,\s*(?:citing|quoting)\s+[^,;:“”"]{2,90}[.]?\s*$/iu;

/** A verb right after "that": the pronoun is the subject ("that is impossible", "that was a mistake"), not the complementiser. */
const THAT_SUBJECT_VERB = /^(?:is|was|would|will|could|can|has|had|must|might|may|should|does|did|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t)\b/u;

function trimContent(ctx: Ctx, from: number, to: number): [number, number] | null {
  const { text } = ctx;
  let a = from;
  let b = to;
  const anon = ANONYMITY.exec(text.slice(from, to));
  if (anon) b = from + anon.index;
  // "…, citing a senior Revolutionary Guards source": the frame's own source, not the content.
  const citing = CITING_TAIL.exec(text.slice(from, b));
  if (citing && !insideQuote(ctx, from + citing.index)) b = from + citing.index;
  // "…, without offering evidence": the outlet's remark on the words, not the words.
  const without = WITHOUT_TAIL.exec(text.slice(from, b));
  if (without && !insideQuote(ctx, from + without.index)) b = from + without.index;
  // "…, while U.S. Defense Secretary Mark Esper told reporters that …": a contrast with a saying of its own is another's words.
  const contrast = WHILE_SAYING.exec(text.slice(from, b));
  if (contrast && !insideQuote(ctx, from + contrast.index)) b = from + contrast.index;
  // "…, a charge the group denies": the outlet notes someone else's denial; the words stay asserted.
  const denied = chargeDenialTail(text.slice(from, b));
  if (denied >= 0 && !insideQuote(ctx, from + denied)) b = from + denied;
  for (;;) {
    // (Only a lower-case "that": "GEN. MILLEY: That embassy is not going to be overrun" opens with a demonstrative.)
    const m = /^(?:\s+|[,:;—–-]\s*|that(?:\s+|\s*,\s*))/u.exec(text.slice(a, b));
    if (!m || m[0].length === 0) break;
    // "insists that is impossible": a "that" followed by a verb is the clause's subject.
    if (/^that\s/iu.test(m[0]) && THAT_SUBJECT_VERB.test(text.slice(a + m[0].length, b))) break;
    a += m[0].length;
  }
  while (b > a && /[\s.,;:!?—–-]/u.test(text[b - 1]!)) b--;
  // A figure alone may be the whole content ("the Iraqi military says 22").
  if (b - a < 3 && !/^\d+$/u.test(text.slice(a, b))) return null;
  // "Iran responded on January 8 by firing a volley of missiles": what follows is a deed, not words.
  if (DEED_BY.test(text.slice(a, b))) return null;
  return [a, b];
}

function quotesWithin(ctx: Ctx, from: number, to: number): QuoteSpan[] {
  return ctx.quotes.filter((q) => q.open >= from - 1 && (q.close < 0 ? ctx.text.length : q.close) <= to + 1);
}

/** The words inside a quotation, without the marks and a trailing comma. */
function innerQuote(ctx: Ctx, q: QuoteSpan): [number, number] | null {
  const end = q.close < 0 ? ctx.text.length : q.close;
  let a = q.open + 1;
  let b = end;
  while (a < b && /\s/u.test(ctx.text[a]!)) a++;
  // A closing comma or full stop is the sentence's; "?" and "!" are the speaker's.
  while (b > a && /[\s,.;:]/u.test(ctx.text[b - 1]!) && ctx.text.slice(b - 3, b) !== '...') b--;
  return b - a >= 2 ? [a, b] : null;
}

/** A verb in the span, other than the tail of a hyphenated modifier ("a state-sponsored network"). */
function finiteVerbIn(ctx: Ctx, from: number, to: number): boolean {
  const a = from + ctx.base;
  const b = to + ctx.base;
  const toks = ctx.s.tokens;
  return toks.some((t, k) => t.start >= a && t.end <= b && (t.pos === 'AUX' || (t.pos === 'VERB' && !(toks[k - 1]?.text === '-' && toks[k - 1]!.end === t.start))));
}

function hasPredicate(ctx: Ctx, from: number, to: number): boolean {
  const a = from + ctx.base;
  const b = to + ctx.base;
  const toks = ctx.s.tokens;
  // (Or a past tense wink reads as a noun where a clause needs one: "said Iran orchestrated the whole thing".)
  return toks.some((t, k) => t.start >= a && t.end <= b && (t.pos === 'VERB' || t.pos === 'AUX' || presentAfterPronoun(toks, k) || findingAfterNoun(toks, k) || (/ed$/iu.test(t.text) && isPredicateToken(toks, k))));
}

/** Verbs of showing that wink reads as nouns after a subject's noun. */
const SHOWING_VERBS = new Set(['show', 'suggest', 'indicate', 'reveal', 'prove', 'confirm']);

/** "revelations about his tax history show the need for reform": a verb of showing between a noun and its object's determiner. */
function findingAfterNoun(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return t.pos === 'NOUN' && SHOWING_VERBS.has(t.text.toLowerCase()) && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && next !== undefined && next.pos === 'DET';
}

/** "nobody doubts", "it seems": wink may tag the verb after a subject pronoun as a plural noun. */
function presentAfterPronoun(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  return t.pos === 'NOUN' && /\p{Ll}s$/u.test(t.text) && prev !== undefined && prev.pos === 'PRON' && /^(?:he|she|it|nobody|everybody|somebody|someone|everyone|no one|one)$/iu.test(prev.text);
}

/**
 * A verb that makes a clause, not one inside a compound noun or modifier: "a union-funded
 * think tank" has none (wink tags "funded" and "think" as verbs).
 */
function hasClauseVerb(ctx: Ctx, from: number, to: number): boolean {
  const a = from + ctx.base;
  const b = to + ctx.base;
  const toks = ctx.s.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start < a || t.end > b || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    if (prev && /^[-‐]$/u.test(prev.text) && prev.end === t.start) continue;
    if (t.pos === 'VERB' && !/(?:ed|ing)$/iu.test(t.text) && next && next.pos === 'NOUN' && next.start === t.end + 1 && !/^(?:is|are|was|were)$/iu.test(t.text)) continue;
    return true;
  }
  return false;
}

/** "flames rising from inside the compound and at least three US soldiers on the roof" -> two objects. */
function splitCoordinatedObjects(ctx: Ctx, from: number, to: number): Array<[number, number]> {
  const seg = ctx.text.slice(from, to);
  const re = /\s+and\s+(?=(?:at least|at most|more than|fewer than|about|some|several|dozens|hundreds|thousands|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b)/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const cut = from + m.index;
    if (insideQuote(ctx, cut)) continue;
    const left = trimContent(ctx, from, cut);
    const right = trimContent(ctx, cut + m[0].length, to);
    if (left && right && countWords(ctx.text, left[0], left[1]) >= 3 && countWords(ctx.text, right[0], right[1]) >= 3) return [left, right];
  }
  return [[from, to]];
}
