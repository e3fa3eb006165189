/** Non-ASCII characters that are certainly separators (quotes, dashes, spaces), so the slow Unicode test is skipped for them. */
const COMMON_SEPARATORS = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022, 0x00b7, 0x00ab, 0x00bb, 0x00a0]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Comparison key for spotting repeated lines: case, punctuation, quote style and
 * spacing ignored ("…obstructed by smoke" and "…obstructed by smoke." are the same line):
 * the runs of letters and digits, joined by single spaces, lower-cased.
 * A hand-written scan: this runs on every paragraph and a Unicode regex replace was the
 * single largest cost of cleaning. Words already one space apart are copied as one stretch
 * (a slice per word was most of the remaining cost).
 */
export function dedupeKey(s: string): string {
  let key = '';
  // The stretch s[from, to): words with single spaces between them, not yet added to the key.
  let from = -1;
  let to = -1;
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isKeyChar(s, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isKeyChar(s, i)) i++;
    if (from !== -1 && start === to + 1 && s.charCodeAt(to) === 32) {
      to = i;
    } else {
      if (from !== -1) key = key === '' ? s.slice(from, to) : `${key} ${s.slice(from, to)}`;
      from = start;
      to = i;
    }
  }
  if (from !== -1) key = key === '' ? s.slice(from, to) : `${key} ${s.slice(from, to)}`;
  return key.toLowerCase();
}

/** s[i] belongs to a word of the key: a letter or a digit (either half of a surrogate pair counts, keeping astral characters whole). */
function isKeyChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (COMMON_SEPARATORS.has(c)) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER_OR_DIGIT.test(s[i]!);
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
