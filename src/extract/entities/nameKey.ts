/**
 * The look-up key of a name: diacritics folded, lower case, periods and apostrophes
 * dropped, hyphens and dashes as spaces. "Kata’ib Hezbollah", "Kataib Hezbollah" and
 * "kata'ib hezbollah" share one key; so do "U.S." and "US", "Abdul-Mahdi" and "Abdul Mahdi".
 */
export function nameKey(name: string): string {
  // Fast path: plain ASCII needs no Unicode folding (most words of English news).
  if (/^[A-Za-z0-9]+$/u.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.]/gu, '')
    .replace(/[\s\-‐‑–—_]+/gu, ' ')
    .trim();
}

/** True for acronyms ("US", "U.S.", "KH", "PMF"): they match only when written in capitals. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s]/gu, '');
  return letters.length <= 6 && /^[\p{Lu}\p{N}]+s?$/u.test(letters) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(letters);
}
