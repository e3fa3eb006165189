import { lookupAgency } from '../agencyNames';
import { isTimestampLine } from './timestampLine';

/** A line that is a byline or a credit, not text. */
export interface BylineMatch {
  /** The line as written. */
  byline: string;
  /** Agencies or outlets it credits, as written ("AP", "theguardian"); may be empty. */
  names: string[];
  /** Person named as author, when there is one. */
  author: string | null;
}

const MAX_BYLINE = 300;

/** "Reporting by …; Editing by …" and the other contributor lines of wire copy. */
const CONTRIBUTORS = /^\(?\s*(?:additional |further )?(?:reporting|writing|editing|written|reported|compiled|produced|edited|translated|research|graphics|interviews?|video|photos?|fact-checking) by\s+\S/i;
/** "Associated Press contributed to this report", "(With inputs from PTI)", "Material from Reuters was used". */
const CONTRIBUTED = /^\(?\s*(?:the )?([^()]{2,80}?)\s+(?:contributed|also contributed)(?: to)?(?: (?:this|the))?(?: (?:report|reporting|story|article))?\b/i;
const WITH_INPUTS = /^\(?\s*(?:with (?:inputs|input|reporting|additional reporting|files|material) from|with|material from|this (?:article|story|report) (?:contains|includes|uses) material from|based on (?:reports|reporting) (?:from|by)|courtesy(?: of)?:?|sources?:|via:?|credit:)\s*\(?\s*([^()]{2,80}?)\s*\)?\s*(?:was used.*|has been used.*|contributed.*)?[.)]*$/i;
/** "By Name, Reuters", "By The Associated Press", "By NAME NAME | AFP". */
const BY = /^by\s+(.{2,150})$/i;
const GENERIC_CREDITS = /^(agencies|news agencies|wire services|wires|staff|staff writers?|our correspondent|correspondents?|web desk|news desk|online desk|desk|bureau|team|editorial team|reporters?)$/i;

/**
 * Recognises a whole line as a byline or credit: an agency or outlet name alone
 * ("PA Media", "(CNN)", "(AL JAZEERA)", "ILKHA"), "AP, BAGHDAD", "REUTERS | 28.12.2019 - 09:25",
 * "Courtesy: (Reuters)", "Source: theguardian", "(Reporting by …; Editing by …)",
 * "By Name, Reuters", "Associated Press contributed to this report", "(With inputs from PTI)".
 */
export function matchBylineLine(line: string): BylineMatch | null {
  if (line.length > MAX_BYLINE) return null;
  const byline = line.trim();
  const bare = stripWrapping(byline);
  if (bare === '') return null;

  // An agency or outlet name on its own.
  if (lookupAgency(bare)) return { byline, names: [bare], author: null };
  if (GENERIC_CREDITS.test(bare) && bare.length < 30 && (byline !== bare || /^agencies$/i.test(bare))) return { byline, names: [], author: null };

  // "AP, BAGHDAD", "AFP, WASHINGTON", "REUTERS | 28.12.2019 - 09:25..".
  const sep = bare.length > 130 ? null : /^([^,|\u2013\u2014]{2,40}?)\s*(?:,|\||\s[-\u2013\u2014]|[\u2013\u2014])\s*(.{1,80})$/.exec(bare);
  if (sep && lookupAgency(sep[1]!) && (isPlace(sep[2]!) || isTimestampLine(sep[2]!.replace(/\.+$/, '')))) {
    return { byline, names: [sep[1]!], author: null };
  }

  if (CONTRIBUTORS.test(bare) || CONTRIBUTORS.test(byline)) return { byline, names: agenciesIn(bare), author: null };

  const contributed = bare.includes('contributed') ? CONTRIBUTED.exec(bare) : null;
  if (contributed) {
    const names = splitNames(contributed[1]!);
    if (names.length > 0 && names.every((n) => lookupAgency(n) || GENERIC_CREDITS.test(n) || isPersonName(n))) {
      return { byline, names: names.filter((n) => lookupAgency(n)), author: null };
    }
  }

  const withInputs = WITH_INPUTS.exec(bare);
  if (withInputs) {
    const names = splitNames(withInputs[1]!);
    if (names.length > 0 && names.every((n) => lookupAgency(n) || GENERIC_CREDITS.test(n))) {
      return { byline, names: names.filter((n) => lookupAgency(n)), author: null };
    }
  }

  const by = BY.exec(bare);
  if (by) {
    const parts = by[1]!.split(/\s*(?:,|\||\s[-\u2013\u2014]\s|\band\b|&)\s*/).map((p) => p.trim()).filter((p) => p !== '');
    const names: string[] = [];
    let author: string | null = null;
    for (const p of parts) {
      if (lookupAgency(p)) names.push(p);
      else if (isPersonName(p)) author ??= p;
      else if (!GENERIC_CREDITS.test(p) && !/^(in|from) \p{Lu}/u.test(p) && !isPlace(p)) return null;
    }
    if (names.length > 0 || author !== null) return { byline, names, author };
  }
  return null;
}

/** A byline-like name at the very end of an article ("Ricardo Kara"): 2–4 capitalised words. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (t.length < 4 || t.length > 45 || /[\d.!?:;"\u201c\u201d]/.test(t.replace(/\b\p{Lu}\.\s/gu, ''))) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^(\p{Lu}[\p{L}'\u2019-]*|\p{Lu}\.|al-\p{Lu}[\p{L}'\u2019-]*|bin|ibn|de|van|von|da|di|du|el-\p{Lu}[\p{L}-]*)$/u.test(w));
}

/** "BAGHDAD", "Washington", "Fort Bragg, N.C.", "Baghdad, Iraq". */
export function isPlace(s: string): boolean {
  const t = s.trim().replace(/\.+$/, '');
  if (t.length < 2 || t.length > 40) return false;
  return /^\p{Lu}[\p{L}.'\u2019-]*(?:,? \p{Lu}[\p{L}.'\u2019-]*){0,3}$/u.test(t);
}

function stripWrapping(s: string): string {
  let t = s.trim();
  t = t.replace(/^[-\u2013\u2014~*\s]+/, '').replace(/[.\s]+$/, '');
  while (t.length > 2 && ((t[0] === '(' && t.endsWith(')')) || (t[0] === '[' && t.endsWith(']')))) t = t.slice(1, -1).trim();
  return t;
}

function splitNames(s: string): string[] {
  return s.split(/\s*(?:,|&|\band\b|\/)\s*/).map((n) => n.replace(/^the\s+/i, (m) => (lookupAgency(n) ? m : '')).trim()).filter((n) => n !== '');
}

/** Agencies named in a contributor line ("Reporting by Reuters' Baghdad bureau"). */
function agenciesIn(s: string): string[] {
  const found: string[] = [];
  for (const w of s.split(/[\s;,()]+/)) {
    const word = w.replace(/['\u2019]s$/, '');
    if (word.length >= 2 && lookupAgency(word) && lookupAgency(word)!.type === 'news_agency') found.push(word);
  }
  return found;
}
