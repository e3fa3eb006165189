import { foldRegexWord, isRegexWordChar } from '../segment/hasRegexWord';
import { isTrimSpace } from '../segment/whiteSpace';

/**
 * Text before a reporting verb that makes it passive, infinitive or negated ("was told",
 * "is widely reported", "to say", "not said"): the definition, as a regular expression.
 */
export const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|to|not|never|n't|cannot|can't|won't|would|could|should|might|may|must|will|did|do|does)\s+(?:[\p{L}]+ly\s+)?$|\b(?:to|not|never)\s*$/iu;

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'not', 'never', 'cannot', 'would', 'could', 'should', 'might', 'may', 'must', 'will', 'did', 'do', 'does']);
const BARE = new Set(['to', 'not', 'never']);
const LETTER = /^\p{L}$/u;


/** Start of the run of word characters that ends at `end` (exclusive). */
function runStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isRegexWordChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/** An auxiliary of PASSIVE_BEFORE ends exactly at `end`, after a word boundary. */
function auxiliaryEndsAt(text: string, end: number): boolean {
  const start = runStart(text, end);
  if (start === end) return false;
  const word = foldRegexWord(text, start, end);
  if (AUXILIARIES.has(word)) return true;
  // n't, can't, won't: the run is the "t" after an apostrophe.
  if (word !== 't' || start < 2 || text.charCodeAt(start - 1) !== 39) return false;
  const headStart = runStart(text, start - 1);
  const head = foldRegexWord(text, headStart, start - 1);
  return head === 'n' || head === 'can' || head === 'won';
}

/**
 * PASSIVE_BEFORE.test(text), read backwards from the end: the regex ends in $, and tried at
 * every position of a long sentence prefix it was the costliest pattern of attribution.
 */
export function endsWithAuxiliary(text: string): boolean {
  let end = text.length;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  const trailing = text.length - end;
  // "to", "not", "never" with or without spaces after them.
  const start = runStart(text, end);
  if (start < end && BARE.has(foldRegexWord(text, start, end))) return true;
  if (trailing === 0) return false;
  // An auxiliary, spaces, the end.
  if (auxiliaryEndsAt(text, end)) return true;
  // An auxiliary, spaces, an adverb in -ly, spaces, the end.
  let advStart = end;
  while (advStart > 0 && !isTrimSpace(text.charCodeAt(advStart - 1))) advStart--;
  const adverb = text.slice(advStart, end);
  if (adverb.length < 3 || !/ly$/iu.test(adverb) || !isLetters(adverb)) return false;
  let auxEnd = advStart;
  while (auxEnd > 0 && isTrimSpace(text.charCodeAt(auxEnd - 1))) auxEnd--;
  return auxEnd < advStart && auxiliaryEndsAt(text, auxEnd);
}

function isLetters(s: string): boolean {
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 128 || !LETTER.test(ch)) return false;
  }
  return true;
}

/** "Theresa May said", "Mrs May said", "May said": a capitalised "May" after a name or opening the clause is the surname, not the modal. */
const SURNAME_MAY = /(?:^|[\p{Lu}][\p{L}'’.-]*\s+)May\s*$/u;

/** The text before a reporting verb makes it passive, infinitive or negated (endsWithAuxiliary), unless its "May" is a name. */
export function auxiliaryBeforeCue(text: string): boolean {
  return endsWithAuxiliary(text) && !SURNAME_MAY.test(text);
}
