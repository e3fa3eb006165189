import type { Claim } from '../../domain';
import { CLAIM_WORDS, RATING_WORDS } from '../parse/factCheckLabels';

/**
 * A published fact-check rates a claim: "THE CLAIM: Soleimani helped 10 of the 12 hijackers …"
 * then "THE RATING: False." (AP's format), or a ruling that ends "We rate this claim False."
 * (PolitiFact's). This finds the checked claims and their ratings, so that the rating becomes
 * a review of that claim (schema.org ClaimReview) instead of text nobody can query.
 *
 * The checked claim is the fact-checker's statement of someone else's claim, not the outlet's
 * assertion: its label comes off its text, and it is credited to its claimant, the speaker of
 * the claim in the article that says the same (Pence's tweet quoted above it), when there is one.
 */

export interface CheckedClaim {
  /** Index in the claims given. */
  claim: number;
  /** The label as written, without its colon ("THE CLAIM"). */
  label: string;
  /** Offset in the article text where the claim's words begin, after the label. */
  textStart: number;
  /** Index of the claim whose speaker made the checked claim, or null when the text names none. */
  claimant: number | null;
  /** What a claimant line after the claim says ("Speaker: Facebook posts, Jan. 8, 2020"), when there is one. */
  claimantLine?: string;
}

export interface FactCheckVerdicts {
  checked: CheckedClaim[];
  /** Ratings by the index of the claim they rate; the first rating given for a claim wins. */
  ratings: Array<{ claim: number; rating: string }>;
}

/** "THE CLAIM:", "Claim:", "CLAIMS:", "Claim 2:" opening a paragraph. */
const CLAIM_LABEL = new RegExp(String.raw`${CLAIM_WORDS}(?:\s+#?\d{1,2})?\s*:\s*`, 'u');
/**
 * "THE RATING: False.", "Verdict: Misleading", "Verdict: False. No deaths were recorded …":
 * the rating is the first sentence after the label (a short one; see MAX_RATING_WORDS).
 */
const RATING_LABEL = new RegExp(String.raw`${RATING_WORDS}\s*:\s*([^.!?\n]+)`, 'u');
/** The line that names who made the checked claim: "Speaker: Facebook posts, Jan. 8, 2020", "Who said it: US President Donald Trump, in …". */
const CLAIMANT_LINE = /^(?:Speaker|Who said it|Claimant|Claimed by|Made by|Said by|Posted by)\s*:\s*(\S.{1,200})/u;
/** "THE CLAIM", "Claim" as a heading of its own (the claim is the next paragraph). */
const CLAIM_HEADING = new RegExp(String.raw`${CLAIM_WORDS}\s*:?\s*$`, 'u');
/** "THE VERDICT", "Our ruling", "Rating" as a heading of its own (the rating opens the next paragraph). */
const RATING_HEADING = new RegExp(String.raw`${RATING_WORDS}\s*:?\s*$`, 'u');
/** "We rate this claim False.", "we rate it Mostly True", "We rate the statement as Pants on Fire!" */
const WE_RATE = /\b[Ww]e\s+(?:rate|rated|have\s+rated)\s+(?:(?:this|the|that|his|her|their|its)\s+(?:claim|statement|assertion|post|video|tweet|ad)|it|this|that)\s+(?:as\s+)?([^.!;]{2,40}?)\s*[.!]*\s*$/u;
/** "We rate the claim that Soleimani was planning attacks on four embassies as unsupported." */
const WE_RATE_THAT = /\b[Ww]e\s+(?:rate|rated|have\s+rated)\s+(?:the|this|that|his|her|their)\s+(?:claim|statement|assertion)\s+that\s+(.{10,300}?)\s+as\s+([^.!;]{2,40}?)\s*[.!]*\s*$/u;
/** Ratings the fact-checking organisations use; a "we rate" sentence counts only with one of them. */
const RATINGS = new RegExp(
  '^(?:' +
    [
      'true', 'mostly true', 'half[ -]true', 'mostly false', 'false', 'pants on fire', 'misleading', 'missing context',
      'needs context', 'lacks context', 'unproven', 'unsupported', 'unsubstantiated', 'no evidence', 'correct', 'incorrect',
      'partly true', 'partly false', 'partially true', 'partially false', 'mixed', 'mixture', 'inaccurate', 'accurate',
      'exaggerated', 'altered', 'satire', 'fabricated', 'baseless', 'false and misleading', 'mostly accurate',
      '(?:one|two|three|four|[1-4]) pinocchios?', 'full flop', 'half flip', 'no flip',
    ].join('|') +
    ')$',
  'iu',
);
/** A labelled rating is a rating only when short: "Our ruling: Pence's claim does not hold up because …" is prose. */
const MAX_RATING_WORDS = 5;
/** Words too common to tell two statements of one claim apart. */
const STOP = new Set(
  'the a an of in on at to for and or but that this with by from as is was were are be been has have had who which what it its their his her he she they them than then there not no'.split(' '),
);
/** A restatement shares at least this share of its words with the claimant's words, and at least MIN_SHARED words. */
const MIN_CONTAINMENT = 0.5;
const MIN_SHARED = 3;

