import { foldRegexWord, regexWordEnd, regexWordStart } from '../segment/hasRegexWord';

/**
 * Attribution cues. Reporting verbs that take a clause ("said that …", "warned …") make
 * the clause an attributed claim; object-frame verbs ("blamed X for …", "described X as …")
 * make the whole sentence the claim, credited to the subject; perception verbs make an
 * observation when the subject is a witness or a reporter.
 */
const SPEECH_STEMS = [
  'say', 'said', 'says', 'saying',
  'tell', 'told', 'tells',
  'add', 'added', 'adds', 'adding',
  'warn', 'warned', 'warns',
  'state', 'stated', 'states',
  'announce', 'announced', 'announces',
  'confirm', 'confirmed', 'confirms',
  'claim', 'claimed', 'claims',
  'report', 'reported', 'reports',
  'tweet', 'tweeted', 'tweets',
  'write', 'wrote', 'writes',
  'insist', 'insisted', 'insists',
  'argue', 'argued', 'argues',
  'note', 'noted', 'notes',
  'explain', 'explained', 'explains',
  'acknowledge', 'acknowledged', 'acknowledges',
  'admit', 'admitted', 'admits',
  'deny', 'denied', 'denies',
  'declare', 'declared', 'declares',
  'assert', 'asserted', 'asserts',
  'allege', 'alleged', 'alleges',
  'suggest', 'suggested', 'suggests',
  'estimate', 'estimated', 'estimates',
  'predict', 'predicted', 'predicts',
  'promise', 'promised', 'promises',
  'vow', 'vowed', 'vows',
  'threaten', 'threatened', 'threatens',
  'caution', 'cautioned', 'cautions',
  'stress', 'stressed', 'stresses',
  'emphasise', 'emphasised', 'emphasises', 'emphasize', 'emphasized', 'emphasizes',
  'maintain', 'maintained', 'maintains',
  'contend', 'contended', 'contends',
  'complain', 'complained', 'complains',
  'reveal', 'revealed', 'reveals',
  'disclose', 'disclosed', 'discloses',
  'indicate', 'indicated', 'indicates',
  'agree', 'agreed', 'agrees',
  'concede', 'conceded', 'concedes',
  'counter', 'countered', 'counters',
  'reply', 'replied', 'replies',
  'respond', 'responded', 'responds',
  'recall', 'recalled', 'recalls',
  'believe', 'believed', 'believes',
  'think', 'thought', 'thinks',
  'expect', 'expected', 'expects',
  'fear', 'feared', 'fears',
  // "environmentalists worry that …", "many experts suspect those losses were …": a judgement, credited.
  'worry', 'worried', 'worries',
  'suspect', 'suspected', 'suspects',
  'hope', 'hoped', 'hopes',
  'conclude', 'concluded', 'concludes',
  'find', 'found', 'finds',
  'assess', 'assessed', 'assesses',
  'tout', 'touted', 'touts',
  'boast', 'boasted', 'boasts',
  'repeat', 'repeated', 'repeats',
  'reiterate', 'reiterated', 'reiterates',
  'mention', 'mentioned',
  'comment', 'commented', 'comments',
  // "Sanders made the following comment: “…”": the words after the colon.
  'made the following comment', 'made the following comments', 'made the following remarks', 'made the following statement',
  // "Boris Johnson has released a statement: “…”": only before a colon or a quotation (see STATEMENT_RELEASED).
  'released a statement', 'issued a statement', 'released the following statement', 'issued the following statement',
  'pledge', 'pledged', 'pledges',
  'charge', 'charged', 'charges',
  'quip', 'quipped',
  'joke', 'joked',
  'testify', 'testified',
  'ask', 'asked', 'asks',
  'wonder', 'wondered', 'wonders',
  'pointed out', 'points out', 'point out',
  // "Politifact ruled that …"; "…, The Post has learned.": a finding, credited to who made it.
  'rule', 'ruled', 'rules', 'learned', 'learnt',
  // Participles after a comma ("…, telling reporters that …", "…, insisting the strikes were legal").
  'telling', 'warning', 'insisting', 'claiming', 'stressing', 'noting', 'explaining', 'arguing', 'declaring', 'vowing',
  'promising', 'pledging', 'announcing', 'confirming', 'acknowledging', 'admitting', 'suggesting', 'predicting', 'writing', 'tweeting', 'asking',
  // Only with "that" (WEAK): "Iranian media are reporting that …", "…, reporting that …"; not "reporting from Baghdad".
  'reporting',
  'show', 'showed', 'shows', 'shown',
  'read', 'reads',
  'chant', 'chanted', 'chants', 'shout', 'shouted', 'shouts', 'yell', 'yelled', 'cry', 'cried', 'scream', 'screamed', 'sing', 'sang',
];

/** Cues that name a statement given out: they take its words only after a colon or a quotation mark. */
export const STATEMENT_RELEASED = /^(?:released|issued) (?:a|the following) statement$/iu;

