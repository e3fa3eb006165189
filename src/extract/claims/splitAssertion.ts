import type { Sentence } from '../segment/Sentence';
import { quoteSpans } from '../segment/quoteSpans';
import { countWords } from '../segment/countWords';

export interface SplitFacts {
  /** Counted things with what happened to them ("25 fighters killed") in a piece of text. */
  figures(text: string): number;
  /** Resolved days mentioned in a piece of text. */
  days(text: string): string[];
}

export const SUBORDINATE = /(?:,\s*|\s+)(?:(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?(?:days?|hours?|weeks?|months?|years?|minutes?)\s+|(?:shortly|just|soon|only|moments|hours|days|weeks|long)\s+)?(?:after|before|when|following|since|until|because)\s+(?!which\b|whom\b|that\b|being\b|\p{L}+ing\b)/giu;
const APPOSITIVE = /,\s+(?=(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:of|to|for|over|against|after)\s)/giu;
// ("The vote came less than a week after …": the interval's own words may stand between.)
const SEQUENCING_END = /\b(?:came|comes|come|happened|happens|took place|takes place|occurred|occurs)(?:\s*,)?(?:\s+(?:just|only|shortly|soon|hours|days|weeks|moments|less|more|than|about|nearly|almost|barely|roughly|exactly|within)){0,3}\s*$/iu;
const SINCE_TIME_END =
  /\b(?:since|until|till|in|from|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})$/u;
/**
 * A time right after the word: a preposition's object, no clause ("since October by protests …", "until Sunday",
 * "since October 2017, when a truck bomb killed 500", "2003, when …"); "after Sunday's strikes killed 25" is one.
 */
const TIME_OBJECT =
  /^(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+(?:year|month|week)|then)\b(?!['’]s)/u;
const BUT = /(?:,\s*|;\s*|\s+)but\s+(?=\p{L})/giu;
const SEMI = /;\s+/gu;

/** The conjunctions SUBORDINATE cannot match without, with its flags (so the same letters fold). */
export const SUBORDINATOR_NEEDLE = /after|before|when|following|since|until|because/iu;
/** The word BUT cannot match without, with its flags. */
const BUT_NEEDLE = /but/iu;

/**
 * Splits the outlet's own statement into the claims a fact-checker would check one by
 * one: clauses joined by "but" or a semicolon, and a subordinate clause or a closing
 * appositive that carries its own figure or its own day ("Hundreds … approached the
 * embassy after American air strikes killed 25 fighters": the death toll is a claim of
 * its own, about other strikes). A clause that only sets the scene ("died when the US
 * bombed bases …") stays with its sentence. Offsets are absolute.
 */
export function splitAssertion(s: Sentence, from: number, to: number, facts: SplitFacts): Array<[number, number]> {
  const quotes = quoteSpans(s.text);
  const inQuote = (abs: number): boolean => quotes.some((q) => abs - s.start > q.open && (q.close < 0 || abs - s.start < q.close));
  const hasVerb = (a: number, b: number): boolean => s.tokens.some((t) => t.start >= a && t.end <= b && (t.pos === 'VERB' || t.pos === 'AUX'));
  const words = (a: number, b: number): number => countWords(s.text, a - s.start, b - s.start);
  const ok = (a: number, b: number): boolean => words(a, b) >= 4 && hasVerb(a, b);
  const slice = (a: number, b: number): string => s.text.slice(a - s.start, b - s.start);

  // `needle` is a cheap regexp `re` cannot match without: a piece without it stays whole.
  const cutAt = (pieces: Array<[number, number]>, re: RegExp, accept: (l: [number, number], r: [number, number]) => boolean, needle?: RegExp): Array<[number, number]> => {
    const out: Array<[number, number]> = [];
    for (const [a, b] of pieces) {
      const seg = slice(a, b);
      if (needle !== undefined && !needle.test(seg)) {
        out.push([a, b]);
        continue;
      }
      let done = false;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while (!done && (m = re.exec(seg)) !== null) {
        const cut = a + m.index;
        if (inQuote(cut)) continue;
        const left: [number, number] = [a, cut];
        const right: [number, number] = [cut + m[0].length, b];
        if (accept(left, right)) {
          out.push(...cutAt([left], re, accept, needle), ...cutAt([right], re, accept, needle));
          done = true;
        }
      }
      if (!done) out.push([a, b]);
    }
    return out;
  };

  let pieces: Array<[number, number]> = [[from, to]];
  pieces = cutAt(pieces, SEMI, (l, r) => ok(...l) && ok(...r));
  pieces = cutAt(pieces, BUT, (l, r) => ok(...l) && ok(...r), BUT_NEEDLE);
  const ownFacts = (l: [number, number], r: [number, number]): boolean => {
    if (!ok(...l) || words(...r) < 4) return false;
    if (facts.figures(slice(...r)) > 0) return true;
    const dl = facts.days(slice(...l));
    const dr = facts.days(slice(...r));
    return dl.length > 0 && dr.length > 0 && !dr.some((d) => dl.includes(d));
  };
  // "The vote on Sunday came after the US killed …": a sequencing verb needs what follows it.
  // "the deadliest attack since October 2017, when a truck bomb killed 500": "since" takes a time, not a
  // clause, and the "when" clause says what that time was; the sentence stays whole.
  // "crashed shortly after takeoff from Tehran, killing all 176": "after" takes a noun there, and the
  // figure after the comma is the main clause's; a subordinate clause has a finite verb before any comma.
  const finiteBeforeComma = (a: number, b: number): boolean => {
    // An age set off by commas ("Keith Scott, 43, was shot") is no clause break.
    const comma = slice(a, b).replace(/,\s*\d{1,3}\s*,?(?=\s)/gu, (m) => ' '.repeat(m.length)).indexOf(',');
    const end = comma < 0 ? b : a + comma;
    return s.tokens.some((t) => t.start >= a && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/iu.test(t.text));
  };
  pieces = cutAt(
    pieces,
    SUBORDINATE,
    // (ownFacts last: it runs the quantity and date extractors; every test here is pure, so the order changes nothing else.)
    (l, r) => finiteBeforeComma(...r) && !SEQUENCING_END.test(slice(...l)) && !TIME_OBJECT.test(slice(...r)) && !SINCE_TIME_END.test(slice(...l)) && ownFacts(l, r),
    SUBORDINATOR_NEEDLE,
  );
  // "…, a faction of Hashd Shaabi, in Iraq and Syria, which killed 25 …": a relative clause after
  // further commas belongs to a noun before the appositive; the appositive is not a claim of its own.
  // "Following a review, the Board proposes to close 14 stores": a subject and its verb, no appositive.
  const verbInHead = (a: number, b: number): boolean => {
    const prep = /\s(?:of|to|for|over|against|after)\s/iu.exec(slice(a, b));
    const end = prep ? a + prep.index : b;
    return s.tokens.some((t) => t.start >= a && t.end <= end && (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ing|ed)$/iu.test(t.text));
  };
  pieces = cutAt(pieces, APPOSITIVE, (l, r) => !verbInHead(...r) && !/,\s*(?:which|who|whom|whose)\b/iu.test(slice(...r)) && ownFacts(l, r));
  return pieces;
}
