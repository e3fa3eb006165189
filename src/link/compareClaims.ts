import type { Claim, LinkType, Quantity } from '../domain';
import { compareFigures } from './figureAgreement';
import { isBackgroundTerm, oppositePolarity, propositionTerms, termOverlap, type PropositionTerms } from './propositionTerms';
import { quantitySlot, slotsMatch, type Slot } from './quantitySlot';

/**
 * Pure rules deciding how two claims about the SAME event relate. The caller guarantees
 * the event is the same (global event id); claims about other events are never compared.
 *
 *   different_figure  the same slot (killed|fighters) with figures that differ
 *   corroborates      the same proposition: similar content and no figure against it
 *   contradicts       the same proposition with opposite polarity (evacuated / not evacuated)
 *   same_event        related content about the same event, but not the same proposition
 */

export interface ClaimRelation {
  type: Exclude<LinkType, 'copies' | 'derived_from'>;
  score: number;
  basis: string;
  slot: string | null;
}

export interface ComparableClaim {
  claim: Claim;
  terms: PropositionTerms;
  /** Each figure's slot, and the nation its counted group names ("US", "Iraqi"), read once per claim. */
  slots: Array<{ slot: Slot; quantity: Quantity; nation: string | null; part?: boolean }>;
  /**
   * The parties a claim blames (`!party:<name>`), or the one that denies its part: a denial and the blame it
   * answers share few words ("Tehran has denied any role in the embassy protest" / "Trump accused Iran of
   * orchestrating the assault"), so they meet through these keys.
   */
  parties: string[];
}

export interface CompareThresholds {
  /** Term overlap (Dice) at or above which two claims state the same proposition. */
  corroborate: number;
  /** Lower overlap enough when a figure in the same slot agrees. */
  corroborateWithFigure: number;
  /** Lower overlap enough when this many specific terms are shared (one side adds detail). */
  corroborateDetailed: number;
  detailedSharedTerms: number;
  /** Overlap for a same_event link (related content). */
  sameEvent: number;
  /** Share of the shorter claim's terms the longer holds, enough when a figure in the same slot agrees. */
  containedWithFigure: number;
  /** Overlap enough when two figures agree ("three in Iraq and two in Syria" on both sides, or the two make the other's five). */
  corroborateWithFigures: number;
}

export const DEFAULT_THRESHOLDS: CompareThresholds = { corroborate: 0.5, corroborateWithFigure: 0.3, corroborateDetailed: 0.38, detailedSharedTerms: 4, sameEvent: 0.4, containedWithFigure: 0.8, corroborateWithFigures: 0.15 };

/** "82 Iranians, 63 Canadians and 11 Ukrainians were among the dead": parts of a toll, no rival figure for it. */
const PART_OF_TOLL = /\bamong\s+(?:the\s+)?(?:dead|killed|victims|casualties|wounded|injured|passengers)\b/iu;

const MAY_BE_PART_OF_TOLL = /among/iu;

/** Where a relative clause opens after a comma: ", in which", ", which", ", where", ", who". */
const RELATIVE_TAIL = /,\s+(?:in\s+which|during\s+which|which|where|who|when)\s/u;

/** The dead and the hurt together: "no casualties", "no American casualties". */
const CASUALTY_NOUN = /\bcasualt(?:y|ies)$/iu;

/** "If no Americans died, Trump is under less pressure …": a figure in the condition a claim opens with is supposed, not reported. */
const CONDITION = /^(?:(?:but|and|even)\s+)?(?:if|unless)\s[^,;:]*/iu;

