/** Lines that introduce a list of links to other stories. */
export const RELATED_HEADER = /^(read more|more|related|related (articles?|stories|news|content|coverage|links|posts|reading|topics)|also read|read also|see also|more on this( story| topic)?|more from [\w .]{1,30}|recommended( for you| stories| reading)?|you (may|might) also (like|be interested in|want to read)|further reading|most (read|popular|viewed|shared)|trending( now| stories)?|latest (news|stories)|top stories|more (stories|news|headlines)|more stor(y|ies) (from|in|on) [\w .]{1,30}|editor'?s picks|don'?t miss|popular( now)?|what to read next|read next|read this next|up next)\s?:?$/i;

/** A link to another story on one line: "READ MORE: …", "Also on rt.com Iran slams …". */
export const RELATED_INLINE = /^(read more|also read|read also|related|see also|recommended|more|watch|also see|also on [\w-]+\.[a-z.]{2,6}|read)\s?(:|\u00bb|>|\||[-\u2013\u2014])\s?\S|^also on [\w-]+\.[a-z.]{2,6}\s\S/i;

/** A line in a related-links list: a headline, not a sentence of the story. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 160) return false;
  const words = line.split(/\s+/).length;
  if (words > 22) return false;
  const last = line[line.length - 1]!;
  // "Trump threatens Iraq with sanctions 'like they've never seen' if...": a teaser cut short is a link too.
  if (line.endsWith('...') || last === '\u2026') return true;
  return last !== '.' && last !== ',' && last !== ';';
}

/** A related-links line: one headline, or several set between bars ("Related: A | B | C"). */
export function isLinkLine(line: string): boolean {
  if (isHeadlineLike(line)) return true;
  const items = line.split(/\s[|\u2022\u00b7]\s/u);
  return items.length >= 2 && line.length <= 600 && items.every((item) => isHeadlineLike(item.trim()));
}

/** How many headline-like lines after a related header are dropped at most. */
export const MAX_RELATED_ITEMS = 12;