export interface ParagraphSpan {
  start: number;
  end: number;
}

export function factCheckVerdicts(text: string, paragraphs: readonly ParagraphSpan[], claims: readonly Claim[]): FactCheckVerdicts {
  const checked: CheckedClaim[] = [];
  // By claim index, in the order given; the first rating of a claim stays.
  const ratings = new Map<number, string>();
  const rate = (claim: number, rating: string): void => {
    if (!ratings.has(claim)) ratings.set(claim, rating);
  };
  // Claims in text order, so that each paragraph's claims are the next run of indexes.
  let next = 0;
  let lastChecked: CheckedClaim | null = null;
  // A label standing as a heading of its own ("THE CLAIM", "THE VERDICT"): it names the next paragraph.
  let heading: { kind: 'claim' | 'rating'; label: string } | null = null;
  for (const [pi, p] of paragraphs.entries()) {
    const para = text.slice(p.start, p.end);
    const first = next;
    while (next < claims.length && claims[next]!.start < p.end) next++;
    const under = heading;
    // (The label as written without its colon, as for "THE CLAIM: …".)
    const named = para.replace(/\s*:?\s*$/u, '').trim();
    heading = CLAIM_HEADING.test(para) ? { kind: 'claim', label: named } : RATING_HEADING.test(para) ? { kind: 'rating', label: named } : null;
    if (heading) continue;
    if (under?.kind === 'claim' && first < next) {
      lastChecked = { claim: first, label: under.label, textStart: Math.max(p.start, claims[first]!.start), claimant: null };
      checked.push(lastChecked);
      continue;
    }
    if (under?.kind === 'rating' && lastChecked) {
      // "FALSE. There is no evidence …": the heading's rating is the paragraph's first sentence, one the checkers use.
      const lead = /^([^.!?\n]{2,40})[.!]/u.exec(para);
      const rating = lead ? cleanRating(lead[1]!) : null;
      if (rating !== null && RATINGS.test(rating)) {
        rate(lastChecked.claim, rating);
        continue;
      }
    }
    const label = CLAIM_LABEL.exec(para);
    if (label && first < next) {
      const c = claims[first]!;
      const textStart = p.start + label[0].length;
      // The paragraph's first claim carries the label (or begins after it when a cue was found in it,
      // or after the quotation mark that opens the claimant's words: 'Claim: "Iran's missile strikes …"').
      if ((c.start <= textStart || /^[\s"“'‘]*$/u.test(text.slice(textStart, c.start))) && c.end > textStart) {
        lastChecked = { claim: first, label: para.slice(0, label[0].length).replace(/\s*:\s*$/u, ''), textStart, claimant: null };
        checked.push(lastChecked);
        continue;
      }
    }
    const claimant = lastChecked && lastChecked.claimantLine === undefined ? CLAIMANT_LINE.exec(para) : null;
    if (claimant && lastChecked) {
      lastChecked.claimantLine = claimant[1]!;
      continue;
    }
    const labelled = RATING_LABEL.exec(para);
    const labelRating = labelled ? cleanRating(labelled[1]!) : null;
    if (labelRating !== null && lastChecked && labelRating.split(/\s+/u).length <= MAX_RATING_WORDS) {
      rate(lastChecked.claim, labelRating);
      continue;
    }
    for (let k = first; k < next; k++) {
      const said = claims[k]!.text;
      // Every claim of every article passes here: most have no "rate" to look at twice.
      if (!said.includes('rate')) continue;
      const that = WE_RATE_THAT.exec(said);
      const m = that ? null : WE_RATE.exec(said);
      const rating = that ? cleanRating(that[2]!) : m ? cleanRating(m[1]!) : null;
      if (rating === null || !RATINGS.test(rating)) continue;
      // "We rate the claim that X as …" rates the claim in the article that says X; "We rate this
      // claim False" the labelled claim or, without one, the claim the ruling restates before it:
      // the first claim with a speaker in this paragraph or the one before (a ruling opens with it).
      const target = that ? (restating(claims, k, that[1]!) ?? lastChecked?.claim ?? null) : (lastChecked?.claim ?? restatedBefore(claims, k, pi > 0 ? paragraphs[pi - 1]!.start : p.start));
      if (target !== null) rate(target, rating);
    }
  }
  for (const c of checked) {
    const what = text.slice(c.textStart, claims[c.claim]!.end);
    // ("“At least 80 American terrorists were killed” in Iran's missile attacks on US bases …": the quoted words are the claimant's.)
    const quoted = longestQuotation(what);
    c.claimant = (quoted === null ? null : restating(claims, c.claim, quoted)) ?? restating(claims, c.claim, what);
  }
  return { checked, ratings: [...ratings].map(([claim, rating]) => ({ claim, rating })) };
}

function cleanRating(raw: string): string | null {
  const r = raw.replace(/^["“'‘]|["”'’]$/gu, '').replace(/[.!]+$/u, '').trim();
  return r.length > 0 && r.length <= 40 && !/\d{3}/u.test(r) ? r : null;
}

/** The longest quotation of three words or more in `s`, without its marks; null when there is none. */
function longestQuotation(s: string): string | null {
  let best: string | null = null;
  for (const m of s.matchAll(/[“"]([^“”"]{8,300})[”"]/gu)) {
    const q = m[1]!;
    if (q.trim().split(/\s+/u).length >= 3 && (best === null || q.length > best.length)) best = q;
  }
  return best;
}

/** The first claim with a speaker that starts at `from` or later and comes before claim `k`. */
function restatedBefore(claims: readonly Claim[], k: number, from: number): number | null {
  let found: number | null = null;
  for (let j = k - 1; j >= 0 && claims[j]!.start >= from; j--) if (claims[j]!.speaker !== null) found = j;
  return found;
}

function words(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) if (!STOP.has(w) && (w.length > 2 || /\d/u.test(w))) out.add(w);
  return out;
}

/** The claim with a speaker, other than claim `self`, that says most of `what` (the checked claim's words). */
function restating(claims: readonly Claim[], self: number, what: string): number | null {
  const mine = words(what);
  if (mine.size === 0) return null;
  let best: number | null = null;
  let bestShare = 0;
  claims.forEach((c, i) => {
    if (i === self || c.speaker === null) return;
    const theirs = words(c.text);
    let shared = 0;
    for (const w of mine) if (theirs.has(w)) shared++;
    const share = shared / mine.size;
    if (shared >= MIN_SHARED && share >= MIN_CONTAINMENT && share > bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}