export function comparable(claim: Claim): ComparableClaim {
  const slots: ComparableClaim['slots'] = [];
  const supposed = CONDITION.exec(claim.text)?.[0] ?? null;
  // (PART_OF_TOLL cannot match without "among": most claims are spared the pattern.)
  for (const q of MAY_BE_PART_OF_TOLL.test(claim.text) && PART_OF_TOLL.test(claim.text) ? [] : claim.quantities) {
    if (supposed !== null && supposed.includes(q.text)) continue;
    const slot = quantitySlot(q);
    if (!slot) continue;
    const nation = groupOf(claim, q);
    // "No one was killed or injured", "no casualties among Iraqi forces": none killed and none hurt, so it meets
    // "none of its personnel were hurt" too. (A count above zero of both together is a slot of its own.)
    const noneOfEither = q.value === 0 && (slot.key.startsWith('casualties|') || (slot.key.startsWith('killed|') && CASUALTY_NOUN.test(q.subject ?? '')));
    if (noneOfEither) {
      const group = slot.key.slice(slot.key.indexOf('|') + 1);
      slots.push({ slot: { ...slot, key: `killed|${group}` }, quantity: q, nation }, { slot: { ...slot, key: `wounded|${group}` }, quantity: q, nation });
    } else slots.push({ slot, quantity: q, nation });
  }
  // "Three of the targets were in western Iraq and two in Syria": parts of a set another claim counts whole.
  const partSlots = new Set(slots.filter((s) => isPartitive(claim.text, s.quantity)).map((s) => s.slot.key));
  for (const s of slots) if (partSlots.has(s.slot.key)) s.part = true;
  const text = claim.quote !== null && claim.quote.length > claim.text.length ? claim.quote : claim.text;
  const terms = propositionTerms(text);
  if (claim.certainty === 'denied') {
    // "Iran denied any role in the attack": the whole claim says the opposite of its words — up to a
    // relative clause, which tells the happening ("…, in which four US troops were wounded"), not the denial.
    const head = text.split(RELATIVE_TAIL)[0]!;
    const denied = head === text ? terms : propositionTerms(head);
    terms.negatedTerms = new Set([...denied.terms.keys()].filter((t) => !terms.negatedTerms.has(t)));
  }
  return { claim, terms, slots, parties: partyKeys(claim) };
}

