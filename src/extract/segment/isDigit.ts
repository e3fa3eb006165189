/** An ASCII digit's character code (read with charCodeAt; NaN, out of range, is none). */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
