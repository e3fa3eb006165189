/** \w of a case-insensitive Unicode regular expression: ASCII letters, digits, _, ſ and the Kelvin sign. */
function isRegexWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

/**
 * Whether `text` holds one of `words` (lower-case ASCII) as a whole word: the same answer as
 * /\b(?:word1|word2|…)\b/iu.test(text), by looking up each run of word characters (a run
 * between two \b is exactly such a word), folded as the regex folds case (ſ is s, K is k).
 */
export function hasRegexWord(text: string, words: ReadonlySet<string>, minLength: number, maxLength: number): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isRegexWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isRegexWordChar(text.charCodeAt(j))) j++;
    if (j - i >= minLength && j - i <= maxLength) {
      let word = text.slice(i, j).toLowerCase();
      if (word.includes('\u017f')) word = word.replace(/\u017f/gu, 's');
      if (words.has(word)) return true;
    }
    i = j;
  }
  return false;
}