/** How `a` (the newer claim) relates to `b`; several relations may hold (a figure differs and the content agrees). */
export function compareClaims(a: ComparableClaim, b: ComparableClaim, eventLabel: string, t: CompareThresholds = DEFAULT_THRESHOLDS): ClaimRelation[] {
  const out: ClaimRelation[] = [];
  const overlap = termOverlap(a.terms.terms, b.terms.terms);
  const sharedWords = overlap.shared.filter((s) => !s.startsWith('^')).slice(0, 5).join(', ');

  // Figures in matching slots.
  let agreeing: { basis: string; slot: string; casualty: boolean; none: boolean } | null = null;
  const differing: Array<{ basis: string; slot: string; crowd: boolean; none: boolean }> = [];
  const agreedSlots = new Set<string>();
  // The distinct figures that agree (a sum of parts counts as its parts): two are a breakdown both give.
  const agreedValues = new Set<number>();
  // A "none" for one group beside a count for another: the negation is about who, not whether.
  let otherGroups = false;
  // Whether any figure of one fills a slot of the other (for a nation both name, if they name one).
  let slotShared = false;
  for (const x of a.slots) {
    for (const y of b.slots) {
      if (!slotsMatch(x.slot.key, y.slot.key)) continue;
      if (nationsDiffer(x.nation, y.nation)) {
        // "several US service members and Iraqi personnel" injured meets "several Iraqi personnel
        // wounded"; "80 American terrorists killed" does not meet "no Iraqi casualties".
        if (namesNation(a.claim.text, y.nation) || namesNation(b.claim.text, x.nation)) slotShared = true;
        continue;
      }
      slotShared = true;
      if (oneOfMany(x, y)) continue;
      if (noneOfOtherGroup(x, y)) {
        otherGroups = true;
        continue;
      }
      // A part of a set meets the set's figure only when the parts add up to it, and never differs from it.
      const parts = x.part === true || y.part === true;
      const sum = partsOfWhole(a, x, y) ?? partsOfWhole(b, y, x);
      const v = sum ?? (parts && x.part !== y.part ? null : compareFigures(x.quantity, y.quantity));
      if (v === null || (parts && !v.agree)) continue;
      if (v.agree) {
        agreedSlots.add(x.slot.key);
        if (!x.slot.crowd) {
          agreedValues.add(x.quantity.value);
          if (sum) agreedValues.add(y.quantity.value);
        }
        // Matching crowd sizes say nothing about whether two claims state the same thing.
        if (!agreeing && !x.slot.crowd) agreeing = { basis: v.basis, slot: x.slot.key, casualty: x.slot.casualty, none: x.quantity.value === 0 && y.quantity.value === 0 };
      } else {
        differing.push({ basis: v.basis, slot: x.slot.key, crowd: x.slot.crowd, none: x.slot.casualty && noneAgainstSome(x.quantity, y.quantity) && sameGroup(x, y) });
      }
    }
  }
  // "wounded four U.S. service members and two Iraqi personnel" on both sides: the four agree, so the
  // two against the four is a second group of the same slot, not a rival count.
  for (const d of differing.filter((x) => !agreedSlots.has(x.slot)).slice(0, 1)) {
    // "No Americans were killed" against "80 were killed": not another count, the opposite statement.
    if (d.none) {
      out.push({ type: 'contradicts', score: 0.85, basis: `opposite statements about the ${eventLabel}: ${d.basis} (one says none)`, slot: d.slot });
      continue;
    }
    const basis = d.crowd
      ? `crowd sizes for the ${eventLabel}: ${d.basis} — different moments or groups, shown side by side, not a contradiction`
      : `different figure for the same ${d.slot.replace('|', ' ')} slot of the ${eventLabel}: ${d.basis}`;
    out.push({ type: 'different_figure', score: d.crowd ? 0.6 : 0.9, basis, slot: d.slot });
  }

  // "Kataib Hezbollah denied involvement" against "Washington blames Kataib Hezbollah for the
  // attack": who did it, said both ways.
  // (A figure against another of a slot that also agrees is a part of the whole: "five sites — three in Iraq and two in Syria".)
  const hardConflict = differing.some((d) => !d.crowd && !agreedSlots.has(d.slot));
  const blame = denialOfBlame(a.claim, b.claim) ?? denialOfBlame(b.claim, a.claim);
  if (blame && !hardConflict) {
    out.push({ type: 'contradicts', score: 0.8, basis: `opposite statements about the ${eventLabel}: ${blame}`, slot: null });
    return out;
  }

  // A figure the proposition is about (a casualty count) on one side only means the two
  // claims say different things about the event ("carried out the strikes" vs "25 died").
  // (Another figure on one side only is detail: "Iran fired more than a dozen ballistic missiles at Ain al-Asad"
  // and "Iran fired ballistic missiles at the Ain al-Asad air base" say the same.)
  const aToll = a.slots.some((s) => s.slot.casualty);
  const bToll = b.slots.some((s) => s.slot.casualty);
  // So do figures on both sides that share no slot ("launched five airstrikes" vs "killed at least 24 fighters").
  const aCore = a.slots.some((s) => !s.slot.crowd);
  const bCore = b.slots.some((s) => !s.slot.crowd);
  const coreMismatch = aToll !== bToll || (aCore && bCore && !slotShared);
  // "It is not clear whether..." asserts nothing: it can neither support nor oppose a claim.
  const assertsNothing = a.claim.certainty === 'unclear' || b.claim.certainty === 'unclear';
  if (assertsNothing) {
    // Two reports that both leave the same thing open ("There was no immediate word on casualties") say the same.
    if (out.length === 0 && a.claim.certainty === b.claim.certainty && overlap.dice >= t.corroborate && !oppositePolarity(a.terms, b.terms, overlap.shared)) {
      out.push({ type: 'corroborates', score: Math.min(0.9, overlap.dice), basis: `same statement about the ${eventLabel}: both leave it unclear (${sharedWords})`, slot: null });
    } else if (out.length === 0 && overlap.dice >= t.sameEvent) {
      out.push({ type: 'same_event', score: Math.min(0.8, overlap.dice), basis: `both about the ${eventLabel}; one leaves it unclear (${sharedWords})`, slot: null });
    }
    return out;
  }

  if (otherGroups && !agreeing) {
    if (out.length === 0 && overlap.dice >= t.sameEvent) {
      out.push({ type: 'same_event', score: Math.min(0.8, overlap.dice), basis: `both about the ${eventLabel}: none of one group, a count of another (${sharedWords})`, slot: null });
    }
    return out;
  }

  // (A short claim whose every word a longer one holds, with the same figure: "no Americans were harmed" within
  // a statement that goes on about the damage, says what the statement says of it.)
  // "At least 25 … were killed and at least 51 wounded" and "25 … killed and 55 wounded": the same toll, another
  // count of the wounded. Both are said: the toll corroborates, the wounded are a different figure (pushed above).
  const differs = out.find((o) => o.type === 'different_figure');
  const mixed = hardConflict && agreeing !== null && agreeing.casualty && !agreeing.none && differs !== undefined && differs.slot !== agreeing.slot;
  const figuresAgree = overlap.dice >= t.corroborateWithFigure || (agreedValues.size >= 2 && overlap.dice >= t.corroborateWithFigures);
  if (agreeing && (!hardConflict || mixed) && (figuresAgree || containedIn(a.terms.terms, b.terms.terms) >= t.containedWithFigure)) {
    // (Two "none"s agree whatever else one denies: "the embassy had not been evacuated and … no American personnel had been
    // hurt" and "No one was immediately reported hurt" say the same of the hurt.)
    if (mixed) {
      out.push({
        type: 'corroborates',
        score: Math.min(0.9, 0.55 + overlap.dice / 2),
        basis: `same toll for the ${eventLabel}: ${agreeing.basis}; the ${differs!.slot!.replace('|', ' ')} figure differs`,
        slot: agreeing.slot,
      });
    } else if (!agreeing.none && oppositePolarity(a.terms, b.terms, overlap.shared)) {
      out.push({ type: 'contradicts', score: 0.7, basis: `opposite statements about the ${eventLabel} (${agreeing.basis}; one is negated)`, slot: null });
    } else {
      out.push({
        type: 'corroborates',
        score: Math.min(0.95, 0.6 + overlap.dice / 2),
        basis: `same ${agreeing.casualty ? 'toll' : 'figure'} for the ${eventLabel}: ${agreeing.basis}`,
        slot: agreeing.slot,
      });
    }
    return out;
  }
  // Many specific words in common (not just the setting: the country, the capital, "protesters")
  // is a paraphrase of the same thing even when one side adds detail.
  const specificShared = overlap.shared.filter((s) => !isBackgroundTerm(s)).length;
  // (With a figure on one side only, the words must agree more: "Roughly 1,500 U.S. and coalition personnel were at
  // Al Asad" shares the setting with "these missiles … targeted … coalition personnel at Al-Asad", not the statement.)
  const oneSidedFigure = aCore !== bCore;
  const paraphrase = overlap.dice >= t.corroborate || (!oneSidedFigure && overlap.dice >= t.corroborateDetailed && specificShared >= t.detailedSharedTerms);
  // Opposite statements need a shared statement, not only a shared name ("in or around Irbil" / "no casualties in Erbil").
  const contentShared = overlap.shared.filter((s) => !s.startsWith('^') && !isBackgroundTerm(s)).length;
  const opposite = paraphrase && oppositePolarity(a.terms, b.terms, overlap.shared);
  if (!coreMismatch && !hardConflict && paraphrase && (contentShared >= 2 || !opposite)) {
    if (opposite) {
      out.push({ type: 'contradicts', score: Math.min(0.95, overlap.dice), basis: `opposite statements about the ${eventLabel}: one says it, the other denies it (${sharedWords})`, slot: null });
    } else {
      out.push({ type: 'corroborates', score: Math.min(0.9, overlap.dice), basis: `same statement about the ${eventLabel} (${sharedWords})`, slot: null });
    }
    return out;
  }
  if (out.length === 0 && overlap.dice >= t.sameEvent) {
    out.push({ type: 'same_event', score: Math.min(0.8, overlap.dice), basis: `both about the ${eventLabel}, different statements (${sharedWords})`, slot: null });
  }
  return out;
}

