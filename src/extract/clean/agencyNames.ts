import agencies from '../../../resources/gazetteer/agencies.json';

export interface AgencyEntry {
  name: string;
  type: 'news_agency' | 'outlet';
  aliases: string[];
  role: string | null;
}

const ENTRIES = agencies as AgencyEntry[];

/** Lower-cased name/alias -> entry; short all-caps aliases ("AP", "PA") only match as written. */
const BY_NAME = new Map<string, AgencyEntry>();
const SHORT_EXACT = new Map<string, AgencyEntry>();
for (const e of ENTRIES) {
  for (const n of [e.name, ...e.aliases]) {
    if (n.length <= 3) SHORT_EXACT.set(n, e);
    else if (!BY_NAME.has(n.toLowerCase())) BY_NAME.set(n.toLowerCase(), e);
  }
}

/** Letters of a name or alias, lower case, without an initial "the" ("The Hill" -> "hill", "NBC News" -> "nbcnews"). */
function lettersOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/gu, '').replace(/^the(?=.{4})/u, '');
}

/** Letters of every name and alias of four letters or more -> entry, for host names ("nbcnews", "apnews"). */
const BY_LETTERS = new Map<string, AgencyEntry>();
for (const e of ENTRIES) {
  for (const n of [e.name, ...e.aliases]) {
    const l = lettersOf(n);
    if (l.length >= 4 && !BY_LETTERS.has(l)) BY_LETTERS.set(l, e);
  }
}

/** The outlet or agency whose name a host spells ("nbcnews", "theguardian", "apnews"); null when none. */
export function lookupAgencyByLetters(letters: string): AgencyEntry | null {
  return BY_LETTERS.get(letters) ?? BY_LETTERS.get(letters.replace(/^the(?=.{4})/u, '')) ?? null;
}

/**
 * The gazetteer entry of a news agency or outlet as written in a byline or credit
 * ("AP", "REUTERS", "Agence France-Presse", "theguardian"); null when unknown.
 */
export function lookupAgency(written: string): AgencyEntry | null {
  const s = written.trim();
  if (s === '' || s.length > 60) return null;
  if (s.length <= 3) return SHORT_EXACT.get(s) ?? null;
  const lower = s.toLowerCase();
  return BY_NAME.get(lower) ?? (lower.startsWith('the ') ? lookupAgency(s.slice(4)) : null);
}

/** Canonical name of an agency or outlet as written; null when unknown. */
export function canonicalAgency(written: string): string | null {
  return lookupAgency(written)?.name ?? null;
}

/**
 * Abbreviations that name an agency only inside a byline, dateline or credit
 * ("ANKARA (AA) -"); too ambiguous for the gazetteer, where they would match text.
 */
const CREDIT_ONLY_ALIASES: ReadonlyMap<string, string> = new Map([
  ['AA', 'Anadolu Agency'], ['CP', 'The Canadian Press'], ['SPA', 'Saudi Press Agency'], ['INA', 'Iraqi News Agency'], ['RIA', 'RIA Novosti'],
  ['WAM', 'WAM'], ['KUNA', 'Kuwait News Agency'], ['QNA', 'Qatar News Agency'], ['MENA', 'Middle East News Agency'], ['BNA', 'Bahrain News Agency'],
  ['DHA', 'Demirören News Agency'], ['İHA', 'İhlas News Agency'], ['IHA', 'İhlas News Agency'],
]);

/**
 * Every name's, alias's and credit-only abbreviation's first word in lower case, and "the" (which lookupAgency
 * drops): a phrase whose first word is not among them names no agency (agenciesNamedIn skips it).
 */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  ['the', ...[...ENTRIES.flatMap((e) => [e.name, ...e.aliases]), ...CREDIT_ONLY_ALIASES.keys()].map((n) => n.split(' ')[0]!.toLowerCase())],
);

/** Whether a phrase opening with `word` (one word, no spaces, lower case) may be a name lookupCreditName knows. */
export function mayOpenCreditName(lowerWord: string): boolean {
  return FIRST_WORDS.has(lowerWord);
}

/** lookupAgency plus the abbreviations that are safe only in a credit position. */
export function lookupCreditName(written: string): AgencyEntry | null {
  const entry = lookupAgency(written);
  if (entry) return entry;
  // (A map, not an object: "(constructor)" or "(toString)" on a line finds nothing. Its keys are 2-4
  // characters: a longer key, often a whole line, is not hashed.)
  const key = written.trim();
  const name = key.length <= 4 ? CREDIT_ONLY_ALIASES.get(key) : undefined;
  if (name === undefined) return null;
  return lookupAgency(name) ?? { name, type: 'news_agency', aliases: [], role: null };
}
