/**
 * A byline given apart from the text (an HTML author tag, a record's "byline" or "author"
 * field) as the "By …" line cleaning reads bylines from; null when empty or too long to be one.
 */
export function bylineLine(raw: string | null | undefined): string | null {
  const s = raw?.replace(/\s+/g, ' ').trim();
  if (!s || s.length > 120) return null;
  return /^by\s/i.test(s) ? s : `By ${s}`;
}

/** Whether the first paragraphs already carry the byline's names (the page prints its own byline). */
export function namesBylineNear(paragraphs: readonly string[], byline: string): boolean {
  return paragraphs.slice(0, 3).some((p) => p.includes(byline.slice(3)));
}