/** Sets a partitive figure counts part of: "three of the targets", "two of the dead", "four of them". */
const PARTITIVE_SETS = /^\s+of\s+(?:them|(?:the|those)\s+(?:targets|sites|locations|facilities|positions|depots|installations|bases|dead|killed|wounded|injured|victims|casualties))\b/iu;

/** Whether `q` is written as a part of a set ("Three of the targets were in western Iraq"). */
function isPartitive(text: string, q: Quantity): boolean {
  for (let at = text.indexOf(q.text); at >= 0; at = text.indexOf(q.text, at + 1)) {
    if (PARTITIVE_SETS.test(text.slice(at + q.text.length, at + q.text.length + 40))) return true;
  }
  return false;
}

/**
 * "hit three locations in Iraq and two in Syria" against "hit five targets": the figures one claim gives for
 * a slot add up to the other's, so they are its parts, not a rival count. `x` is of `c`, `whole` of the other.
 */
function partsOfWhole(c: ComparableClaim, x: ComparableClaim['slots'][number], whole: ComparableClaim['slots'][number]): { agree: true; basis: string } | null {
  if (x.slot.crowd || x.quantity.qualifier !== 'exact' || whole.quantity.qualifier !== 'exact') return null;
  const parts = c.slots.filter((s) => s.slot.key === x.slot.key && s.quantity.qualifier === 'exact');
  if (parts.length < 2 || parts.reduce((n, s) => n + s.quantity.value, 0) !== whole.quantity.value) return null;
  return { agree: true, basis: `${parts.map((s) => s.quantity.text).join(' and ')} make ${whole.quantity.text}` };
}

