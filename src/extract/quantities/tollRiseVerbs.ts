/** Verbs of a count that grows or settles: "the death toll rose to 25", "stood at 43", "reached 51". */
export const TOLL_RISE_VERBS: ReadonlySet<string> = new Set(['rose', 'risen', 'rises', 'rise', 'climbed', 'climbs', 'reached', 'reaches', 'increased', 'jumped', 'stood', 'stands', 'hit']);
