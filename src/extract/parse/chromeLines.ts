import { furnitureElements, type AttributedNode } from './htmlBoilerplate';
import { elementText } from './elementText';

/** A line of chrome this long or longer is a paragraph of text, not a credit or a note. */
const MAX_CHROME_LINE = 300;
/** Elements a credit line sits in. */
const LINE_ELEMENTS: ReadonlySet<string> = new Set(['p', 'li', 'div', 'span', 'small', 'address', 'footer', 'dd', 'em', 'i', 'b', 'strong', 'time', 'cite']);
/** Ancestors whose lines belong to something else: a photo's credit ("AFP") is not the copy's, a tweet's signature is the tweet's. */
const OTHER_OWNERS: ReadonlySet<string> = new Set(['figure', 'figcaption', 'picture', 'blockquote', 'table', 'amp-twitter', 'amp-img']);
/** Children that keep a line one line ("Author <a>Jan Brenner</a> (with AFP)"). */
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(['a', 'abbr', 'b', 'cite', 'em', 'i', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'br']);

interface ChromeElement extends AttributedNode {
  textContent: string | null;
  parentElement: ChromeElement | null;
  children: ArrayLike<ChromeElement>;
}

/**
 * The short lines of an article's own element (`<article>`, else `<main>`) as the page printed
 * them: an author list with the agencies it drew on ("Author Jan Brenner, Lisa Okafor (with AFP,
 * Reuters, dpa, AP)"), a source line in the article's footer ("Source: Al Jazeera and news
 * agencies"), an update note. Readability leaves such lines out of the main text; cleaning reads
 * them for the page's byline, credits and notes only, never for claims. Lines inside furniture
 * (related lists, share bars, asides) are not read: a teaser's "By …" is another story's.
 * Taken before the furniture is dropped, since a footer is furniture to the main text; `furniture`
 * is the page's furniture elements (isBoilerplateNode), found once for this and for dropping them.
 */
export function chromeLines(doc: { querySelector(sel: string): unknown; querySelectorAll(sel: string): ArrayLike<unknown> }, furniture: ReadonlySet<unknown> = furnitureElements(doc)): string[] {
  const root = (doc.querySelector('article') ?? doc.querySelector('main')) as (ChromeElement & { querySelectorAll(sel: string): ArrayLike<ChromeElement> }) | null;
  if (root === null) return [];
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!LINE_ELEMENTS.has(el.tagName.toLowerCase())) continue;
    if (!Array.from(el.children).every((c) => INLINE_ELEMENTS.has(c.tagName.toLowerCase()))) continue;
    // An inline element inside a line element is part of that line, not a line of its own.
    const parent = el.parentElement;
    if (parent !== null && parent !== root && INLINE_ELEMENTS.has(el.tagName.toLowerCase()) && LINE_ELEMENTS.has(parent.tagName.toLowerCase())) continue;
    const text = elementText(el);
    if (text.length < 4 || text.length >= MAX_CHROME_LINE || seen.has(text)) continue;
    if (insideFurniture(el, root, furniture)) continue;
    seen.add(text);
    lines.push(text);
  }
  return lines;
}

/**
 * Whether `el` or an ancestor below `root` is furniture other than a footer (an article's footer
 * holds its credit), or a photo, a quoted post or a table, whose lines are theirs.
 */
function insideFurniture(el: ChromeElement, root: ChromeElement, furniture: ReadonlySet<unknown>): boolean {
  for (let e: ChromeElement | null = el; e !== null && e !== root; e = e.parentElement) {
    const name = e.tagName.toLowerCase();
    if (OTHER_OWNERS.has(name)) return true;
    if (name !== 'footer' && furniture.has(e)) return true;
  }
  return false;
}
