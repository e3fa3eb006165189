import { isBmpLetterOrDigit, LETTER_OR_DIGIT } from './isBmpLetterOrDigit';

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
      word = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else word = isBmpLetterOrDigit(c);
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The runs of letters and digits of `text` joined by single spaces, and how many there are:
 * the same as `words.join(' ')` and `words.length` for `words = text.match(/[\p{L}\p{N}]+/gu) ?? []`,
 * in one pass (every sentence gets a repeat-detection key).
 */
export function joinWords(text: string): { joined: string; count: number } {
  let joined = '';
  let count = 0;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let width = 1;
    if (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(text.charCodeAt(i + 1))) {
        word = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
        width = 2;
      } else word = isBmpLetterOrDigit(c);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      joined = count === 0 ? text.slice(start, i) : `${joined} ${text.slice(start, i)}`;
      count++;
      start = -1;
    }
    i += width - 1;
  }
  return { joined, count };
}

