/**
 * Name folding for entity resolution across articles. Transliterated Arabic and Persian
 * names vary in vowels, doubled consonants, article prefixes and hyphens (Kataib / Kataeb /
 * Kata'ib Hezbollah; Adel / Adil Abdul(-)Mahdi; al-Muhandis / al-Muhandes; Qassem / Qasim
 * Soleimani). Folding keeps the consonant skeleton of every word, which those variants
 * share, while distinct people who share a surname still differ in their other words.
 */

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral',
  'sgt', 'president', 'vice', 'prime', 'minister', 'secretary', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor',
  'ayatollah', 'sheikh', 'shaikh', 'imam', 'prince', 'king', 'queen', 'sayyed', 'sayyid', 'hajj', 'haji', 'the', 'defense',
  'defence', 'state', 'foreign', 'supreme', 'leader', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'chief',
  'ambassador', 'us', 'u.s', 'iraqi', 'iranian', 'american',
]);

/** Arabic article and connective prefixes, written detached or hyphenated. */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'an', 'ar', 'as', 'at', 'az', 'ash', 'abd', 'abdul', 'abdel', 'abdal', 'abu', 'bin', 'ibn', 'bint']);

/** Words of a name, lower-cased, diacritics and apostrophes gone, hyphens split. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/gu, '')
    .replace(/\./g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Skeleton of one word: vowels (and y, w as glides) removed, doubled letters single, "ph"->"f", "q"->"k". */
export function wordSkeleton(word: string): string {
  const w = word
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/ee/g, 'i');
  const first = w[0] ?? '';
  const rest = w.slice(1).replace(/[aeiouyw]+/g, '');
  // Keep a leading vowel as a neutral marker so "Adel" (adl) and "Dal" (dl) stay apart.
  const lead = /[aeiou]/.test(first) ? 'a' : first;
  // A final vowel often marks a different name (Maria / Mario, Daniela / Daniel), while
  // transliterations vary inside the word: keep its class (a; o/u; e/i).
  const last = w.length > 1 ? w[w.length - 1] : '';
  const tail = last === 'a' ? 'a' : last === 'o' || last === 'u' ? 'o' : last === 'e' || last === 'i' ? 'i' : '';
  return `${lead}${rest}`.replace(/(.)\1+/g, '$1') + tail;
}

export interface FoldedName {
  /** Skeletons of the significant words joined by spaces ("ktb hzblh"); "" when nothing is left. */
  key: string;
  /** Number of significant words (titles and particles excluded). */
  words: number;
}

/**
 * Fold a name: titles dropped ("Gen.", "Prime Minister"), particles dropped ("al-", "Abdul"
 * and "Abdel" both go), initials dropped ("Mark T. Esper"), remaining words reduced to
 * their skeletons. Names of one significant word fold to that word alone: callers must
 * not merge on a one-word key unless an exact alias says so (surnames are shared).
 */
const folded = new Map<string, FoldedName>();

export function foldName(name: string): FoldedName {
  const hit = folded.get(name);
  if (hit) return hit;
  const f = computeFold(name);
  // Names repeat across articles; a bounded memo keeps folding cheap without growing forever.
  if (folded.size >= 50_000) folded.clear();
  folded.set(name, f);
  return f;
}

function computeFold(name: string): FoldedName {
  const words = nameWords(name);
  // Drop leading titles only: "Secretary of State Mike Pompeo" -> "mike pompeo".
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i] as string) || words[i] === 'of')) i++;
  const significant = words.slice(i).filter((w) => !PARTICLES.has(w) && w.length > 1);
  return { key: significant.map(wordSkeleton).join(' '), words: significant.length };
}

/** Initials of a multi-word organisation name: "Kataib Hezbollah" -> "kh", "Popular Mobilization Forces" -> "pmf". */
export function initials(name: string): string {
  return nameWords(name)
    .filter((w) => !['of', 'the', 'and', 'for', 'al', 'el'].includes(w))
    .map((w) => w[0])
    .join('');
}

/**
 * Two names may denote the same person or body: equal folded keys of at least two words,
 * or an acronym that spells the other name's initials. A shared surname alone never
 * matches ("Mark Esper" vs "Bob Esper" differ in their first word).
 */
export function namesMayMatch(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa.key.length > 0 && fa.key === fb.key && fa.words >= 2) return true;
  const acr = (x: string, y: string): boolean => /^[A-Z]{2,6}$/.test(x.trim()) && x.trim().toLowerCase() === initials(y) && nameWords(y).length >= 2;
  return acr(a, b) || acr(b, a);
}
