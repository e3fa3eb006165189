import type { Claim, Event, Quantity } from '../domain';
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
  if (own && OWN_TOLL_FAMILIES.has(canonicalEventLabel(own.label).family)) return null;
  // A casualty event's figures are its own, unless every one of them follows another casualty event the
  // sentence names: "The strikes came after more than 30 rockets struck … on Friday, killing a US contractor".
  const harmOwn = own !== undefined && isHarmFamily(own.label);
  const sentence = normalise(claim.sentence);
  // A toll told in a sentence about one happening is of something before or during it: in "last
  // December they stormed the embassy after U.S. air strikes killed 25", the air strikes of the
  // next month that the article also names are not those.
  const ownEnd = own ? (own.dateEnd ?? own.date) : null;
  const named = articleEvents.filter((e) => {
    if (e.id === own?.id || !isHarmFamily(e.label) || canonicalEventLabel(e.label).family === 'any') return false;
    if (ownEnd !== null && e.date !== null && e.date > ownEnd) return false;
    return triggerWords(e).some((w) => sentence.includes(` ${w} `));
  });
  if (named.length !== 1) return null;
  if (harmOwn) return allFiguresFollow(claim, sentence, named[0]!, own) ? named[0]! : null;
  // "The strikes come as Iraq is gripped by protests in which more than 400 people have been
  // killed": the claim's own happening, named between the other one and the figure, has the toll.
  if (own) {
    const figure = claim.quantities.find((q) => quantitySlot(q)?.casualty === true)!;
    const at = figureAt(sentence, figure);
    // ("the deaths of 25 fighters in U.S. airstrikes": named after the figure, the other one has it.)
    const otherAfter = triggerWords(named[0]!).some((w) => sentence.indexOf(` ${w} `, at + 1) > at);
    if (at >= 0 && !otherAfter && lastBefore(sentence, triggerWords(own), at) > lastBefore(sentence, triggerWords(named[0]!), at)) return null;
  }
  return named[0] as Event;
}

/**
 * Whether each casualty figure of the claim stands after a trigger word of `other`, with none of
 * `own`'s in between, and `own` is named before `other` ("The strikes came after more than 30
 * rockets struck …, killing a US contractor"); not "the rockets … the strikes killed 25".
 */
function allFiguresFollow(claim: Claim, sentence: string, other: Event, own: Event): boolean {
  const first = (words: readonly string[]): number => Math.min(...words.map((w) => sentence.indexOf(` ${w} `)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  const ownWords = triggerWords(own);
  const otherWords = triggerWords(other);
  if (first(ownWords) > first(otherWords)) return false;
  for (const q of claim.quantities) {
    if (quantitySlot(q)?.casualty !== true) continue;
    const at = figureAt(sentence, q);
    const otherAt = lastBefore(sentence, otherWords, at);
    if (at < 0 || otherAt < 0 || otherAt < lastBefore(sentence, ownWords, at)) return false;
  }
  return true;
}

/** The words that name an event of this label in a sentence ("rockets", "rocket attack"; else the label). */
function triggerWords(e: Event): readonly string[] {
  return TRIGGERS_BY_LABEL.get(e.label.toLowerCase()) ?? [e.label.toLowerCase()];
}

/** Where the last of `words` before position `at` stands in the normalised sentence, or -1. */
function lastBefore(sentence: string, words: readonly string[], at: number): number {
  return Math.max(-1, ...words.map((w) => sentence.lastIndexOf(` ${w} `, at)));
}

/** Where a figure stands in the normalised sentence: with its noun when written so ("a U.S. contractor", not the "a" of "for a rocket attack"). */
function figureAt(sentence: string, q: Quantity): number {
  const withNoun = q.subject === null ? -1 : sentence.indexOf(` ${normalise(`${q.text} ${q.subject}`).trim()} `);
  return withNoun >= 0 ? withNoun : sentence.indexOf(` ${normalise(q.text).trim()} `);
}

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ')} `;
}
