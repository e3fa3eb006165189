/** \w of a case-insensitive Unicode regular expression: ASCII letters, digits, _, ſ and the Kelvin sign. */
export function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/** The start of the next run of regex word characters at or after `from` (text.length if none). */
export function regexWordStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isRegexWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the run of regex word characters that starts at `i`. */
export function regexWordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && isRegexWordChar(text.charCodeAt(j))) j++;
  return j;
}

/** text[i, j) case-folded as a case-insensitive Unicode regex folds it (ſ is s; toLowerCase makes K k). */
export function foldRegexWord(text: string, i: number, j: number): string {
  // Most words are already lower-case ASCII: then the slice is the answer. (toLowerCase would return
  // it unchanged, but a slice of a text with curly quotes is a two-byte string, which it folds slowly.)
  if (isLowerAscii(text, i, j)) return text.slice(i, j);
  const word = text.slice(i, j).toLowerCase();
  return word.includes('\u017f') ? word.replace(/\u017f/gu, 's') : word;
}

/** text[i, j) has no upper-case ASCII letter and nothing outside ASCII. */
function isLowerAscii(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * Whether `text` holds one of `words` (lower-case ASCII) as a whole word: the same answer as
 * /\b(?:word1|word2|…)\b/iu.test(text), by looking up each run of word characters (a run
 * between two \b is exactly such a word), folded as the regex folds case (ſ is s, K is k).
 */
export function hasRegexWord(text: string, words: ReadonlySet<string>, minLength: number, maxLength: number): boolean {
  const n = text.length;
  for (let i = regexWordStart(text, 0); i < n; ) {
    const j = regexWordEnd(text, i);
    if (j - i >= minLength && j - i <= maxLength && words.has(foldRegexWord(text, i, j))) return true;
    i = regexWordStart(text, j);
  }
  return false;
}
