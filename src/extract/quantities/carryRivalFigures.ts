import type { QuantityMention } from './extractQuantities';

/** What a figure counted: the noun and the predicate. */
export interface Counted {
  subject: string;
  predicate: string | null;
}

/** What stands before a rival figure: "…; the Iraqi military says 22", "…, while US officials put the number at 16". */
const RIVAL_LEAD = /\b(?:says|said|say|reported|estimated|(?:put|puts|putting)\s+(?:the|its|their)\s+(?:number|toll|figure|count|total)\s+at|(?:put|puts)\s+it\s+at)\s+(?:(?:about|around|nearly|at\s+least|more\s+than)\s+)?$/iu;

/**
 * A rival figure given bare after a cue counts what the sentence's figure before it counted
 * (the claims of one sentence are read in order, so the two may sit in different claims).
 * `before(q)` is the sentence's text up to `q`; `counted` the last counted figure so far.
 * Fills in `found` and returns the last counted figure after it.
 */
export function carryRivalFigures(found: QuantityMention[], before: (q: QuantityMention) => string, counted: Counted | null): Counted | null {
  let last = counted;
  for (const q of found) {
    if (q.subject === null && q.predicate === null && last !== null && RIVAL_LEAD.test(before(q))) {
      q.subject = last.subject;
      q.predicate = last.predicate;
    }
    if (q.subject !== null) last = { subject: q.subject, predicate: q.predicate };
  }
  return last;
}
