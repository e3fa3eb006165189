/**
 * The characters String.prototype.trim removes and a regex's \s matches (ECMAScript WhiteSpace
 * and LineTerminator), by character code: for scans that would otherwise slice or run a regex.
 */
export function isTrimSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
