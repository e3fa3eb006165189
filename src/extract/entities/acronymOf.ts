/** Words an acronym may pass over or take a letter from ("Institute of …", "State in Iraq and the Levant"). */
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'du', 'des', 'la', 'le', 'del', 'al', 'el', '&']);

/** A written form an acronym can take: "IAEA", "PMF", "DoD", "Phivolcs", "Unicef" (two to ten letters). */
const ACRONYM_FORM = /^\p{Lu}[\p{L}]{1,9}$/u;

/**
 * Whether `acronym` abbreviates `name`: its letters are, in order, the beginnings of words of
 * the name, starting with its first or second word that is not a function word, and at least two words
 * give letters. Initials ("International Atomic Energy Agency" → IAEA) and clipped syllables
 * ("Philippine Institute of Volcanology and Seismology" → Phivolcs) both qualify; a word may be
 * passed over ("Institute"). Read only where the text sets the acronym in brackets right after
 * the name, so the looser syllable form does not invent aliases.
 */
export function acronymOf(acronym: string, name: string): boolean {
  if (!ACRONYM_FORM.test(acronym)) return false;
  const letters = acronym.toLowerCase();
  // Initials only (two or more capitals, "IAEA", "DoD") take one letter a word; a one-capital form ("Phivolcs") clips syllables.
  const capitals = acronym.replace(/\P{Lu}/gu, '').length;
  const clipped = capitals === 1;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[\s-]+/u)
    .map((w) => w.replace(/[^\p{L}&]/gu, ''))
    .filter((w) => w.length > 0);
  const first = words.findIndex((w) => !FUNCTION_WORDS.has(w));
  if (first < 0 || words.length < 2) return false;
  if (spells(letters, 0, words, first, 0, clipped, true)) return true;
  // "the Iraqi Joint Operations Command (JOC)": a leading qualifier may stay out of the acronym.
  const second = words.findIndex((w, i) => i > first && !FUNCTION_WORDS.has(w));
  return second > 0 && words.length - second >= 2 && spells(letters, 0, words, second, 0, clipped, true);
}

/** Letters [li..] spelled by prefixes of words [wi..] (the first taken word fixed when `anchored`). */
function spells(letters: string, li: number, words: readonly string[], wi: number, used: number, clipped: boolean, anchored: boolean): boolean {
  if (li === letters.length) return used >= 2;
  for (let j = wi; j < words.length; j++) {
    const w = words[j]!;
    // Initials pass over function words only; clipped syllables may pass over any word.
    if (j > wi && !clipped && !FUNCTION_WORDS.has(words[j - 1]!)) break;
    const most = clipped ? w.length : 1;
    for (let n = Math.min(most, letters.length - li); n >= 1; n--) {
      if (letters.startsWith(w.slice(0, n), li) && spells(letters, li + n, words, j + 1, used + 1, clipped, false)) return true;
    }
    if (anchored) return false;
  }
  return false;
}
