/** A double-quoted span of text: offsets of the opening and closing marks (close is the mark's index). */
export interface QuoteSpan {
  open: number;
  /** Index of the closing mark; -1 when the quote is never closed. */
  close: number;
}

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "
const APOSTROPHE = 0x27; // '
const BACKTICK = 0x60; // `

/**
 * Pairs double quotation marks, curly or straight (or doubled apostrophes), in one pass. News copy mixes both and
 * sometimes forgets to close a quote at a paragraph end, so an unclosed quote is reported
 * with close -1 rather than swallowing the rest of the text. Single quotes are left out:
 * ’ is also the apostrophe. Reads character codes (every sentence is scanned several times;
 * indexing a string builds a one-character string per character).
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Archive copy writes quotation marks as two apostrophes (''…'') or backticks (``…''): the
    // pair counts as one mark, placed so that open + 1 … close is the quoted text.
    // (Out of range, charCodeAt is NaN, which equals nothing.)
    if ((c === APOSTROPHE || c === BACKTICK) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) !== c && text.charCodeAt(i - 1) !== c) {
      if (openAt < 0) {
        openAt = i + 1;
        i++;
        continue;
      }
      if (c === APOSTROPHE) {
        spans.push({ open: openAt, close: i });
        openAt = -1;
        i++;
        continue;
      }
      c = OPEN;
    }
    if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
    if (openAt < 0) {
      // A stray closing mark with nothing open is ignored.
      if (c === CLOSE) continue;
      openAt = i;
    } else if (c === OPEN) {
      // A second opening mark: the first quote was never closed (typical at a paragraph
      // break inside a long quotation).
      spans.push({ open: openAt, close: -1 });
      openAt = i;
    } else {
      spans.push({ open: openAt, close: i });
      openAt = -1;
    }
  }
  if (openAt >= 0) spans.push({ open: openAt, close: -1 });
  return spans;
}

/** Single-quoted spans in the British headline style (‘big price’): opening ‘ after a non-letter, closing ’ before a non-letter. */
export function singleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // Most sentences have no ‘ at all: skip the scan, which tries the pattern at every character.
  if (!text.includes('‘')) return spans;
  const re = /(^|[^\p{L}\p{N}])‘([^‘’]{1,400}?)’(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const open = m.index + m[1]!.length;
    spans.push({ open, close: open + 1 + m[2]!.length });
  }
  return spans;
}

/**
 * Straight single quotes as British tabloids write them ('slap in the face', 'It is clear …'):
 * an opening ' after a space or punctuation and before a letter, a closing ' after the words
 * and before a non-letter. An apostrophe inside a word ("it's") may stand inside the quotation;
 * one closing a plural possessive ("the soldiers' families") ends it, which is rare in quotes.
 * Callers use these only where the sentence has no double quotation marks.
 */
export function asciiSingleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  if (!text.includes("'")) return spans;
  // One pass from the end: where a quotation opened at each index would stop (a line break, a
  // closing ', or a ' before a digit, which can neither close nor stand inside). Read once per
  // opening, so a paragraph with many openings and no close stays linear (a lazy pattern retried
  // at each opening was quadratic on whole paragraphs).
  const n = text.length;
  const stop = new Int32Array(n + 1).fill(-1);
  for (let j = n - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    stop[j] = c === NEWLINE || (c === APOSTROPHE && !letterAt(text, j + 1)) ? j : stop[j + 1]!;
  }
  let i = 0;
  while (i < n) {
    const at = text.indexOf("'", i);
    if (at < 0) break;
    i = at + 1;
    if (!(at === 0 || OPENS_AFTER.test(text[at - 1]!)) || !letterOrDigitAt(text, at + 1)) continue;
    const end = stop[at + 1]!;
    if (end < 0 || text.charCodeAt(end) !== APOSTROPHE || letterOrDigitAt(text, end + 1)) continue;
    spans.push({ open: at, close: end });
    // The next opening's own lead-in character comes after this close.
    i = end + 2;
  }
  return spans;
}

const NEWLINE = 0x0a;
/** What may stand before an opening straight single quote. */
const OPENS_AFTER = /^[\s(\[—–:,]$/u;
const LETTER = /^\p{L}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A letter (any script, astral too) starts at index `k`. */
function letterAt(text: string, k: number): boolean {
  return k < text.length && LETTER.test(text.slice(k, k + 2));
}

function letterOrDigitAt(text: string, k: number): boolean {
  return k < text.length && LETTER_OR_DIGIT.test(text.slice(k, k + 2));
}
