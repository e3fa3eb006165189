/**
 * The characters a match of `pattern` can start with, when the pattern says so plainly: it is
 * anchored at the start (`^`, no `m` flag, no other branch) and opens with a letter, or with a
 * group each of whose branches opens with a letter, none of them optional. Null when the pattern
 * opens any other way (the caller then tests every line). With the `i` flag a letter stands for
 * both its cases, and with `u` as well "s" for "ſ" and "k" for the Kelvin sign, which fold to them.
 */
export function firstChars(pattern: RegExp): string | null {
  if (pattern.multiline || !pattern.source.startsWith('^')) return null;
  const src = pattern.source.slice(1);
  const top = branches(src);
  if (top === null || top.length !== 1) return null;
  const letters = openingLetters(src);
  if (letters === null) return null;
  let out = '';
  for (const c of letters) {
    out += pattern.ignoreCase ? c.toLowerCase() + c.toUpperCase() : c;
    if (pattern.ignoreCase && pattern.unicode && (c === 's' || c === 'S')) out += '\u017f';
    if (pattern.ignoreCase && pattern.unicode && (c === 'k' || c === 'K')) out += '\u212a';
  }
  return out;
}

/** The letters `src` (a piece of a pattern's source) can open with; null when not plainly a letter. */
function openingLetters(src: string): string | null {
  const c = src[0] ?? '';
  if (/^[A-Za-z]$/u.test(c)) return isOptional(src, 1) ? null : c;
  if (c !== '(') return null;
  if (src.startsWith('(?') && !src.startsWith('(?:')) return null;
  const close = closingParen(src);
  if (close === null || isOptional(src, close + 1)) return null;
  const inner = src.slice(src.startsWith('(?:') ? 3 : 1, close);
  const alternatives = branches(inner);
  if (alternatives === null) return null;
  let out = '';
  for (const a of alternatives) {
    const letters = openingLetters(a);
    if (letters === null) return null;
    out += letters;
  }
  return out;
}

/** Whether the quantifier at `at` may repeat the atom before it zero times ("?", "*", "{0,…}"); any "{" counts. */
function isOptional(src: string, at: number): boolean {
  const q = src[at];
  return q === '?' || q === '*' || q === '{';
}

/**
 * The group syntax of `src` in order: each "(", ")" and "|" outside escapes and character classes,
 * and "[" (at -1) where a class is never closed, after which nothing can be read.
 */
function* groupSyntax(src: string): Generator<{ i: number; c: string }> {
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(src, i);
      if (end === null) {
        yield { i: -1, c };
        return;
      }
      i = end;
    } else if (c === '(' || c === ')' || c === '|') yield { i, c };
  }
}

/** The index of the ")" closing the group that opens `src`; null when there is none. */
function closingParen(src: string): number | null {
  let depth = 0;
  for (const { i, c } of groupSyntax(src)) {
    if (c === '[') return null;
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return null;
}

/** The top-level branches of `src` (split at its "|" outside groups and classes); null when unbalanced. */
function branches(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (const { i, c } of groupSyntax(src)) {
    if (c === '[') return null;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0) return null;
  out.push(src.slice(from));
  return out;
}

/** The index of the "]" closing the class opened at `start`; null when there is none. */
function classEnd(src: string, start: number): number | null {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return null;
}
