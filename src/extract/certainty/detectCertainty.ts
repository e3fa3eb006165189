import type { Certainty } from '../../domain';
import { CERTAINTY_CUES, CERTAINTY_PRECEDENCE, type CertaintyCue } from './certaintyCues';
import { leadsChargeDenial } from './chargeDenial';

/** Words before a denial verb that negate it ("did not deny", "refused to deny"). */
const NEGATED = /(?:\b(?:not|never|refused\s+to|declined\s+to)|n['’]t)\s+(?:\w+\s+)?$|\b(?:confirm|admit)\s+n?or\s+$/i;
/** "was denied bail": passive "denied" is a refusal, not a denial of a claim. */
const PASSIVE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+\s+)?$/i;
/** Before a denial noun: one given up, or over ("reversing days of denials", "after weeks of denials"). */
const PAST_DENIAL = /\b(?:revers\w*|end(?:s|ed|ing)?|abandon\w*|retract\w*|after|following|despite)\s+(?:[\w-]+\s+){0,3}$/i;
/** A relative clause that opens after a comma: its hedges describe someone else's act, not the claim. */
const RELATIVE_OPENING = /^\s*(?:who|which|whose|whom|where)\b/i;
/** Clause boundaries for scoping a cue. */
const CLAUSE_BOUNDARY = /[,;:()\u2014\u2013]/g;

interface Hit {
  certainty: CertaintyCue['certainty'];
  cue: string;
  index: number;
}

/** The clause a cue at `index` sits in begins after the last boundary before it. */
function inRelativeClause(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 300), index);
  let last = -1;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before)) last = m.index;
  if (last < 0) return false;
  return RELATIVE_OPENING.test(before.slice(last + 1));
}

/*
 * Needle pre-filter without ~80 substring searches per claim: one pass marks the sentence's
 * character triples (five bits of each character: exact for ASCII letters, and a collision
 * only costs the exact check), and a needle is searched for only when its first triple
 * occurs. Pairs let through six times as many needles that are not there. Stamps avoid
 * clearing the table per call.
 */
const tripleSeen = new Uint32Array(1 << 15);
let tripleStamp = 0;

function tripleHash(s: string, i: number): number {
  return ((s.charCodeAt(i) & 0x1f) << 10) | ((s.charCodeAt(i + 1) & 0x1f) << 5) | (s.charCodeAt(i + 2) & 0x1f);
}

/** Per cue, the triple hash of each needle's first three characters (-1: too short to filter). */
const NEEDLE_TRIPLES: ReadonlyArray<readonly number[]> = CERTAINTY_CUES.map((c) => c.needles.map((n) => (n.length >= 3 ? tripleHash(n, 0) : -1)));

function markTriples(lower: string): void {
  if (++tripleStamp === 0xffffffff) {
    tripleSeen.fill(0);
    tripleStamp = 1;
  }
  for (let i = 0; i + 2 < lower.length; i++) tripleSeen[tripleHash(lower, i)] = tripleStamp;
}

/** Same answer as `needles.some((n) => lower.includes(n))`, after markTriples(lower). */
function mayContainNeedle(lower: string, needles: readonly string[], triples: readonly number[]): boolean {
  for (let k = 0; k < needles.length; k++) {
    const t = triples[k]!;
    if ((t < 0 || tripleSeen[t] === tripleStamp) && lower.includes(needles[k]!)) return true;
  }
  return false;
}

function isDenialVerb(cue: string): boolean {
  return /^den(?:y|ies|ied|ying)$/i.test(cue);
}

/**
 * How sure the sentence is of what it states: `denied` (someone says it is not so),
 * `unclear` ("it is not clear", "it was unclear whether"), `unconfirmed` ("an unconfirmed
 * report", "could not be independently verified"), `hedged` ("apparently", "reportedly",
 * "appeared to", "is believed to", "may have"), else `asserted`. "it is clear" and "clearly"
 * are not hedges. A hedge inside a relative clause (", who had reportedly breached the gate")
 * does not govern the main claim. With several cues the strongest class wins, in the order
 * denied > unclear > unconfirmed > hedged. The cue is returned as written.
 */
export function detectCertainty(sentence: string): { certainty: Certainty; cue: string | null } {
  const hits: Hit[] = [];
  const lower = sentence.toLowerCase();
  markTriples(lower);
  for (let ci = 0; ci < CERTAINTY_CUES.length; ci++) {
    const c = CERTAINTY_CUES[ci]!;
    if (!mayContainNeedle(lower, c.needles, NEEDLE_TRIPLES[ci]!)) continue;
    c.pattern.lastIndex = 0;
    for (let m = c.pattern.exec(sentence); m !== null; m = c.pattern.exec(sentence)) {
      if (m[0].length === 0) {
        c.pattern.lastIndex++;
        continue;
      }
      if (isDenialVerb(m[0])) {
        const before = sentence.slice(Math.max(0, m.index - 40), m.index);
        if (NEGATED.test(before) || (/^denied$/i.test(m[0]) && PASSIVE.test(before))) continue;
      }
      // "acknowledged that it had shot down the jet, reversing days of denials": denials given up or past are no denial of the claim.
      if (/^denials?$/i.test(m[0]) && PAST_DENIAL.test(sentence.slice(Math.max(0, m.index - 60), m.index))) continue;
      if (inRelativeClause(sentence, m.index)) continue;
      // "accused Iran of organizing the attack, a charge Tehran denies": another's denial of the claim, set beside it.
      if (isDenialVerb(m[0]) && leadsChargeDenial(sentence.slice(Math.max(0, m.index - 80), m.index))) continue;
      hits.push({ certainty: c.certainty, cue: m[0], index: m.index });
      break; // one hit per pattern is enough to classify
    }
  }
  if (hits.length === 0) return { certainty: 'asserted', cue: null };
  for (const certainty of CERTAINTY_PRECEDENCE) {
    const ofClass = hits.filter((h) => h.certainty === certainty);
    if (ofClass.length === 0) continue;
    // The earliest, longest cue of the winning class.
    ofClass.sort((a, b) => a.index - b.index || b.cue.length - a.cue.length);
    return { certainty, cue: ofClass[0].cue };
  }
  return { certainty: 'asserted', cue: null };
}
