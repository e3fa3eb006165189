export interface Caveat {
  /**
   * What it speaks of: a figure ("the toll"), pictures ("the footage"), or a report ("the claim",
   * "the account"), which a speaker made.
   */
  scope: 'figures' | 'pictures' | 'report';
  /** Who could not check it, when named first ("Reuters", "We", "The Pentagon"); null for "That figure could not …". */
  actor: string | null;
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
  const byNoun = NOUN_FIRST.exec(s) ?? IMPOSSIBLE.exec(s) ?? noEvidence;
  const byActor = byNoun ? null : ACTOR_FIRST.exec(s);
  const m = byNoun ?? byActor;
  if (!m) return null;
  const noun = byNoun ? m[1]! : m[2]!;
  return { scope: FIGURE_NOUN.test(noun) ? 'figures' : PICTURE_NOUN.test(noun) ? 'pictures' : 'report', actor: byActor ? byActor[1]! : null, only: m !== noEvidence };
}

const MAX_CAVEAT = 160;
const CHECK_WORD = /verif|confirm|corroborat|evidence|proof/iu;

const THAT = String.raw`(?:that|this|the|these|those|such|its|their|his|her)`;
const NOUN = String.raw`(figures?|tolls?|numbers?|counts?|tally|claims?|accounts?|reports?|footage|videos?|images?|pictures?|photos?|information|statements?|allegations?|details?|assertions?|casualty figures?)`;
const NOT = String.raw`(?:could\s+not|couldn['’]t|cannot|can\s*not|can['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|was\s+not|wasn['’]t|were\s+not|weren['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t)`;
const HOW = String.raw`(?:(?:immediately|independently|officially|yet|separately)\s+)*`;
const CHECK = String.raw`(?:verif(?:y|ied)|confirm(?:ed)?|corroborated?)`;

/** "That figure could not be independently confirmed.", "The claims have not been verified." */
const NOUN_FIRST = new RegExp(String.raw`^${THAT}\s+(?:(?:death|casualty|injury|new|latest|final|official|initial|higher|lower)\s+)?${NOUN}\s+${NOT}\s+(?:yet\s+)?(?:be(?:en)?\s+)?${HOW}(?:able\s+to\s+be\s+)?${CHECK}\b[^.;]{0,60}[.!]?$`, 'iu');

/** "Reuters could not independently verify the toll.", "We have not been able to verify the footage." */
const ACTOR_FIRST = new RegExp(
  String.raw`^((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s+(?:${NOT}\s+(?:been\s+)?(?:able\s+to\s+)?|(?:was|were|is|are|has\s+been|have\s+been)\s+unable\s+to\s+)${HOW}(?:verify|confirm|corroborate)\s+${THAT}\s+(?:[\p{L}-]+\s+){0,2}?${NOUN}\b[^.;]{0,60}[.!]?$`,
  'iu',
);

/** "It is not possible to independently verify claims by either side.", "It was impossible to confirm the toll." */
const IMPOSSIBLE = new RegExp(
  String.raw`^it\s+(?:is|was|has\s+been|remains|remained)\s+(?:not\s+(?:yet\s+)?possible|impossible)\s+to\s+${HOW}(?:verify|confirm|corroborate)\s+(?:${THAT}\s+)?(?:[\p{L}-]+\s+){0,2}?${NOUN}\b[^.;]{0,60}[.!]?$`,
  'iu',
);

/** "No evidence was offered for the claim, …" */
const NO_EVIDENCE = new RegExp(String.raw`^no\s+(?:evidence|proof)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:offered|given|provided|presented|produced)\s+(?:for|to\s+support|of)\s+${THAT}\s+${NOUN}\b`, 'iu');

const FIGURE_NOUN = /^(?:figures?|tolls?|numbers?|counts?|tally|casualty figures?)$/iu;
const PICTURE_NOUN = /^(?:footage|videos?|images?|pictures?|photos?)$/iu;
