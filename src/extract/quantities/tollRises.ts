import type { Token } from './tokenize';

/** Verbs of a count that grows or settles: "the death toll rose to 25", "stood at 43", "reached 51". */
export const TOLL_RISE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'increased', 'jumped', 'stood', 'stands', 'hit']);

/** Words that end the clause a toll stands in ("the toll is expected to rise after a blast"). */
export const TOLL_BREAKS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'and', 'but', 'as', 'while', 'since', 'because', 'following']);

/**
 * "The death toll from U.S. air strikes on an Iran-backed militia in Iraq rose to 25": whether
 * token `j` (the word right before a figure) ends a rising verb ("rose to", "stood at",
 * "reached") whose subject is a toll, within `reach` tokens back in the same clause. Used for
 * the figure's predicate (the dead) and for the day after it (the count's, not the happening's).
 */
export function tollRisesAt(tokens: readonly Token[], j: number, reach: number): boolean {
  const rise = tokens[j]?.lower === 'to' || tokens[j]?.lower === 'at' ? j - 1 : j;
  if (rise < 0 || !TOLL_RISE_VERBS.has(tokens[rise]!.lower)) return false;
  for (let b = rise - 1; b >= 0 && b >= rise - reach; b--) {
    const t = tokens[b]!;
    // ("floods and landslides", "U.S. air strikes": neither "and" nor an abbreviation's dot ends the clause here.)
    if ((t.kind === 'punct' && t.text !== '-' && t.text !== '.') || (t.text === '.' && !abbreviationDot(tokens, b)) || (TOLL_BREAKS.has(t.lower) && t.lower !== 'and')) return false;
    if (t.lower === 'toll' || t.lower === 'tolls') return true;
  }
  return false;
}

/** A dot that ends an abbreviation ("U.S.", "Gen."): right after a word of one to three letters. */
function abbreviationDot(tokens: readonly Token[], b: number): boolean {
  const prev = tokens[b - 1];
  return prev !== undefined && prev.end === tokens[b]!.start && prev.kind === 'word' && prev.text.length <= 3 && /^\p{Lu}/u.test(prev.text);
}
