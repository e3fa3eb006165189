import { hostNames, siteDomain } from '../parse/hostNames';
import { lookupAgencyByLetters } from './agencyNames';

/**
 * The outlet a page's address names, for a page that declares none: the known outlet or agency
 * whose name the host spells ("nbcnews.com": NBC News, "apnews.com": Associated Press), else the
 * site's domain as written ("ndtv.com"). A page NDTV runs from AFP is NDTV's page, whatever its
 * byline credits; null without an address.
 */
export function siteOfAddress(url: string | null): string | null {
  if (url === null) return null;
  for (const letters of hostNames(url)) {
    const entry = lookupAgencyByLetters(letters);
    if (entry) return entry.name;
  }
  return siteDomain(url);
}
