/** Non-ASCII characters that are certainly separators (quotes, dashes, spaces), so the slow Unicode test is skipped for them. */
const COMMON_SEPARATORS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022, 0x00b7, 0x00ab, 0x00bb, 0x00a0]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Comparison key for spotting repeated lines: case, punctuation, quote style and
 * spacing ignored ("…obstructed by smoke" and "…obstructed by smoke." are the same line).
 * A hand-written scan: this runs on every paragraph and a Unicode regex replace was the
 * single largest cost of cleaning.
 */
export function dedupeKey(s: string): string {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else if (COMMON_SEPARATORS.has(c)) word = false;
    else if (c >= 0xd800 && c <= 0xdfff) word = true; // surrogate halves: keep astral characters whole
    else word = LETTER_OR_DIGIT.test(s[i]!);
    if (word) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      words.push(s.slice(start, i));
      start = -1;
    }
  }
  return words.join(' ').toLowerCase();
}

/** "X.X" or "X X" (a line glued to a copy of itself, as revision diffs and alt texts do) -> "X"; else null. */
export function undoubled(s: string): string | null {
  const n = s.length;
  if (n < 20) return null;
  const half = Math.floor(n / 2);
  if (n % 2 === 0 && s.slice(0, half) === s.slice(half)) return s.slice(0, half);
  if (n % 2 === 1 && /\s/.test(s[half]!) && s.slice(0, half) === s.slice(half + 1)) return s.slice(0, half);
  return null;
}