/** The weight of the smaller bag's terms that the other holds, over the smaller bag's weight (0 for fewer than two terms). */
function containedIn(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 2) return 0;
  let all = 0;
  let held = 0;
  for (const [t, w] of small) {
    all += w;
    if (big.has(t)) held += w;
  }
  return held / all;
}

const BLAME_CUES = new Set(['blamed', 'blames', 'blame', 'blaming', 'accused', 'accuses', 'accuse', 'accusing']);
/** What a denial of a part in a happening is about ("denied involvement", "denied any role", "denied it was behind"). */
const PART_IN_IT = /\b(?:involvement|involved|role|responsibility|responsible|behind|carried out|carrying out|any part|a part|links?)\b/iu;

/** The party a claim says denies its part in a happening ("Kataib Hezbollah denied involvement"), else null. */
function partDenier(claim: Claim): Claim['speaker'] {
  return claim.certainty === 'denied' && PART_IN_IT.test(claim.text) ? claim.speaker : null;
}

/** Whether a claim puts a happening on someone ("Washington blames Kataib Hezbollah for …"). */
function blames(claim: Claim): boolean {
  return claim.cue !== null && BLAME_CUES.has(claim.cue.toLowerCase()) && claim.certainty !== 'denied';
}

/** Keys of the parties a claim blames, or of the party denying its part (ComparableClaim.parties). */
function partyKeys(claim: Claim): string[] {
  const denier = partDenier(claim);
  if (denier !== null) return [`!party:${denier.name.toLowerCase()}`];
  return blames(claim) ? claim.entities.map((e) => `!party:${e.name.toLowerCase()}`) : [];
}

/** `denial` is a party denying its part, `blame` someone else putting it on that party: the basis, else null. */
function denialOfBlame(denial: Claim, blame: Claim): string | null {
  const party = partDenier(denial);
  if (party === null || !blames(blame) || blame.speaker?.name === party.name) return null;
  if (!blame.entities.some((e) => e.name === party.name)) return null;
  return `${party.name} denies the part it is blamed for by ${blame.speaker?.name ?? 'the report'}`;
}

/**
 * Figures only, for a toll given in a sentence filed under another event: agreeing figures in
 * the same casualty slot corroborate the toll, differing ones are a different figure.
 */
/** One figure says none ("no Americans were killed") and the other some: opposite statements, not two counts. */
function noneAgainstSome(a: Quantity, b: Quantity): boolean {
  const none = (q: Quantity): boolean => q.value === 0 && q.qualifier === 'exact';
  const some = (q: Quantity): boolean => q.value > 0 && q.qualifier !== 'at_most' && q.qualifier !== 'less_than';
  return (none(a) && some(b)) || (none(b) && some(a));
}

/**
 * "No U.S. personnel were injured" says nothing against "at least 62 people were wounded" (the
 * protesters): a "none" contradicts "some" only for the same group, the same nationality named
 * on both sides or on neither ("no Americans were killed" / "80 American troops were killed").
 */
function sameGroup(a: ComparableClaim['slots'][number], b: ComparableClaim['slots'][number]): boolean {
  if (a.nation !== b.nation) return false;
  return a.slot.key === b.slot.key || a.nation !== null;
}

/**
 * "One rocket hit a cafeteria" beside "at least three rockets slammed into the compound": a
 * single projectile of several, named for where it fell, not a rival count. Tolls are not
 * so: one dead against three dead is a different figure.
 */
function oneOfMany(a: ComparableClaim['slots'][number], b: ComparableClaim['slots'][number]): boolean {
  if (a.slot.casualty || b.slot.casualty) return false;
  const one = (q: Quantity): boolean => q.value === 1 && q.qualifier === 'exact';
  const several = (q: Quantity): boolean => q.value >= 2;
  return (one(a.quantity) && several(b.quantity)) || (one(b.quantity) && several(a.quantity));
}

