import type { Claim, Event, Link } from '../domain';
import { compareClaims, type ComparableClaim } from './compareClaims';
import { vagueWord } from './figureAgreement';
import { slotsMatch } from './quantitySlot';
import { machineLink } from './machineLink';

/**
 * Conflicts inside one article: "Iraq's military said 22 missiles struck …" and "a U.S. official
 * told Reuters that 15 missiles had been fired", or Iranian television's "80 American terrorists
 * killed" and U.S. officials' "no American casualties". A fact-checker asking what else is said
 * about a figure wants the rival report printed beside it, whichever article carries it.
 *
 * Only two different voices can report against each other (the outlet's own is one voice):
 * one voice giving two figures is a total and its parts, or a count and its update, more
 * often than a dispute. Only conflicts are linked: an article repeating its own figure is one
 * origin and must not corroborate itself.
 */
const MAX_PER_EVENT = 100;

export function rivalReports(
  claims: readonly Claim[],
  analysed: (c: Claim) => ComparableClaim,
  events: ReadonlyMap<string, Event>,
  eventPhrase: (e: Event) => string,
  now: string,
): Link[] {
  const byEvent = new Map<string, ComparableClaim[]>();
  for (const c of claims) {
    if (!c.event) continue;
    const a = analysed(c);
    // A figure-free claim can still say the opposite of another, but within one article that
    // is the article's own back and forth ("denied" after "blamed"), which compareClaims reads
    // across articles; here only figures are set against each other.
    if (a.slots.length === 0) continue;
    const list = byEvent.get(c.event.id);
    if (!list) byEvent.set(c.event.id, [a]);
    // Pairs grow with the square: a page of thousands of figures compares its first ones only.
    else if (list.length < MAX_PER_EVENT) list.push(a);
  }
  const out: Link[] = [];
  for (const [eventId, list] of byEvent) {
    const ev = events.get(eventId);
    if (!ev || list.length < 2) continue;
    const label = eventPhrase(ev);
    for (let i = 1; i < list.length; i++) {
      const a = list[i]!;
      for (let j = 0; j < i; j++) {
        const b = list[j]!;
        if (a.claim.sourceId === b.claim.sourceId) continue;
        for (const r of compareClaims(a, b, label)) {
          if (r.type !== 'different_figure' && r.type !== 'contradicts') continue;
          if (r.type === 'different_figure' && !hardFigures(a, b, r.slot)) continue;
          out.push(machineLink(a.claim.id, b.claim.id, r.type, r.score, `${r.basis}; both in this article, from different sources`, now, { slot: r.slot }));
        }
      }
    }
  }
  return out;
}

/**
 * Crowd sizes (dozens broke in, thousands marched) are different moments by design, and a vague
 * count beside a number in one article ("blamed for the deaths of hundreds of American troops",
 * "at least seven people were killed") is a wider scope more often than a rival report.
 */
function hardFigures(a: ComparableClaim, b: ComparableClaim, slot: string | null): boolean {
  // (A part of a set, "two of the dead", is no rival count.)
  const inSlot = (c: ComparableClaim): ComparableClaim['slots'] => c.slots.filter((s) => slot !== null && s.part !== true && slotsMatch(s.slot.key, slot));
  const sa = inSlot(a);
  const sb = inSlot(b);
  if (sa.length === 0 || sb.length === 0) return false;
  return [...sa, ...sb].every((s) => !s.slot.crowd && vagueWord(s.quantity) === null);
}
