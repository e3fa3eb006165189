import { nameKey } from './nameKey';
import { isBmpLetterOrDigit, LETTER_OR_DIGIT } from '../segment/isBmpLetterOrDigit';

/** A word of a sentence for name matching ("U.S.", "al-Muhandis", "Kata’ib"), possessive ’s split off. */
export interface WordToken {
  /** Absolute offsets of the word without its possessive ending. */
  start: number;
  end: number;
  text: string;
  key: string;
  possessive: boolean;
  /** Starts with a capital letter or a digit. */
  cap: boolean;
  /** Only spaces separate it from the previous word (no comma, quote or bracket). */
  joined: boolean;
}

const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑]\p{Lu}/u;
const ABBREV = /^(?:(?:\p{L}\.){2,}|\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Brig|St|Jr|Sr|Prof|Rev|No)\.)$/u;

/** Splits text into words with offsets (absolute: `base` is the text's offset in the article). */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  const n = text.length;
  let from = 0;
  while (from < n) {
    const first = wordCharAt(text, from);
    if (first === 0) {
      from += codeUnitsAt(text, from);
      continue;
    }
    const to = wordEnd(text, from + first);
    let w = text.slice(from, to);
    // Cheap character checks first: this runs on every word of every sentence.
    if (w.charCodeAt(w.length - 1) === 46 /* . */ && !ABBREV.test(w)) w = w.replace(/\.+$/u, '');
    let possessive = false;
    const last = w[w.length - 1];
    if (last === 's' && w.length > 2 && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) {
      w = w.slice(0, -2);
      possessive = true;
    } else if ((last === "'" || last === '’') && w[w.length - 2] === 's') {
      w = w.slice(0, -1);
      possessive = true;
    }
    const end = w.charCodeAt(w.length - 1);
    if (end === 39 || end === 0x2019) w = w.replace(/['’]+$/u, '');
    if (w !== '') {
      const c = w.charCodeAt(0);
      // "al-Askari", "el-Sisi": an Arabic article before a capitalised name is part of the name.
      const cap = (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(w)) || (c === 97 || c === 101 ? ARTICLE_NAME.test(w) : false);
      out.push({
        start: base + from,
        end: base + from + w.length,
        text: w,
        key: nameKey(w),
        possessive,
        cap,
        joined: out.length > 0 && from > prevEnd && isSpaces(text, prevEnd, from),
      });
      prevEnd = to;
    }
    from = to;
  }
  return out;
}

/** Code units of the character at i: 2 for a surrogate pair, else 1. */
function codeUnitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** The length in code units of the letter or digit (\p{L}\p{N}) at i, 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const units = codeUnitsAt(text, i);
  if (units === 2) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return isBmpLetterOrDigit(c) ? 1 : 0;
}

/**
 * A word is a letter or digit, then letters, digits, ' ’ . & and hyphens (- ‐ ‑) that a
 * letter or digit follows; letters and digits are \p{L} and \p{N}. `wordEnd` reads it with
 * character codes: the regular expression with Unicode classes it replaces cost more
 * than the rest of the tokenizer. Where the word whose body continues at i ends.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 46 || c === 38) {
      i++;
      continue;
    }
    if (c === 45 || c === 0x2010 || c === 0x2011) {
      if (i + 1 < n && wordCharAt(text, i + 1) > 0) {
        i++;
        continue;
      }
      return i;
    }
    const units = wordCharAt(text, i);
    if (units === 0) return i;
    i += units;
  }
  return i;
}

function isSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}