/** "No Americans were hurt" beside "at least 62 people were wounded": none of one group, a count of another; no figure for the same thing. */
function noneOfOtherGroup(a: ComparableClaim['slots'][number], b: ComparableClaim['slots'][number]): boolean {
  return noneAgainstSome(a.quantity, b.quantity) && !sameGroup(a, b);
}

/** "four American service members" and "two Iraqi personnel" are two groups, never one slot; nor is a speaker's own. */
function nationsDiffer(a: string | null, b: string | null): boolean {
  if (a === b) return false;
  return (a !== null && b !== null) || a?.startsWith(OWN_GROUP) === true || b?.startsWith(OWN_GROUP) === true;
}

/** The group of a speaker's own people, of no nation we read ("Norway said none of its soldiers were hurt"). */
const OWN_GROUP = 'own:';
/** "None of its personnel", "none of their soldiers": the speaker's own people. */
const OWN_PEOPLE = /^none\s+of\s+(?:its|their|our|his|her)\b/iu;
/** "no casualties among Iraqi forces": the nation of the dead and hurt follows the noun. */
const CASUALTIES_AMONG = /\bcasualt(?:y|ies)\s+among\s+(?:the\s+)?([\p{L}.]+)/iu;

/**
 * The group a figure counts, as far as comparing goes: the nation its subject names ("80 American
 * troops"), the one its casualties are among, or, for "none of its personnel", the speaker's
 * nation ("the Iraqi military") or else the speaker's own people, no one else's.
 */
function groupOf(claim: Claim, q: Quantity): string | null {
  const own = nationalityOf(q.subject);
  if (own !== null) return own;
  if (OWN_PEOPLE.test(q.text)) {
    const speaker = claim.speaker?.name ?? null;
    return nationalityOf(speaker) ?? `${OWN_GROUP}${speaker ?? claim.id}`;
  }
  const among = CASUALTY_NOUN.test(q.subject ?? '') ? CASUALTIES_AMONG.exec(claim.text) : null;
  return among ? nationalityOf(among[1]!) : null;
}

function nationalityOf(subject: string | null): string | null {
  const m = subject === null ? null : NATIONALITY.exec(subject);
  return m ? nationOfWord(m[1]!) : null;
}

function nationOfWord(word: string): string {
  const w = word.toLowerCase().replace(/\./gu, '');
  return w === 'us' || w.startsWith('americ') ? 'us' : w.replace(/s$/u, '');
}

/** Whether `text` names `nation` (as nationalityOf reads it) anywhere. */
function namesNation(text: string, nation: string | null): boolean {
  if (nation === null) return false;
  for (const m of text.matchAll(NATIONALITIES)) if (nationOfWord(m[1]!) === nation) return true;
  return false;
}

// Not \b: after "U.S." a word boundary needs a letter to follow, so "U.S. service members" went unread.
const NATIONALITY = /(?<![\p{L}.])(U\.S\.|US|American|Americans|Iraqi|Iraqis|Iranian|Iranians|British|Israeli|Israelis|Syrian|Syrians|Turkish|Kurdish)(?![\p{L}])/u;
const NATIONALITIES = new RegExp(NATIONALITY.source, 'gu');

export function compareFiguresOnly(a: ComparableClaim, b: ComparableClaim, eventLabel: string): ClaimRelation | null {
  for (const x of a.slots) {
    if (!x.slot.casualty) continue;
    for (const y of b.slots) {
      if (!y.slot.casualty || !slotsMatch(x.slot.key, y.slot.key) || nationsDiffer(x.nation, y.nation) || noneOfOtherGroup(x, y)) continue;
      if (x.part === true || y.part === true) continue;
      const v = compareFigures(x.quantity, y.quantity);
      if (v.agree) return { type: 'corroborates', score: 0.7, basis: `same toll for the ${eventLabel}: ${v.basis}`, slot: x.slot.key };
      if (noneAgainstSome(x.quantity, y.quantity) && sameGroup(x, y)) return { type: 'contradicts', score: 0.8, basis: `opposite statements about the ${eventLabel}: ${v.basis} (one says none)`, slot: x.slot.key };
      return { type: 'different_figure', score: 0.85, basis: `different figure for the same ${x.slot.key.replace('|', ' ')} slot of the ${eventLabel}: ${v.basis}`, slot: x.slot.key };
    }
  }
  return null;
}
