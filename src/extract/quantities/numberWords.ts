/** Number words and vague counts (data). DESIGN.md: vague counts take the magnitude of their word with `approx`. */

// Maps, not property look-ups: token words are fresh strings (see extractQuantities).
const UNITS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

const TENS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** The words simpleNumberWord reads without a hyphen ("five", "twenty"). */
export const SIMPLE_NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS_WORDS.keys(), ...TENS_WORDS.keys()]);

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, trillion: 1e12,
  // South Asian scales: "Rs 4 lakh", "Rs 1,200 crore".
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  // Abbreviations written after digits: "$350m", "$1.5bn", "10k".
  m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12,
};

/**
 * Plural vague counts: "dozens of", "hundreds of", "scores of". The value is the magnitude
 * of the word; "tens of thousands" and "hundreds of thousands" multiply.
 */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9, tens: 10,
};

/**
 * Vague quantifiers without a magnitude word. Chosen values: "several" 3 and "a few" 3
 * (the smallest count the word allows in ordinary use), "a handful" 5, "a couple" 2.
 * They are all `approx`; the linker must treat approximate figures as compatible.
 */
export const VAGUE_WORDS: Readonly<Record<string, number>> = {
  several: 3,
};

/** Multi-word vague counts, matched before single words (longest first). */
export const VAGUE_PHRASES: ReadonlyArray<{ words: readonly string[]; value: number; exact: boolean }> = [
  // "several thousand people", "a few hundred protesters": the magnitude word gives the value, as "thousands" does.
  { words: ['a', 'few', 'thousand'], value: 1000, exact: false },
  { words: ['a', 'few', 'hundred'], value: 100, exact: false },
  { words: ['a', 'few', 'dozen'], value: 12, exact: false },
  { words: ['several', 'thousand'], value: 1000, exact: false },
  { words: ['several', 'hundred'], value: 100, exact: false },
  { words: ['several', 'dozen'], value: 12, exact: false },
  { words: ['few', 'thousand'], value: 1000, exact: false },
  { words: ['few', 'hundred'], value: 100, exact: false },
  { words: ['half', 'a', 'dozen'], value: 6, exact: true },
  { words: ['a', 'half', 'dozen'], value: 6, exact: true },
  { words: ['a', 'couple', 'of'], value: 2, exact: false },
  { words: ['a', 'handful', 'of'], value: 5, exact: false },
  { words: ['a', 'handful'], value: 5, exact: false },
  { words: ['a', 'few'], value: 3, exact: false },
  { words: ['a', 'dozen'], value: 12, exact: true },
  { words: ['one', 'dozen'], value: 12, exact: true },
  { words: ['half', 'a', 'million'], value: 5e5, exact: true },
  { words: ['a', 'million'], value: 1e6, exact: true },
  { words: ['a', 'hundred'], value: 100, exact: true },
  { words: ['a', 'thousand'], value: 1000, exact: true },
];

/** "twenty-five" -> 25, "one" -> 1, otherwise null. */
export function simpleNumberWord(lower: string): number | null {
  const whole = UNITS_WORDS.get(lower) ?? TENS_WORDS.get(lower);
  if (whole !== undefined) return whole;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const tens = TENS_WORDS.get(lower.slice(0, dash));
    const unit = UNITS_WORDS.get(lower.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

/** Digits with optional thousands separators and decimals: "25", "1,000", "5.5". Null for anything else. */
export function parseDigits(text: string): number | null {
  if (text.length === 0 || text.length > 24) return null;
  let seenDot = false;
  let groupLen = -1; // digits since the last comma; -1 before the first comma
  let lead = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (groupLen >= 0 && !seenDot) groupLen++;
      else if (!seenDot) lead++;
      continue;
    }
    if (text[i] === ',' && !seenDot) {
      if (groupLen === -1 ? lead < 1 || lead > 3 : groupLen !== 3) return null;
      groupLen = 0;
      continue;
    }
    if (text[i] === '.' && !seenDot && i > 0 && i < text.length - 1) {
      if (groupLen >= 0 && groupLen !== 3) return null;
      seenDot = true;
      continue;
    }
    return null;
  }
  if (groupLen >= 0 && !seenDot && groupLen !== 3) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
