/** One code point (a surrogate pair too) that is a letter or digit. */
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the Basic Multilingual Plane already classified: letter or digit (1), not (2); 0 = not yet asked. */
const known = new Uint8Array(0x10000);

/**
 * Whether the code unit `c` (one character of the Basic Multilingual Plane, a lone surrogate
 * included) is a letter or digit as /[\p{L}\p{N}]/u reads it. Each code unit is asked of the
 * regular expression once: word counting and tokenising meet curly quotes and dashes in every
 * sentence, and a one-character string and a regexp test per meeting cost more than the rest.
 */
export function isBmpLetterOrDigit(c: number): boolean {
  let k = known[c]!;
  if (k === 0) known[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
