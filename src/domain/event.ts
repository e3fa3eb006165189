/** A happening that claims are about: strikes, a rocket attack, a protest, funerals. */
export interface Event {
  id: string;
  /** Short label from the trigger: "strikes", "rocket attack", "protest", "funerals". */
  label: string;
  /** Day it happened (YYYY-MM-DD) when resolved; null when unknown. */
  date: string | null;
  /** Last day for a range ("last week"); null for a single day. */
  dateEnd: string | null;
  /** Canonical place name ("Baghdad", "Kirkuk"); null when unknown. */
  place: string | null;
  /** Canonical names of actors involved ("Kataib Hezbollah", "United States"). */
  participants: string[];
}

/**
 * The label of a happening known only by its day: a sentence that names a day but no happening
 * the vocabulary knows ("Boeing fired its chief executive on Monday"). It stays an event of its
 * article: the same day in two articles says nothing about their being one happening.
 */
export const HAPPENING = 'happening';

/** How a claim refers to its event (interchange JSON `event`). */
export interface EventRef {
  id: string;
  label: string;
  date: string | null;
  place: string | null;
}

/** The reference a claim carries to its event (also what a store keeps on the claim). */
export function eventRef(e: Event): EventRef {
  return { id: e.id, label: e.label, date: e.date, place: e.place };
}
