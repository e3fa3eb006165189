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
  if (own && isHarmFamily(own.label)) return null;
  const sentence = ` ${claim.sentence.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
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
  return named.length === 1 ? (named[0] as Event) : null;
}
