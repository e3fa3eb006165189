import { elementText } from './elementText';

/** Headings of a story's summary list: "What we know", "Key points", "Key Highlights", "At a glance". */
const KEY_HEADING = /^(?:what we know(?: so far)?|(?:the )?key (?:points|facts|highlights|takeaways)|at a glance|highlights|in brief|the latest|summary|the essentials)[:.]?$/iu;
const HEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'span', 'div']);

interface KeyElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<KeyElement>;
}

/** A summary list as the page sets it: its heading and its points, whitespace collapsed. */
export interface KeyPoints {
  heading: string;
  items: string[];
}

/**
 * The page's summary lists ("<h3>What we know</h3><ul><li>…</li></ul>"): a heading of that kind
 * and the list right after it. Readability often drops such a box beside the body; its points are
 * the story's facts, some of them told nowhere else (the day's oil price, a leader's mourning).
 */
export function keyPoints(doc: { querySelectorAll(sel: string): ArrayLike<unknown> }): KeyPoints[] {
  const out: KeyPoints[] = [];
  for (const list of Array.from(doc.querySelectorAll('ul, ol')) as Array<KeyElement & { previousElementSibling: KeyElement | null }>) {
    const before = list.previousElementSibling;
    if (!before || !HEADINGS.has(before.tagName.toLowerCase()) || !KEY_HEADING.test(elementText(before))) continue;
    const items = (Array.from(list.children) as KeyElement[]).filter((li) => li.tagName.toLowerCase() === 'li').map(elementText).filter((t) => t.length >= 20);
    if (items.length > 0) out.push({ heading: elementText(before), items });
  }
  return out;
}
