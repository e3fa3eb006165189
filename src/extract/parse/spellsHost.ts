/**
 * Whether a name's letters (lower case, letters and digits only) spell a site's host name
 * ("reuters" for reuters.com): the same, a short form of it, or it with a few letters more
 * ("theguardianuk"); not a longer name that merely begins with it ("theconversationarticlesuk").
 */
export function spellsHost(letters: string, host: string): boolean {
  if (letters === host) return true;
  if (letters.length < 4) return false;
  return host.startsWith(letters) || (letters.startsWith(host) && letters.length - host.length <= 3);
}

/**
 * A name's letters as they are compared with host names: lower case, letters and digits only,
 * with and without a leading "the" ("The Guardian" -> "theguardian", "guardian").
 */
export function nameLetters(name: string): [string, string] {
  const letters = name.toLowerCase().replace(/[^a-z0-9]/gu, '');
  return [letters, letters.replace(/^the/u, '')];
}

/** A name whose letters run through all but the host's last two and add a few ("premiumtimesnigeria" / premiumtimesng). */
export function nearlySpellsHost(letters: string, host: string): boolean {
  const shared = sharedStart(letters, host);
  return host.length >= 6 && shared >= host.length - 2 && letters.length - shared <= 6;
}

/** How many letters two names begin with alike ("premiumtimesnigeria" / "premiumtimesng": 13). */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
