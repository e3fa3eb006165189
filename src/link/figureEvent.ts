import type { Claim, Event } from '../domain';
import { TRIGGER_RULES } from '../extract/events/eventVocabulary';
import { canonicalEventLabel } from './eventLabel';
import { quantitySlot } from './quantitySlot';

/**
 * Families of events that cause casualties. A death toll given in a sentence about something
 * else ("protesting the deaths of 25 militia members in U.S. airstrikes Sunday", filed under
 * the embassy attack) is still the toll of the strikes.
 */
const HARM_FAMILIES = new Set(['strikes', 'rocket attack', 'missile strike', 'car bombing', 'harm', 'any']);

/** Happenings whose casualty figures are their own, though they are no candidates for other claims' tolls. */
const OWN_TOLL_FAMILIES = new Set(['plane crash', 'road crash', 'stampede', 'earthquake', 'flood', 'storm', 'wildfire']);

const TRIGGERS_BY_LABEL = (() => {
  const m = new Map<string, string[]>();
  for (const r of TRIGGER_RULES) m.set(r.label, [...(m.get(r.label) ?? []), r.words.join(' ')]);
  return m;
})();

export function isHarmFamily(label: string): boolean {
  return HARM_FAMILIES.has(canonicalEventLabel(label).family);
}

/**
 * The event whose toll a claim's casualty figure gives, when that is not the claim's own
 * event: the one other casualty event of the same article that the sentence names by one
 * of its trigger words. Null when the claim has no casualty figure, its own event is a
 * casualty event, or the sentence names none or several.
 */
export function figureEventOf(claim: Claim, own: Event | undefined, articleEvents: readonly Event[]): Event | null {
  if (!claim.quantities.some((q) => quantitySlot(q)?.casualty === true)) return null;
  // (A crash, a crush or a disaster counts its own dead: "a jet that crashed …, killing all 176 people aboard, had been
  // brought down by a missile" gives the crash's toll, not the missile attack's the article also names.)
  if (own && (isHarmFamily(own.label) || OWN_TOLL_FAMILIES.has(canonicalEventLabel(own.label).family))) return null;
  const sentence = normalise(claim.sentence);
  // A toll told in a sentence about one happening is of something before or during it: in "last
  // December they stormed the embassy after U.S. air strikes killed 25", the air strikes of the
  // next month that the article also names are not those.
  const ownEnd = own ? (own.dateEnd ?? own.date) : null;
  const named = articleEvents.filter((e) => {
    if (e.id === own?.id || !isHarmFamily(e.label) || canonicalEventLabel(e.label).family === 'any') return false;
    if (ownEnd !== null && e.date !== null && e.date > ownEnd) return false;
    const words = TRIGGERS_BY_LABEL.get(e.label.toLowerCase()) ?? [e.label.toLowerCase()];
    return words.some((w) => sentence.includes(` ${w} `));
  });
  if (named.length !== 1) return null;
  // "The strikes come as Iraq is gripped by protests in which more than 400 people have been
  // killed": the claim's own happening, named between the other one and the figure, has the toll.
  if (own) {
    const figure = claim.quantities.find((q) => quantitySlot(q)?.casualty === true)!;
    const at = sentence.indexOf(` ${normalise(figure.text).trim()} `);
    const wordsOf = (e: Event): readonly string[] => TRIGGERS_BY_LABEL.get(e.label.toLowerCase()) ?? [e.label.toLowerCase()];
    const last = (words: readonly string[]): number => Math.max(-1, ...words.map((w) => sentence.lastIndexOf(` ${w} `, at)));
    // ("the deaths of 25 fighters in U.S. airstrikes": named after the figure, the other one has it.)
    const otherAfter = wordsOf(named[0]!).some((w) => sentence.indexOf(` ${w} `, at + 1) > at);
    if (at >= 0 && !otherAfter && last(wordsOf(own)) > last(wordsOf(named[0]!))) return null;
  }
  return named[0] as Event;
}

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
}
