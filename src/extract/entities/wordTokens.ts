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
    if (w.endsWith('.') && !ABBREV.test(w)) w = w.replace(/\.+$/u, '');
    let possessive = false;
    if (/['’]s$/u.test(w) && w.length > 2) {
      w = w.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/u.test(w)) {
      w = w.slice(0, -1);
      possessive = true;
    }
    w = w.replace(/['’]+$/u, '');
    if (w === '') continue;
    const gap = text.slice(prevEnd, from);
    out.push({
      start: base + from,
      end: base + from + w.length,
      text: w,
      key: nameKey(w),
      possessive,
      cap: /^[\p{Lu}\p{N}]/u.test(w),
      joined: out.length > 0 && /^\s+$/u.test(gap),
    });
    prevEnd = from + m[0].length;
  }
  return out;
}
