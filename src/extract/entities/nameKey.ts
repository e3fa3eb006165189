/**
 * The look-up key of a name: diacritics folded, lower case, periods and apostrophes
 * dropped, hyphens and dashes as spaces. "Kata’ib Hezbollah", "Kataib Hezbollah" and
 * "kata'ib hezbollah" share one key; so do "U.S." and "US", "Abdul-Mahdi" and "Abdul Mahdi".
 */
export function nameKey(name: string): string {
  // Fast path: ASCII needs no Unicode folding (nearly every word of English news).
  const ascii = asciiKey(name);
  if (ascii !== null) return ascii;
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´.]/gu, '')
    .replace(/[\s\-‐‑–—_]+/gu, ' ')
    .trim();
}

/**
 * nameKey for pure ASCII text in one pass (NFKD and mark removal change nothing there):
 * lower case, ' ` . dropped, runs of whitespace, hyphens and underscores as one space,
 * trimmed. Null when the text has any non-ASCII character.
 */
function asciiKey(name: string): string | null {
  let plain = true;
  let upper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) upper = true;
    else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) plain = false;
  }
  // Most words of a sentence are already their own key.
  if (plain) return upper ? name.toLowerCase() : name;
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 39 || c === 96 || c === 46) continue;
    if (c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 95) {
      gap = true;
      continue;
    }
    if (gap && out !== '') out += ' ';
    gap = false;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
  }
  return out;
}

/** True for acronyms ("US", "U.S.", "KH", "PMF"): they match only when written in capitals. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[.\s]/gu, '');
  return letters.length <= 6 && /^[\p{Lu}\p{N}]+s?$/u.test(letters) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(letters);
}
