/**
 * The labels a fact-check prints before the claim it checks and before its rating ("THE CLAIM:",
 * "Claim 2:", "Verdict: FALSE.", "Our ruling:"), as pattern sources anchored at a paragraph's start.
 */
// (After "The" or "Our" the noun may be in lower case: "The claim:", "Our verdict:".)
export const CLAIM_WORDS = String.raw`^(?:(?:(?:THE|The)\s+)?(?:CLAIMS?|Claims?)|The\s+claims?)`;
export const RATING_WORDS = String.raw`^(?:(?:(?:THE|The|OUR|Our)\s+)?(?:RATING|Rating|VERDICT|Verdict|RULING|Ruling)|(?:The|Our)\s+(?:rating|verdict|ruling))`;

const LABELLED = new RegExp(String.raw`(?:${CLAIM_WORDS}(?:\s+#?\d{1,2})?|${RATING_WORDS})\s*:\s*\S`, 'u');

/** A paragraph that opens with a fact-check's claim or rating label followed by its words. */
export function isFactCheckLine(text: string): boolean {
  return LABELLED.test(text);
}
