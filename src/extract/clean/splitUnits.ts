import { MENU_WORDS } from './rules/boilerplateRules';
/** Longest unit examined line by line; a longer "line" is split at sentence ends first. */
const MAX_UNIT_CHARS = 20_000;

/**
 * The body as candidate paragraphs ("units"). Blank lines separate paragraphs; inside
 * a block each line is its own unit (scraped pages put captions, bylines and timestamps
 * on lines of their own) unless it plainly continues the previous line: a line that
 * starts in lower case after one that does not end a sentence is a hard wrap.
 * Whitespace is collapsed and list bullets dropped.
 */
export function splitUnits(body: string): string[] {
  const units: string[] = [];
  let current: string | null = null;
  const push = (): void => {
    if (current !== null && current !== '') {
      for (const piece of splitOverlong(current)) units.push(piece);
    }
    current = null;
  };
  let pos = 0;
  while (pos <= body.length) {
    let end = body.indexOf('\n', pos);
    if (end === -1) end = body.length;
    const line = tidy(body.slice(pos, end));
    pos = end + 1;
    if (line === '') {
      push();
    } else if (current !== null && continues(current, line)) {
      current += ' ' + line;
    } else {
      push();
      current = line;
    }
    if (end === body.length) break;
  }
  push();
  return units;
}

/**
 * A folded space other than the plain space, or a plain space followed by any folded space
 * (the spaces tidy() folds: space, tab, no-break, the U+2000 block to zero-width, narrow,
 * math and ideographic).
 */
const FOLDABLE = /[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]| [ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

/**
 * True when folding space runs would change the line (most lines have only single plain spaces).
 * A regex scan: ~2.5x cheaper than a loop over the characters of the line, which is a slice of the body.
 */
function needsSpaceFold(line: string): boolean {
  return FOLDABLE.test(line);
}

function tidy(line: string): string {
  // "News  Weather  Traffic  KSAT Explains  Live": a menu set out with runs of spaces (two of its
  // items menu words at least) keeps its items apart as a strip between bars, which the furniture
  // rules read; folded, it would read as prose.
  if (line.length <= 200 && line.includes('  ')) {
    // ("The New Arab  |  News  Opinion": a bar set among the items is a separator, not an item.)
    const items = line.trim().split(/[ \t\u00a0]{2,}/u).filter((x) => x !== '|');
    if (
      items.length >= 3 &&
      items.every((x) => x.length <= 25 && x.split(' ').length <= 3 && /^[\p{Lu}\d]/u.test(x) && !/[.!?:]$/u.test(x.replace(/(?:\p{Lu}\.)+$/u, ''))) &&
      items.filter((x) => x.toLowerCase().split(' ').some((w) => MENU_WORDS.has(w.replace(/[^\p{L}]/gu, '')))).length >= 2
    ) {
      return items.join(' | ');
    }
  }
  let s = (needsSpaceFold(line) ? line.replace(/[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ') : line).trim();
  // "• text", "- text", "* text": keep the text, not the bullet.
  if (s.length > 2 && '•·▪◦‣*-–'.includes(s[0]!) && s[1] === ' ') s = s.slice(2).trim();
  return s;
}

function continues(prev: string, line: string): boolean {
  const last = prev[prev.length - 1]!;
  if ('.!?:;"\u201d\u2019\u2026)'.includes(last)) return false;
  const first = line[0]!;
  return first !== first.toUpperCase() && first === first.toLowerCase() && /\p{Ll}/u.test(first);
}

/** A megabyte "paragraph" is cut at sentence ends (or hard) so that no rule sees an unbounded line. */
function splitOverlong(s: string): string[] {
  if (s.length <= MAX_UNIT_CHARS) return [s];
  const out: string[] = [];
  let start = 0;
  while (s.length - start > MAX_UNIT_CHARS) {
    const window = s.slice(start, start + MAX_UNIT_CHARS);
    const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    const len = cut > MAX_UNIT_CHARS / 2 ? cut + 1 : MAX_UNIT_CHARS;
    out.push(s.slice(start, start + len).trim());
    start += len;
  }
  const rest = s.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out.filter((x) => x !== '');
}