/** A reaction in words, even unquoted: "Sistani condemned the strikes", "Raab urged all sides to de-escalate". */
const REACTION = [
  'condemn', 'condemned', 'condemns', 'condemning',
  'denounce', 'denounced', 'denounces', 'denouncing',
  'urge', 'urged', 'urges', 'urging',
  'demand', 'demanded', 'demands', 'demanding',
];

/** Verbs whose object carries the claim: the sentence is the claim, credited to the subject. */
const OBJECT_FRAME = [
  'blame', 'blamed', 'blames', 'blaming',
  'accuse', 'accused', 'accuses', 'accusing',
  'describe', 'described', 'describes', 'describing',
  'call', 'called', 'calls', 'calling',
  'label', 'labelled', 'labeled', 'labelling', 'labeling',
  'brand', 'branded', 'brands', 'branding',
  'deny', 'denied', 'denies',
  'credit', 'credited',
  'attribute', 'attributed',
  ...REACTION,
  // Only with a statement as object: "rejected the accusation", "disputed the toll" (see STATEMENT_OBJECT_VERBS).
  'reject', 'rejected', 'rejects', 'rejecting', 'dismiss', 'dismissed', 'dismisses', 'dismissing', 'dispute', 'disputed', 'disputes', 'disputing',
];

/** Object-frame verbs that make a claim only when their object is someone's statement: "rejected the accusation", not "rejected the bill". */
export const STATEMENT_OBJECT_VERBS = new Set(['reject', 'rejected', 'rejects', 'rejecting', 'dismiss', 'dismissed', 'dismisses', 'dismissing', 'dispute', 'disputed', 'disputes', 'disputing']);
/** What such an object is: "the accusation", "reports that …", "the militia's toll". */
export const STATEMENT_OBJECT = /^\s+(?:(?:the|these|those|such|any|all|an?|its|his|her|their|\p{Lu}[\p{L}.'’-]*['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:accusations?|allegations?|claims?|reports?|charges?|figures?|toll|tolls|account|accounts|version|assertions?|suggestions?|statements?|findings|numbers|casualty figures|death toll)\b/iu;

/** Object-frame verbs of reaction, taken without "as" only when no other cue in the sentence gives the words ("condemned the attack, saying …"). */
export const REACTION_VERBS = new Set(REACTION);

/**
 * Weak cues that, with no clause after them, still report a declared intent credited to the
 * subject, frame and all: "Khamenei vowed harsh revenge", "Trump threatened to hit 52 sites".
 */
export const INTENT_VERBS = new Set(['vow', 'vowed', 'vows', 'threaten', 'threatened', 'threatens', 'promise', 'promised', 'promises', 'pledge', 'pledged', 'pledges', 'vowing', 'promising', 'pledging']);

/**
 * Cues that take a clause only with "that", a colon or a quotation ("warned that …",
 * "promised “revenge”"); otherwise their object is not a claim ("warned Iran", "threatened
 * to retaliate", "images show residents …").
 */
const WEAK = [
  'warn', 'warned', 'warns', 'threaten', 'threatened', 'threatens', 'promise', 'promised', 'promises', 'vow', 'vowed', 'vows',
  'pledge', 'pledged', 'pledges', 'tell', 'told', 'tells', 'show', 'showed', 'shows', 'shown',
  'find', 'found', 'finds', 'conclude', 'concluded', 'concludes', 'expect', 'expected', 'expects', 'fear', 'feared', 'fears', 'worry', 'worried', 'worries',
  'hope', 'hoped', 'hopes', 'agree', 'agreed', 'agrees', 'tout', 'touted', 'touts', 'boast', 'boasted', 'boasts', 'mention',
  'mentioned', 'comment', 'commented', 'comments', 'charge', 'charged', 'charges', 'assess', 'assessed', 'assesses', 'joke', 'joked', 'quip', 'quipped',
  // "asked the crowd to welcome …" is a request; "asked, “…?”" gives the words.
  'ask', 'asked', 'asks', 'wonder', 'wondered', 'wonders',
  'rule', 'ruled', 'rules', 'learned', 'learnt',
  'telling', 'warning', 'vowing', 'promising', 'pledging', 'asking', 'reporting',
];

/** Perception verbs: "an AP reporter at the scene saw …". */
const PERCEPTION = ['saw', 'see', 'sees', 'seen', 'heard', 'hear', 'witnessed', 'watched', 'observed', 'counted', 'spotted', 'noticed', 'filmed', 'photographed'];

/** Participles that attach a chant or a shout to the clause's subject: "Shouting “Down, Down, USA” the crowd …". */
export const CHANT_PARTICIPLES = /\b(?:shouting|chanting|yelling|crying|screaming|singing|shouted|chanted|yelled|cried|screamed|sang|chant|chants|shout|shouts|holding (?:signs|banners|placards) (?:reading|saying)|waving (?:signs|banners|placards) (?:reading|saying))\b/iu;
/**
 * A word every CHANT_PARTICIPLES alternative opens with (or a stem of it), with its flags: the pattern
 * cannot match a text, nor any of its words rejoined, where this finds nothing.
 */
export const CHANT_NEEDLE = /shout|chant|yell|crying|cried|scream|singing|sang|holding|waving/iu;

export const SPEECH = new Set(SPEECH_STEMS);
export const WEAK_CUES = new Set(WEAK);
export const OBJECT_FRAME_VERBS = new Set(OBJECT_FRAME);
export const PERCEPTION_VERBS = new Set(PERCEPTION);

/** Every cue word, for one scanning regex (longest multi-word cues first). */
const ALL = [...new Set([...SPEECH_STEMS, ...OBJECT_FRAME, ...PERCEPTION])].sort((a, b) => b.length - a.length);
/** "put the toll at eight", "puts the death toll at 56": a figure given by the subject, an object frame. */
// "put the death toll at 25", "puts the number of troops at around 3,500", "put the number of US troops at",
// "put overall turnout among its employees at 27.4%", "estimated the Paris march at about 95,000", "measured it at
// magnitude 5.8" (a figure must follow).
const TOLL_PHRASE =
  "(?:puts?|placed|places|estimated|estimates|measured|measures)\\s+(?:it|them|(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:toll|number|figure|count|turnout|attendance|crowd|march|size|cost|losses|tally|total|magnitude|quake|earthquake)" +
  "(?:\\s+(?:of|among|in)\\s+(?:[\\p{L}.-]+\\s+){0,4}?[\\p{L}-]+)?)\\s+at";
/** A figure after the toll phrase's "at" ("at risk" is no figure). */
const FIGURE_AHEAD = "(?=\\s+[“\"]?(?:magnitude|about|around|roughly|nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|over|under|up\\s+to|between|as\\s+many\\s+as|an\\s+estimated|\\d|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+(?:few|dozen|hundred|thousand)|dozens|hundreds|thousands))";
export const TOLL_CUE = new RegExp(`^${TOLL_PHRASE}$`, 'iu');
export const CUE_WORD = new RegExp(`\\b(?:according to|${TOLL_PHRASE}${FIGURE_AHEAD}|quoted\\s+(?:[^.;:]{1,120}?)\\s+as\\s+saying|(?:was|were|is|are)\\s+quoted\\s+(?:by\\s+[^.;:]{1,80}?\\s+)?as\\s+saying|${ALL.join('|')})\\b`, 'giu');

/** The first word of every alternative of CUE_WORD: a match can only start where one of them is written. */
const CUE_FIRST_WORDS = new Set(['according', 'put', 'puts', 'placed', 'places', 'estimated', 'estimates', 'measured', 'measures', 'quoted', 'was', 'were', 'is', 'are', ...ALL.map((w) => w.split(' ')[0]!)]);
for (const w of CUE_FIRST_WORDS) if (!/^[a-z]+$/u.test(w)) throw new Error(`cues: "${w}" is not one plain word`);
const CUE_AT = new RegExp(CUE_WORD.source, 'iuy');

/** Length and first two letters of every CUE_FIRST_WORDS entry, as one number (see firstWordKey). */
const FIRST_WORD_KEYS = new Set([...CUE_FIRST_WORDS].map((w) => firstWordKey(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0)));

function firstWordKey(length: number, c0: number, c1: number): number {
  return length * 65536 + c0 * 256 + c1;
}

/** ASCII letter code folded to lower case, or -1 for anything else. */
function lowerAsciiLetter(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return -1;
}

/**
 * Whether text[i, j) may be one of CUE_FIRST_WORDS: false only when its first two letters are
 * ASCII and no first word of that length starts with them. Most words of a sentence ("the",
 * "that", "of") are ruled out so, without building the folded word.
 */
function mayBeFirstWord(text: string, i: number, j: number): boolean {
  const c0 = lowerAsciiLetter(text.charCodeAt(i));
  const c1 = j - i > 1 ? lowerAsciiLetter(text.charCodeAt(i + 1)) : 0;
  if (c0 < 0 || c1 < 0) return true;
  return FIRST_WORD_KEYS.has(firstWordKey(j - i, c0, c1));
}

/** What follows "think" in the noun "think tank(s)". */
const THINK_TANK = /^[\s-]+tanks?\b/iu;

/**
 * The matches of CUE_WORD in `text`, in order — the same as exec-ing the global regex to the
 * end, at a fraction of the cost: every alternative starts at a word boundary with one of
 * CUE_FIRST_WORDS followed by a non-word character, so the sticky regex is tried only at the
 * word starts whose word (case-folded as the regex folds it) is one of them.
 */
export function cueMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  for (let i = regexWordStart(text, 0); i < n; ) {
    const j = regexWordEnd(text, i);
    let next = j;
    if (mayBeFirstWord(text, i, j) && CUE_FIRST_WORDS.has(foldRegexWord(text, i, j))) {
      CUE_AT.lastIndex = i;
      const m = CUE_AT.exec(text);
      // "a Beirut-based think tank": a noun, no cue.
      if (m !== null && /^think/iu.test(m[0]) && THINK_TANK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) {
        i = regexWordStart(text, j);
        continue;
      }
      if (m !== null) {
        out.push(m);
        next = Math.max(j, m.index + m[0].length);
      }
    }
    i = regexWordStart(text, next);
  }
  return out;
}

