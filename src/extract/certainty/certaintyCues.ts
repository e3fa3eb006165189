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
  /** Lower-case substrings, one of which a sentence must contain for the pattern to be tried (cheap pre-filter). */
  needles: readonly string[];
}

const cue = (certainty: CertaintyCue['certainty'], needles: string, source: string, caseSensitive = false): CertaintyCue => ({
  certainty,
  pattern: new RegExp(source, caseSensitive ? 'gu' : 'giu'),
  needles: needles.split(' '),
});

const AP = "['’]";

export const CERTAINTY_CUES: readonly CertaintyCue[] = [
  // Denied: someone says it is not so.
  cue('denied', 'den', '\\b(?:denies|denied|deny|denying|denial|denials)\\b'),
  cue('denied', 'reject dismiss refut rebuff disput', `\\b(?:rejected|rejects|dismissed|dismisses|refuted|refutes|rebuffed|disputed|disputes)\\s+(?:the\\s+|these\\s+|those\\s+|such\\s+|any\\s+|all\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+${AP}s\\s+)?(?:claims?|reports?|accusations?|allegations?|suggestions?|charges?|assertions?|figures?|toll|tolls|account|version)\\b`),
  // "says it is “scientifically impossible” that a missile hit the plane".
  cue('denied', 'impossible', '\\b(?:is|was)\\s+["“]?(?:\\p{L}+ly\\s+)?impossible["”]?\\s+that\\b'),
  cue('denied', 'never', '\\bnever\\s+(?:contemplated|happened|took\\s+place|occurred)\\b'),
  cue('denied', 'called described labell labeled', '\\b(?:called|described|labelled|labeled)\\s+(?:the\\s+|these\\s+)?(?:reports?|claims?|allegations?|accusations?)\\s+(?:as\\s+)?(?:false|baseless|untrue|fake|unfounded|lies)\\b'),
  cue('denied', 'false untrue baseless unfounded', '\\b(?:is|was|are|were)\\s+(?:completely\\s+|totally\\s+|entirely\\s+)?(?:false|untrue|baseless|unfounded)\\b'),
  // Unclear: nobody knows yet.
  cue('unclear', 'clear', '\\b(?:(?:it|this|that)\\s+)?(?:is|was|are|were|remains|remained|has\\s+been|had\\s+been)\\s+(?:still\\s+)?not\\s+(?:yet\\s+|immediately\\s+|entirely\\s+|fully\\s+|at\\s+all\\s+|always\\s+)?clear\\b'),
  cue('unclear', 'clear', '\\bnot\\s+(?:yet\\s+|immediately\\s+|entirely\\s+)?clear\\s+(?:whether|if|how|what|who|why|when|where)\\b'),
  cue('unclear', 'clear', `\\b(?:(?:it|this|that)\\s+)?(?:isn${AP}t|wasn${AP}t|hasn${AP}t\\s+been)\\s+(?:yet\\s+|immediately\\s+)?clear\\b`),
  cue('unclear', 'clear', `\\b(?:it|this|that)${AP}s\\s+not\\s+(?:yet\\s+|immediately\\s+)?clear\\b`),
  cue('unclear', 'unclear', '\\b(?:(?:it|this|that)\\s+(?:is|was|remains|remained)\\s+)?(?:still\\s+|also\\s+)?unclear\\b'),
  cue('unclear', 'seen', '\\bremains?\\s+to\\s+be\\s+seen\\b'),
  cue('unclear', 'word', '\\bno\\s+(?:immediate\\s+)?word\\s+(?:on|of|about|from)\\b'),
  cue('unclear', 'known', '\\b(?:it|this)\\s+(?:is|was)\\s+not\\s+(?:yet\\s+|immediately\\s+)?known\\b'),
  cue('unclear', 'known', '\\bnot\\s+(?:yet\\s+|immediately\\s+)?known\\s+(?:whether|if|how|what|who|why|when|where)\\b'),
  cue('unclear', 'unknown', '\\bunknown\\s+(?:whether|if|how|why|what|who|when)\\b'),
  // Unconfirmed: reported but not checked.
  cue('unconfirmed', 'unconfirmed unverified uncorroborated', '\\b(?:unconfirmed|unverified|uncorroborated)\\b'),
  cue('unconfirmed', 'verif confirm corroborat', `\\b(?:could\\s*not|can\\s*not|couldn${AP}t|can${AP}t)\\s+(?:(?:independently|immediately)\\s+)?(?:be\\s+)?(?:independently\\s+|immediately\\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborated?)\\b`),
  cue('unconfirmed', 'verified confirmed corroborated', '\\b(?:has|have|had)\\s+not\\s+(?:yet\\s+)?been\\s+(?:independently\\s+|officially\\s+)?(?:verified|confirmed|corroborated)\\b'),
  cue('unconfirmed', 'verified confirmed corroborated', '\\b(?:was|were|is|are)\\s+not\\s+(?:immediately\\s+|independently\\s+|officially\\s+)?(?:verified|confirmed|corroborated)\\b'),
  cue('unconfirmed', 'verified confirmed', '\\byet\\s+to\\s+be\\s+(?:independently\\s+|officially\\s+)?(?:verified|confirmed)\\b'),
  cue('unconfirmed', 'confirmation', '\\bno\\s+(?:immediate\\s+|independent\\s+|official\\s+)?confirmation\\b'),
  cue('unconfirmed', 'confirm', `\\b(?:would|did|could)\\s*(?:not|n${AP}t)\\s+confirm\\b`),
  cue('unconfirmed', 'confirm', '\\b(?:declined|refused)\\s+to\\s+confirm\\b'),
  cue('unconfirmed', 'unable', '\\b(?:was|were|is|are|has\\s+been|have\\s+been)\\s+unable\\s+to\\s+(?:independently\\s+|immediately\\s+)?(?:confirm|verify|corroborate)\\b'),
  // "Tehran has not confirmed the deaths", "officials have yet to confirm".
  cue('unconfirmed', 'confirm', `\\b(?:has|have|had)\\s*(?:not|n${AP}t)\\s+(?:yet\\s+|officially\\s+|independently\\s+)?confirmed\\b|\\b(?:has|have|had)\\s+yet\\s+to\\s+confirm\\b`),
  // Hedged: the writer or the source keeps a distance.
  cue('hedged', 'apparently reportedly allegedly purportedly supposedly presumably probably possibly seemingly ostensibly rumo', '\\b(?:apparently|reportedly|allegedly|purportedly|supposedly|presumably|probably|possibly|seemingly|ostensibly|rumou?red)\\b'),
  cue('hedged', 'appear seem', '\\b(?:appears?|appeared|seems?|seemed)\\s+to\\b'),
  cue('hedged', 'believed thought said understood suspected reported alleged feared rumo presumed', '\\b(?:is|are|was|were|been|being)\\s+(?:[a-z]+ly\\s+)?(?:believed|thought|said|understood|suspected|reported|alleged|feared|rumou?red|presumed)\\s+to\\b'),
  cue('hedged', 'likely', '\\b(?:unlikely|likely)\\b'),
  cue('hedged', 'believed thought understood feared', '\\bit\\s+(?:is|was)\\s+(?:widely\\s+)?(?:believed|thought|understood|feared)\\b'),
  cue('hedged', 'certainly', '\\b(?:almost|most)\\s+certainly\\b'),
  cue('hedged', 'likelihood', '\\bin\\s+all\\s+likelihood\\b'),
  cue('hedged', 'possible probable likely', '\\b(?:it\\s+is|it\\s+was|it\\s+seems)\\s+(?:possible|probable|likely)\\b'),
  cue('hedged', 'may might could', '\\b(?:may|might|could)\\s+(?:well\\s+)?have\\b'),
  cue('hedged', 'may', '\\bmay\\b', true),
  cue('hedged', 'might', '\\bmight\\b'),
  // A speaker's own doubt about a figure or a proposition: "maybe 31", "perhaps up to several
  // thousand", "Perhaps there will be a law", "I believe the number is higher" (not "who I think …").
  cue('hedged', 'maybe perhaps', `\\b(?:maybe|perhaps)\\s+(?:(?:up\\s+to|as\\s+many\\s+as|around|about|over|more\\s+than|even)\\s+)?(?:\\d|one\\b|two|three|four|five|six|seven|eight|nine|ten\\b|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?|several|a\\s+(?:few|dozen|hundred|thousand))|^\\W*(?:maybe|perhaps)\\b`),
  cue('hedged', 'believe think guess suspect', `\\b(?:i|we)\\s+(?:believe|think|guess|suspect)\\s+(?:that\\s+)?(?:the|it|its|it${AP}s|there|this|that|these|those|they|he|she|\\d)\\b`),
  cue('hedged', 'alleged purported suspected', '\\b(?:alleged|purported|suspected)\\b'),
  cue('hedged', 'feared', '\\bfeared\\s+dead\\b'),
];

/** Which class wins when a sentence carries several cues. */
export const CERTAINTY_PRECEDENCE: ReadonlyArray<CertaintyCue['certainty']> = ['denied', 'unclear', 'unconfirmed', 'hedged'];
