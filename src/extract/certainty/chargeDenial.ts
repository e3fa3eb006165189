/**
 * The outlet's note that someone else denies what a sentence states: "…, a charge Tehran denies",
 * "…, an accusation the militia has repeatedly rejected". The note is not the sentence's own
 * certainty (the words stay asserted) and not part of the reported words. Attribution cuts it
 * off the content; certainty skips its denial verb; a claim whose whole frame is the note keeps
 * the certainty of its words. One grammar serves all three so that they accept the same notes.
 */

/** "a charge", "an accusation", "claims": what is denied. */
const NOUN = String.raw`(?:(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|account|version)|(?:charge|claim|accusation|allegation|assertion)s)\s+(?:that\s+)?`;
/** Who denies it: a short run of words without a clause break or a quotation mark ("the U.S." keeps its stops). */
const DENIER = String.raw`[^,;:“”"]{1,60}?\s+`;
/** "has repeatedly", "have flatly": what may stand between the denier and the verb. */
const AUXILIARY = String.raw`(?:(?:has|have|had)\s+)?(?:repeatedly\s+|strongly\s+|flatly\s+|consistently\s+)?`;
const VERB = String.raw`(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|dismisses|dismissed|dismiss)\b`;

/** The note at the end of a text: "…, a charge the group denies." The verb ends it: in "…, a claim that Iran rejected the plan" the words after the verb make it the claim's content. */
const TAIL = new RegExp(String.raw`,\s*${NOUN}${DENIER}${AUXILIARY}${VERB}[.]?\s*$`, 'iu');
/** A text that is the note alone: "a charge Tehran denies." A frame may go on after the verb ("…, a charge Tehran denies outright"). */
const WHOLE = new RegExp(String.raw`^\s*,?\s*${NOUN}${DENIER}${AUXILIARY}${VERB}[^,;:“”"]{0,30}?[.]?\s*$`, 'iu');
/** The note's words up to its verb: ", a charge Tehran has" before "denied". Something comes before it: a sentence that opens with the note is itself a denial. */
const LEAD = new RegExp(String.raw`[,\s]\s*${NOUN}${DENIER}${AUXILIARY}$`, 'iu');

/** Where a closing note of another's denial starts in `text`, or -1. */
export function chargeDenialTail(text: string): number {
  const m = TAIL.exec(text);
  return m ? m.index : -1;
}

/** Whether `text` is only such a note (a claim's frame: "a charge Tehran denies"). */
export function isChargeDenialNote(text: string): boolean {
  return WHOLE.test(text);
}

/** Whether the words right before a denial verb open such a note, so the verb is the note's and not the sentence's. */
export function leadsChargeDenial(before: string): boolean {
  return LEAD.test(before);
}
