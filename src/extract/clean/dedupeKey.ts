/**
 * Comparison key for spotting repeated lines: case, punctuation, quote style and
 * spacing ignored ("…obstructed by smoke" and "…obstructed by smoke." are the same line).
 */
export function dedupeKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
