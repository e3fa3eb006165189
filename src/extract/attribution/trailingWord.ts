import { foldRegexWord, isRegexWordChar } from '../segment/hasRegexWord';
import { isTrimSpace } from '../segment/whiteSpace';

/** The end of `text` without its trailing white space: where /\s*$/ starts. */
export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Where `text` ends in one of `words` (lower-case ASCII) and white space, or -1: the index at
 * which /\b(?:word1|word2|…)\s*$/iu matches, without trying the regex at every offset. Only the
 * last run of word characters can be such a word (\b before it); it is folded as the regex
 * folds case (ſ is s, K is k).
 */
export function trailingWordAt(text: string, words: ReadonlySet<string>): number {
  const end = trimmedEnd(text);
  let i = end;
  while (i > 0 && isRegexWordChar(text.charCodeAt(i - 1))) i--;
  return i < end && words.has(foldRegexWord(text, i, end)) ? i : -1;
}

/** The last run of non-space characters of `text`, before its trailing white space. */
export function lastSpaceDelimited(text: string): string {
  const end = trimmedEnd(text);
  let i = end;
  while (i > 0 && !isTrimSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}
