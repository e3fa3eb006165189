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

const CONNECTORS = new Set(["'", '\u2019', '-', '.', ',', ':', '/']);

function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(ch);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\u2009' || ch === '\u202f';
}

function classify(text: string): TokenKind {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (!CONNECTORS.has(text[i])) letters++;
  }
  if (letters === 0 && digits > 0) return 'number';
  if (digits === 0) return 'word';
  return 'alnum';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (isAlnum(ch)) {
      let j = i + 1;
      while (j < n) {
        if (isAlnum(text[j])) j++;
        else if (CONNECTORS.has(text[j]) && j + 1 < n && isAlnum(text[j + 1])) j += 2;
        else break;
      }
      const t = text.slice(i, j);
      tokens.push({ text: t, lower: t.toLowerCase().replace(/\u2019/g, "'"), start: i, end: j, kind: classify(t) });
      i = j;
      continue;
    }
    tokens.push({ text: ch, lower: ch === '\u2019' ? "'" : ch, start: i, end: i + 1, kind: 'punct' });
    i++;
  }
  return tokens;
}

/** True when the tokens from `at` spell `words` (lower case, one word per token). */
export function matchWords(tokens: Token[], at: number, words: readonly string[]): boolean {
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
