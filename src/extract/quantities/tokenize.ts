/**
 * A word-level tokenizer for the rule-based stages (quantities, dates, events).
 *
 * One linear scan over the string, no regular expressions over the whole input, so a
 * 1 MB sentence without spaces or a run of thousands of digits costs O(n) and never
 * backtracks. A token is a run of letters/digits; an inner connector (' ’ - . , : /)
 * stays inside the token when a letter or digit follows it ("1,000", "5.5", "7:20",
 * "twenty-five", "Kata’ib", "2019-12-29", "U.S"), otherwise it is punctuation.
 */

export type TokenKind = 'word' | 'number' | 'alnum' | 'punct';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  /** number: digits with , . separators only; word: letters (and ' -); alnum: mixed ("5m", "K1", "COVID-19"). */
  kind: TokenKind;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit at `i` (character codes: this runs on every character of every sentence). */
function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // Below Latin-1 letters nothing is a letter; surrogate halves (emoji) are not words.
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** ' ’ - . , : / */
function isConnector(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 44 || c === 58 || c === 47;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || c === 0x2009 || c === 0x202f;
}

const APOSTROPHE = /\u2019/g;

/** The only characters whose lower case changes the length (İ) or hangs on the letters around it (Σ: ς or σ). */
const CONTEXT_CASING = /[\u0130\u03a3]/u;

/**
 * The whole text lower-cased with curly apostrophes folded, when a token's slice of it is what
 * lower-casing the token alone gives (every other character lower-cases to a string of its length,
 * whatever is around it); else null.
 */
function foldedText(text: string): string | null {
  if (CONTEXT_CASING.test(text)) return null;
  const folded = text.toLowerCase().replace(APOSTROPHE, "'");
  return folded.length === text.length ? folded : null;
}

/** A token's lower case, curly apostrophes folded to straight ones. */
function foldToken(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(APOSTROPHE, "'") : lower;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // One lower-casing of the sentence instead of one per token.
  const folded = foldedText(text);
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (isSpace(c0)) {
      i++;
      continue;
    }
    if (isAlnumAt(text, i)) {
      let j = i + 1;
      let digits = 0;
      let letters = 0;
      if (c0 >= 48 && c0 <= 57) digits++;
      else letters++;
      while (j < n) {
        if (isAlnumAt(text, j)) {
          const c = text.charCodeAt(j);
          if (c >= 48 && c <= 57) digits++;
          else letters++;
          j++;
        } else if (isConnector(text.charCodeAt(j)) && j + 1 < n && isAlnumAt(text, j + 1)) j++;
        else break;
      }
      const t = text.slice(i, j);
      const lower = folded !== null ? folded.slice(i, j) : foldToken(t);
      const kind: TokenKind = letters === 0 ? 'number' : digits === 0 ? 'word' : 'alnum';
      tokens.push({ text: t, lower, start: i, end: j, kind });
      i = j;
      continue;
    }
    const ch = text[i]!;
    tokens.push({ text: ch, lower: c0 === 0x2019 ? "'" : ch, start: i, end: i + 1, kind: 'punct' });
    i++;
  }
  return tokens;
}

/**
 * The stages tokenize the same sentence several times (dates, events, quantities), so the
 * last few results are kept. Tokens are shared: callers must not mutate them.
 */
const CACHE_SIZE = 64;
const CACHE_MAX_LENGTH = 20000;
const cache = new Map<string, readonly Token[]>();

export function tokenize(text: string): readonly Token[] {
  if (text.length > CACHE_MAX_LENGTH) return scan(text);
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = scan(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, tokens);
  return tokens;
}

/** True when the tokens from `at` spell `words` (lower case, one word per token). */
export function matchWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[at + k].lower !== words[k]) return false;
  return true;
}

/** The token's text without a trailing possessive ('s, ’s). */
export function stripPossessive(lower: string): { base: string; possessive: boolean } {
  if (lower.endsWith("'s")) return { base: lower.slice(0, -2), possessive: true };
  if (lower.endsWith("s'")) return { base: lower.slice(0, -1), possessive: true };
  return { base: lower, possessive: false };
}
