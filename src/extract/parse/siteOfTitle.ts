import { hostNames } from './hostNames';
import { nameLetters } from './spellsHost';

/** What stands between a page's headline and its site's name in a <title>. */
export const TITLE_SEPARATORS = [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: '];

/**
 * The site's name as the page's <title> ends with it ("… | World news | The Guardian"), for a page
 * that declares none in its metadata. Trusted only when the page's address agrees: the name's
 * letters, an initial "The" aside, and the address's host name (without "www." and the domain
 * ending) begin one another ("The Guardian" / theguardian.com, "Al Mayadeen English" /
 * almayadeen.net); a headline's last words are not taken for a site.
 */
export function siteOfTitle(title: string | null, url: string | null, handle: string | null = null): string | null {
  if (title === null || url === null) return null;
  const names = hostNames(url);
  // The site's own account ("@SkyNews" for "Sky News") agrees as its address does.
  const account = handle?.replace(/^@/u, '').toLowerCase().replace(/[^a-z0-9]/gu, '') ?? '';
  if (account.length >= 4) names.push(account);
  if (names.length === 0) return null;
  for (const sep of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = title.slice(at + sep.length).trim();
    if (tail.split(/\s+/u).length > 5) continue;
    if (nameLetters(tail).some((l) => l.length >= 4 && names.some((n) => l.startsWith(n) || n.startsWith(l)))) return tail;
  }
  return null;
}
