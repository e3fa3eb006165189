/**
 * Text a fixed-width sender broke into lines (an e-mail, a PDF copied out, a wire feed, pandoc's
 * Markdown at 72 columns) has its sentences cut at every line end, and the pipeline reads a line
 * as a paragraph: "…said on Monday that the" / "US air strikes … had killed 25". Such a text is
 * recognised by its lines (almost none longer than a terminal's width, many of the long ones
 * stopping mid-sentence with a line following) and its lines are joined back into paragraphs.
 * A text with a paragraph per line is left as it is: its paragraphs run past the width.
 */

/** Widest line a wrapping sender makes; a text with many longer lines is not wrapped. */
const MAX_WIDTH = 100;
/** Lines shorter than this say nothing of the width (headlines, bylines, furniture). */
const MIN_LONG = 40;
const ENDS_SENTENCE = /[.!?:;"”’')\]]$/u;
/** A line that opens a structure of its own: a list item, a heading, a table row, an image. */
const OPENS_BLOCK = /^(?:[-*+•]\s|#{1,6}\s|\||!\[|\d{1,3}[.)]\s|[A-Z][A-Z.'’ -]{1,40}:(?:\s|$))/u;
/** First parts kept with their hyphen when a word is broken after them ("anti-\naircraft"). */
const KEEP_HEADS = new Set(['anti', 'pro', 'non', 'self', 'ex', 'well', 'all', 'half', 'cross', 'long', 'short', 'high', 'low', 'full', 'co', 'multi', 'semi', 'so']);
/** Second parts that make a compound rather than finish a word ("Iran-\nbacked", "long-\nterm"). */
const KEEP_TAILS = new Set([
  'backed', 'based', 'led', 'run', 'owned', 'made', 'linked', 'allied', 'aligned', 'affiliated', 'funded', 'known', 'term', 'range',
  'style', 'like', 'level', 'year', 'old', 'wide', 'scale', 'time', 'year-old', 'up', 'off', 'out', 'in', 'on', 'over',
  'general', 'in-chief', 'ranking', 'minded', 'long', 'day', 'week', 'month', 'hour', 'speaking', 'majority', 'state', 'party',
]);

export function unwrapLines(text: string): string {
  if (text.length < 200 || text.indexOf('\n') === -1) return text;
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  if (width === null) return text;
  const full = Math.floor(width * 0.6);
  // Whether a capitalised word broken at a hyphen stands alone elsewhere in the text ("Iran-" of
  // "Iran-\nbacked" does, "Mobi-" of "Mobi-\nlisation" does not): read once, when first asked.
  let words: Set<string> | null = null;
  const standsAlone = (w: string): boolean => (words ??= new Set(text.match(/\p{L}+(?!\p{L}|-\r?\n)/gu) ?? [])).has(w);
  const out: string[] = [];
  // The open paragraph: its pieces, joined once when it closes (a string grown line by line and read
  // at each line would be copied whole each time), and its last characters, where a broken word ends.
  let cur: string[] | null = null;
  let end = '';
  // The length of the last line the sender made: only it tells whether it was broken for want of room.
  let tail = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (cur !== null && (tail >= full || OPEN_END.test(end)) && carriesOn(cur[0]!, line)) {
      end = joinLine(cur, end, line, standsAlone);
    } else {
      if (cur !== null) out.push(cur.join(''));
      cur = [line];
      end = line.slice(-END_CHARS);
    }
    tail = line.length;
  }
  if (cur !== null) out.push(cur.join(''));
  return out.join('\n');
}

/** The width the text was wrapped at, or null when it was not wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  return measuredWidth(lines, MIN_LONG, MAX_WIDTH, 4) ?? measuredWidth(lines, NARROW_MIN_LONG, NARROW_MAX_WIDTH, 8);
}

/** A newspaper column copied out of a PDF is wrapped narrower, at 30–45 characters; more of its lines must show it. */
const NARROW_MIN_LONG = 24;
const NARROW_MAX_WIDTH = 60;

function measuredWidth(lines: readonly string[], minLong: number, maxWidth: number, minLines: number): number | null {
  let long = 0;
  let over = 0;
  let broken = 0;
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.length < minLong) continue;
    long++;
    if (line.length > maxWidth) {
      over++;
      continue;
    }
    if (line.length > width) width = line.length;
    const next = lines[i + 1];
    if (next !== undefined && next.trim() !== '' && !ENDS_SENTENCE.test(line) && !OPENS_BLOCK.test(next.trimStart())) broken++;
  }
  if (long < minLines || over > long * 0.1 || broken < 3 || broken < (long - over) * 0.35) return null;
  return width;
}

/** True when the line `next` carries on the paragraph that opened with `first` (whose last line was full). */
function carriesOn(first: string, next: string): boolean {
  const start = next.trimStart();
  // A heading or a table row is one line, however long.
  if (start === '' || /^(?:#{1,6}\s|\|)/u.test(first)) return false;
  if (start.startsWith('>')) return first.startsWith('>');
  return !OPENS_BLOCK.test(start);
}

/** A line that ends on a word no sentence or headline ends with ("…top general in" / "Baghdad strike") was cut short, however short it is. */
const OPEN_END = /\s(?:a|an|the|of|in|on|at|to|for|from|with|by|and|or|but|as|after|over|into|than|that|its|their|his|her)$/u;

/** How much of a paragraph's end is kept to find a word broken at a hyphen. */
const END_CHARS = 40;

/**
 * Appends `next` to the paragraph's pieces as one line with it; a word broken at a hyphen is
 * mended unless it is a compound. Returns the paragraph's new last characters.
 */
function joinLine(pieces: string[], end: string, next: string, standsAlone: (word: string) => boolean): string {
  let start = next.trimStart();
  if (start.startsWith('>')) start = start.replace(/^>\s?/u, '');
  const hyphen = end.endsWith('-') ? /([A-Za-z]+)-$/u.exec(end) : null;
  const word = /^[a-z]+(?:-[a-z]+)?/u.exec(start);
  let piece = ` ${start}`;
  let kept = end;
  if (hyphen !== null && word !== null) {
    const head = hyphen[1]!;
    const compound = (/^[A-Z]/u.test(head) && standsAlone(head)) || KEEP_HEADS.has(head.toLowerCase()) || KEEP_TAILS.has(word[0]);
    piece = start;
    if (!compound) {
      // The hyphen ends the last piece: it goes.
      const last = pieces.length - 1;
      pieces[last] = pieces[last]!.slice(0, -1);
      kept = end.slice(0, -1);
    }
  }
  pieces.push(piece);
  return (kept + piece).slice(-END_CHARS);
}
