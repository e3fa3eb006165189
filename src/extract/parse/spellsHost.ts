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

/** How many letters two names begin with alike ("premiumtimesnigeria" / "premiumtimesng": 13). */
export function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
