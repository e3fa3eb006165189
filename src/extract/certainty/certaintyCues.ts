import type { Certainty } from '../../domain';

/**
 * Words that make a claim less than asserted (data). Each pattern is a flat alternation of
 * literals joined by bounded whitespace: no nested quantifiers, so matching stays linear
 * on any input. Matching is case-insensitive unless `caseSensitive` is set ("may" the verb,
 * not "May" the month).
 */
export interface CertaintyCue {
  certainty: Exclude<Certainty, 'asserted'>;
  pattern: RegExp;
}

const cue = (certainty: CertaintyCue['certainty'], source: string, caseSensitive = false): CertaintyCue => ({
  certainty,
  pattern: new RegExp(source, caseSensitive ? 'gu' : 'giu'),
});

const AP = "['’]";

export const CERTAINTY_CUES: readonly CertaintyCue[] = [
  // Denied: someone says it is not so.
  cue('denied', '\\b(?:denies|denied|deny|denying|denial|denials)\\b'),
  cue('denied', '\\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|rebuffed)\\s+(?:the\\s+|these\\s+|those\\s+|such\\s+|any\\s+|all\\s+)?(?:claims?|reports?|accusations?|allegations?|suggestions?|charges?|assertions?)\\b'),
  cue('denied', '\\bnever\\s+(?:contemplated|happened|took\\s+place|occurred)\\b'),
  cue('denied', '\\b(?:called|described|labelled|labeled)\\s+(?:the\\s+|these\\s+)?(?:reports?|claims?|allegations?|accusations?)\\s+(?:as\\s+)?(?:false|baseless|untrue|fake|unfounded|lies)\\b'),
  cue('denied', '\\b(?:is|was|are|were)\\s+(?:completely\\s+|totally\\s+|entirely\\s+)?(?:false|untrue|baseless|unfounded)\\b'),
  // Unclear: nobody knows yet.
  cue('unclear', '\\b(?:(?:it|this|that)\\s+)?(?:is|was|are|were|remains|remained|has\\s+been|had\\s+been)\\s+(?:still\\s+)?not\\s+(?:yet\\s+|immediately\\s+|entirely\\s+|fully\\s+|at\\s+all\\s+|always\\s+)?clear\\b'),
  cue('unclear', '\\bnot\\s+(?:yet\\s+|immediately\\s+|entirely\\s+)?clear\\s+(?:whether|if|how|what|who|why|when|where)\\b'),
  cue('unclear', `\\b(?:(?:it|this|that)\\s+)?(?:isn${AP}t|wasn${AP}t|hasn${AP}t\\s+been)\\s+(?:yet\\s+|immediately\\s+)?clear\\b`),
  cue('unclear', `\\b(?:it|this|that)${AP}s\\s+not\\s+(?:yet\\s+|immediately\\s+)?clear\\b`),
  cue('unclear', '\\b(?:(?:it|this|that)\\s+(?:is|was|remains|remained)\\s+)?(?:still\\s+|also\\s+)?unclear\\b'),
  cue('unclear', '\\bremains?\\s+to\\s+be\\s+seen\\b'),
  cue('unclear', '\\bno\\s+(?:immediate\\s+)?word\\s+(?:on|of|about|from)\\b'),
  cue('unclear', '\\b(?:it|this)\\s+(?:is|was)\\s+not\\s+(?:yet\\s+|immediately\\s+)?known\\b'),
  cue('unclear', '\\bnot\\s+(?:yet\\s+|immediately\\s+)?known\\s+(?:whether|if|how|what|who|why|when|where)\\b'),
  cue('unclear', '\\bunknown\\s+(?:whether|if|how|why|what|who|when)\\b'),
  // Unconfirmed: reported but not checked.
  cue('unconfirmed', '\\b(?:unconfirmed|unverified|uncorroborated)\\b'),
  cue('unconfirmed', `\\b(?:could\\s*not|can\\s*not|couldn${AP}t|can${AP}t)\\s+(?:be\\s+)?(?:independently\\s+|immediately\\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborated?)\\b`),
  cue('unconfirmed', '\\b(?:has|have|had)\\s+not\\s+(?:yet\\s+)?been\\s+(?:independently\\s+|officially\\s+)?(?:verified|confirmed|corroborated)\\b'),
  cue('unconfirmed', '\\b(?:was|were|is|are)\\s+not\\s+(?:immediately\\s+|independently\\s+|officially\\s+)?(?:verified|confirmed|corroborated)\\b'),
  cue('unconfirmed', '\\byet\\s+to\\s+be\\s+(?:independently\\s+|officially\\s+)?(?:verified|confirmed)\\b'),
  cue('unconfirmed', '\\bno\\s+(?:immediate\\s+|independent\\s+|official\\s+)?confirmation\\b'),
  cue('unconfirmed', `\\b(?:would|did|could)\\s*(?:not|n${AP}t)\\s+confirm\\b`),
  cue('unconfirmed', '\\bdeclined\\s+to\\s+confirm\\b'),
  // Hedged: the writer or the source keeps a distance.
  cue('hedged', '\\b(?:apparently|reportedly|allegedly|purportedly|supposedly|presumably|probably|possibly|seemingly|ostensibly|rumou?red)\\b'),
  cue('hedged', '\\b(?:appears?|appeared|seems?|seemed)\\s+to\\b'),
  cue('hedged', '\\b(?:is|are|was|were|been|being)\\s+(?:[a-z]+ly\\s+)?(?:believed|thought|said|understood|suspected|reported|alleged|feared|rumou?red|presumed)\\s+to\\b'),
  cue('hedged', '\\b(?:unlikely|likely)\\b'),
  cue('hedged', '\\b(?:almost|most)\\s+certainly\\b'),
  cue('hedged', '\\bin\\s+all\\s+likelihood\\b'),
  cue('hedged', '\\b(?:it\\s+is|it\\s+was|it\\s+seems)\\s+(?:possible|probable|likely)\\b'),
  cue('hedged', '\\b(?:may|might|could)\\s+(?:well\\s+)?have\\b'),
  cue('hedged', '\\bmay\\b', true),
  cue('hedged', '\\bmight\\b'),
  cue('hedged', '\\b(?:alleged|purported|suspected)\\b'),
  cue('hedged', '\\bfeared\\s+dead\\b'),
];

/** Which class wins when a sentence carries several cues. */
export const CERTAINTY_PRECEDENCE: ReadonlyArray<CertaintyCue['certainty']> = ['denied', 'unclear', 'unconfirmed', 'hedged'];
