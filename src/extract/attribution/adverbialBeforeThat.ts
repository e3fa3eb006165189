/**
 * A short adverbial between a reporting verb and its "that" which the adverbial list
 * (skipAdverbials) does not name: "claimed without evidence that …", "says in Ohio that …",
 * "told the panel the same day that …", "claimed that night that …", "said two days earlier
 * that …", "complain bitterly that …", "reported at the time that …". The words start after
 * "that"; left in, the adverbial became the claim's opening.
 */
const PREPOSITION = String.raw`(?:in|at|on|during|without|with|after|before|from|under|amid|over|via|through|throughout|outside|inside|near|across|among)`;
/** "on the condition that", "in the hope that", "with the understanding that": the clause belongs to the noun, not the verb. */
const COMPLEMENT_NOUNS = new Set([
  'condition', 'conditions', 'grounds', 'basis', 'assumption', 'understanding', 'premise', 'hope', 'hopes', 'fact', 'idea', 'notion',
  'news', 'chance', 'possibility', 'risk', 'fear', 'fears', 'concern', 'concerns', 'sense', 'view', 'belief', 'warning', 'report',
  'reports', 'rumours', 'rumors', 'claim', 'claims', 'suggestion', 'expectation', 'expectations', 'promise', 'way', 'extent', 'point',
  'degree', 'time', 'day', 'moment', 'case', 'event', 'knowledge', 'certainty', 'proof', 'evidence', 'sign', 'signs', 'indication', 'message',
]);
const GAP = new RegExp(
  // Up to two prepositional phrases: "said in a televised address from the White House that …".
  String.raw`^\s*,?\s*(?:(?:${PREPOSITION}\s+(?:[\p{L}\p{N}’'.-]+\s+){0,4}?){1,2}` +
    String.raw`|\p{Ll}{3,}ly\s+` +
    String.raw`|the\s+(?:same|next|following|previous)\s+(?:day|week|night|morning|evening|month)\s+` +
    // "claimed that night that …", "had said two days earlier that …".
    String.raw`|that\s+(?:night|day|morning|afternoon|evening|week)\s+` +
    String.raw`|(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d{1,3})\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:earlier|later|ago|before)\s+)(?=that\s)`,
  'u',
);
/** Nouns that may close the gap after all: "without evidence", "at the time", "the same day". */
const GAP_ENDINGS = /(?:without\s+(?:any\s+)?evidence|at\s+the\s+time|(?:the\s+(?:same|next|following|previous)|that)\s+(?:day|week|night|morning|afternoon|evening|month))\s+$/iu;

/** Length of such an adverbial at the start of `text` (0 when there is none), up to the "that". */
export function adverbialBeforeThat(text: string): number {
  const m = GAP.exec(text);
  if (!m) return 0;
  const gap = m[0];
  const last = /(\p{L}+)\s+$/u.exec(gap)?.[1]?.toLowerCase() ?? '';
  if (COMPLEMENT_NOUNS.has(last) && !GAP_ENDINGS.test(gap)) return 0;
  return gap.length;
}
