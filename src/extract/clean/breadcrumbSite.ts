import { lookupAgency } from './agencyNames';

/** Between the items of a trail: "The Scotsman > News > World", "Times of India | World | US News". */
const TRAIL_MARK = /\s+(?:>|›|»|\|)\s+/u;
/** An item: one to five words in title case ("US News", "Middle East"), no figure and no sentence mark. */
const ITEM = /^(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|&)){0,4}$/u;
/** Last words of a newspaper's, a broadcaster's or a site's name ("Morocco World News", "Gulf Today"). */
const OUTLET_WORDS = new Set([
  'times', 'news', 'post', 'herald', 'tribune', 'journal', 'gazette', 'monitor', 'observer', 'telegraph', 'independent', 'star',
  'standard', 'express', 'mail', 'mirror', 'scotsman', 'chronicle', 'guardian', 'daily', 'today', 'week', 'weekly', 'online',
  'radio', 'tv', 'television', 'network', 'press', 'review', 'sun', 'examiner', 'courier', 'dispatch', 'bulletin', 'record',
]);

/**
 * The site a page's trail of sections names first, when the page has no other word of its outlet
 * ("The Scotsman > News > World" above a plain text's headline): a known outlet, or a name whose
 * words say it is one ("Times of India", "Morocco World News"). Null for any other line, and for a
 * menu ("Home | World | Politics").
 */
export function breadcrumbSite(line: string): string | null {
  if (line.length > 120) return null;
  const items = line.trim().split(TRAIL_MARK);
  if (items.length < 2 || !items.every((x) => ITEM.test(x))) return null;
  const first = items[0]!;
  const known = lookupAgency(first);
  if (known?.type === 'outlet') return known.name;
  if (known !== null) return null;
  const words = first.toLowerCase().split(/\s+/u);
  return words.some((w) => OUTLET_WORDS.has(w)) || (words[0] === 'the' && words.length <= 3) ? first : null;
}
