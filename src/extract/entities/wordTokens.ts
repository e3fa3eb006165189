import { nameKey } from './nameKey';

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

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.&]|[-‐‑](?=[\p{L}\p{N}]))*/gu;
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|an)[-‐‑]\p{Lu}/u;
const ABBREV = /^(?:(?:\p{L}\.){2,}|\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Brig|St|Jr|Sr|Prof|Rev|No)\.)$/u;

/** Splits text into words with offsets (absolute: `base` is the text's offset in the article). */
export function wordTokens(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let w = m[0];
    const from = m.index;
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
    if (w.endsWith("'") || w.endsWith('’')) w = w.replace(/['’]+$/u, '');
    if (w === '') continue;
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
    prevEnd = from + m[0].length;
  }
  return out;
}

function isSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}
