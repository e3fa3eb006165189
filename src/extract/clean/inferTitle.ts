const MAX_TITLE = 200;

/**
 * A title from the text when the input had none: the first paragraph if it reads as a
 * headline (short, no full stop), else its first sentence.
 */
export function inferTitle(firstParagraph: string | undefined): string | null {
  if (!firstParagraph) return null;
  return shortenTitle(firstParagraph);
}

/**
 * A title the input gave: kept whole ("Iraq asked us to leave. Threatening it with sanctions is
 * the worst possible answer" is one headline of two sentences), unless it is a paragraph.
 */
export function givenTitle(title: string): string {
  const t = title.trim();
  return t.length <= MAX_TITLE ? t : shortenTitle(t);
}

/** A title that is a whole paragraph (a scraper's header line) cut to its first sentence. */
export function shortenTitle(title: string): string {
  const t = title.trim();
  if (t.length <= MAX_TITLE && !/[.!?]\s+\p{Lu}/u.test(t)) return t;
  const end = firstSentenceEnd(t);
  if (end > 0 && end <= MAX_TITLE * 1.5) return t.slice(0, end).trim();
  if (t.length <= MAX_TITLE) return t;
  const cut = t.lastIndexOf(' ', MAX_TITLE);
  return `${t.slice(0, cut > 40 ? cut : MAX_TITLE).trim()}\u2026`;
}

/** End of the first sentence: a full stop, ! or ? followed by a space and a capital, not after an initial or "Mr". */
function firstSentenceEnd(t: string): number {
  const re = /[.!?]["'\u201d\u2019]?\s+(?=["'\u201c\u2018]?\p{Lu})/gu;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 4), m.index);
    if (/(^|\s)(Mr|Mrs|Ms|Dr|St|Gen|Col|Sgt|Lt|Capt|Rep|Sen|Gov|Prof|U\.S|U\.N|[A-Z])$/.test(before)) continue;
    return m.index + 1 + (m[0].length > 1 && /["'\u201d\u2019]/.test(m[0][1]!) ? 1 : 0);
  }
  return t.length;
}
