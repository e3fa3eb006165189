const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * How many runs of letters and digits text[from, to) holds: the same count as
 * `(text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length`, without building the
 * slice and the array of words (claim stages count words of every sentence and clause).
 */
export function countWords(text: string, start = 0, end = text.length): number {
  // Bounds as String.prototype.slice reads them (negative counts from the end).
  const from = start < 0 ? Math.max(text.length + start, 0) : Math.min(start, text.length);
  const to = end < 0 ? Math.max(text.length + end, 0) : Math.min(end, text.length);
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point, as the u flag reads it.
      word = WORD_CHAR.test(text.slice(i, i + 2));
      i++;
    } else word = WORD_CHAR.test(text[i]!);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
