export interface Caveat {
  /**
   * What it speaks of: a figure ("the toll"), pictures ("the footage"), or a report ("the claim",
   * "the account"), which a speaker made.
   */
  scope: 'figures' | 'pictures' | 'report';
  /** Who could not check it, when named first ("Reuters", "We", "The Pentagon"); null for "That figure could not …". */
  actor: string | null;
  /** The content words of what it speaks of, when it says ("The Cambodian account of a civilian death" → civilian, death). */
  about: string[] | null;
  /** The sentence says nothing else ("No evidence was offered for the claim, which officials denied, …" says more). */
  only: boolean;
}

/**
 * A sentence that says something reported before it could not be checked: "That figure could
 * not be independently confirmed.", "Reuters could not independently verify the toll.", "We
 * have not been able to verify the footage.", "It is not possible to independently verify claims
 * by either side." extractClean finds the claims it speaks of and
 * makes them unconfirmed. Null when the sentence is not such a caveat.
 */
export function caveatOf(sentence: string): Caveat | null {
  const s = sentence.trim();
  if (s.length > MAX_CAVEAT || !CHECK_WORD.test(s)) return null;
  const noEvidence = NO_EVIDENCE.exec(s);
  const nounFirst = NOUN_FIRST.exec(s);
  const byNoun = nounFirst ?? IMPOSSIBLE.exec(s) ?? noEvidence;
  let byActor = byNoun ? null : ACTOR_FIRST.exec(s);
  // "Hezbollah did not comment on the claim, and Al Jazeera could not verify it": the sentence says more.
  let afterLead = false;
  if (!byNoun && !byActor) {
    const lead = LEAD_CLAUSE.exec(s);
    byActor = lead ? ACTOR_FIRST.exec(s.slice(lead[0].length)) : null;
    afterLead = byActor !== null;
  }
  const m = byNoun ?? byActor;
  if (!m) return null;
  // ("could not verify it": a report, whatever it was.)
  const noun = byNoun ? m[1]! : (m[2] ?? 'report');
  const of = nounFirst?.[2];
  const about = of ? of.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length > 3 && !ABOUT_STOP.has(w)) : [];
  return {
    scope: FIGURE_NOUN.test(noun) ? 'figures' : PICTURE_NOUN.test(noun) ? 'pictures' : 'report',
    actor: byActor ? byActor[1]! : null,
    about: about.length > 0 ? about : null,
    only: m !== noEvidence && !afterLead,
  };
}

const MAX_CAVEAT = 160;
const CHECK_WORD = /verif|confirm|corroborat|evidence|proof/iu;

const THAT = String.raw`(?:that|this|the|these|those|such|its|their|his|her)`;
const NOUN = String.raw`(figures?|tolls?|numbers?|counts?|tally|claims?|accounts?|reports?|footage|videos?|images?|pictures?|photos?|information|statements?|allegations?|details?|assertions?|casualty figures?)`;
const NOT = String.raw`(?:could\s+not|couldn['’]t|cannot|can\s*not|can['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|was\s+not|wasn['’]t|were\s+not|weren['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t)`;
const HOW = String.raw`(?:(?:immediately|independently|officially|yet|separately)\s+)*`;
const CHECK = String.raw`(?:verif(?:y|ied)|confirm(?:ed)?|corroborated?)`;

/** "That figure could not be independently confirmed.", "The claims have not been verified." */
const NOUN_FIRST = new RegExp(String.raw`^${THAT}\s+(?:[\p{L}’'-]+\s+){0,2}?${NOUN}(?:\s+(?:of|about|on|by)\s+([^.;,]{1,60}?))?\s+${NOT}\s+(?:yet\s+)?(?:be(?:en)?\s+)?${HOW}(?:able\s+to\s+be\s+)?${CHECK}\b[^.;]{0,60}[.!]?$`, 'iu');

/** "Reuters could not independently verify the toll.", "We have not been able to verify the footage." */
const ACTOR_FIRST = new RegExp(
  String.raw`^((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s+(?:${NOT}\s+(?:been\s+)?(?:able\s+to\s+)?|(?:was|were|is|are|has\s+been|have\s+been)\s+unable\s+to\s+)${HOW}(?:verify|confirm|corroborate)\s+(?:${THAT}\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}|(it|them|this|that))\b[^.;]{0,60}[.!]?$`,
  'iu',
);
/** "Hezbollah did not immediately comment on the claim, and …": a clause before the caveat's own. */
const LEAD_CLAUSE = /^[^.;]{8,120}?,\s+and\s+(?=\p{Lu})/u;

/** "It is not possible to independently verify claims by either side.", "It was impossible to confirm the toll." */
const IMPOSSIBLE = new RegExp(
  String.raw`^it\s+(?:is|was|has\s+been|remains|remained)\s+(?:not\s+(?:yet\s+)?possible|impossible)\s+to\s+${HOW}(?:verify|confirm|corroborate)\s+(?:${THAT}\s+)?(?:[\p{L}-]+\s+){0,2}?${NOUN}\b[^.;]{0,60}[.!]?$`,
  'iu',
);

/** "No evidence was offered for the claim, …" */
const NO_EVIDENCE = new RegExp(String.raw`^no\s+(?:evidence|proof)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:offered|given|provided|presented|produced)\s+(?:for|to\s+support|of)\s+${THAT}\s+${NOUN}\b`, 'iu');

/** Words of an of-phrase that say nothing about which claim is meant. */
const ABOUT_STOP = new Set(['that', 'this', 'these', 'those', 'their', 'there', 'which', 'with', 'from', 'what', 'about', 'said', 'says']);

const FIGURE_NOUN = /^(?:figures?|tolls?|numbers?|counts?|tally|casualty figures?)$/iu;
const PICTURE_NOUN = /^(?:footage|videos?|images?|pictures?|photos?)$/iu;

/** Whether a sentence has one of a caveat's `about` words, as a word or a word's start ("death" in "deaths"). */
export function mentionsAny(sentence: string, about: readonly string[]): boolean {
  const lower = sentence.toLowerCase();
  // (The words are letters and hyphens only: see caveatOf.)
  return about.some((w) => new RegExp(String.raw`(?<!\p{L})${w}`, 'u').test(lower));
}
