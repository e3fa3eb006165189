import { lookupAgency, lookupCreditName, mayOpenCreditName, type AgencyEntry } from '../agencyNames';
import { isTrimSpace } from '../../segment/whiteSpace';
import { isTimestampLine } from './timestampLine';

/** A line that is a byline or a credit, not text. */
export interface BylineMatch {
  /** The line as written. */
  byline: string;
  /** Agencies or outlets it credits, as written ("AP", "theguardian"); may be empty. */
  names: string[];
  /** Person named as author, when there is one. */
  author: string | null;
  /** A contributor note ("The Associated Press contributed to this report"): the names helped, they did not write it. */
  contributed?: boolean;
}

const MAX_BYLINE = 300;

/** "Reporting by …; Editing by …" and the other contributor lines of wire copy. */
const CONTRIBUTORS = /^\(?\s*(?:additional |further )?(?:reporting|writing|editing|written|reported|compiled|produced|edited|translated|research|graphics|interviews?|video|photos?|fact-checking) (?:(?:was|were) contributed )?by\s+\S/i;
/** "Associated Press contributed to this report", "(With inputs from PTI)", "Material from Reuters was used", "Some information for this report came from …" (VOA). */
const CONTRIBUTED = /^\(?\s*(?:the )?([^()]{2,160}?)\s+(?:contributed|also contributed)(?: to)?(?: (?:this|the))?(?: (?:report|reporting|story|article|update|post|dispatch))(?: from [\p{L} ,.'-]{2,60})?[.)\s]*$/iu;
/** "Hannah Reyes, Marcus Bell and Leila Gharib contributed.": the note with nothing after the verb (people's names only). */
const CONTRIBUTED_BARE = /^\(?\s*([^()]{2,160}?)\s+(?:also )?contributed[.)\s]*$/u;
const WITH_INPUTS = /^\(?\s*(?:with (?:inputs|input|reporting|additional reporting|files|material) from|with (?:additional )?reporting by|contributing:|(?:some )?information (?:for|in) this (?:report|story|article) (?:came|comes) from|with|material from|this (?:article|story|report) (?:contains|includes|uses) material from|based on (?:reports|reporting) (?:from|by)|courtesy(?: of)?:?|sources?:|via:?|credit:)\s*\(?\s*([^()]{2,80}?)\s*\)?\s*(?:was used.*|has been used.*|contributed.*)?[.)]*$/i;
/** The Indian press's "(With agency inputs)": wire material in the story, the wires unnamed. */
const AGENCY_INPUTS = /^\(?\s*with (?:agency|agencies|wire|news agency|news agencies) inputs?\s*\)?\.?$/iu;
/** "By Name, Reuters", "By The Associated Press", "By NAME NAME | AFP", "By: Name", PBS's "By — NewsHour Web Staff". */
const BY = /^by(?:\s*[:\u2014\u2013-])?\s+(.{2,150})$/i;
/** "Stars and Stripes | By Chad Garland": a source's name, a bar or dot, then a "By" line. */
const SOURCE_THEN_BY = /^([^|•·]{2,40}?)\s*[|•·]\s*(by\s+\S.*)$/iu;
/** "Editor: Zhang Wei", "Author: …", "Reporter: …". */
const LABELLED = /^(?:editor|editors|author|authors|reporter|reporters|writer|written by|reported by|correspondent|edited by)\s?:\s?(.{2,60})$/i;
/** DW's "Author Jan Brenner, Lisa Okafor (with AFP, Reuters, dpa, AP)": the writers, then the agencies they drew on. */
const AUTHORS_WITH = /^[Aa]uthors?:?\s+((?:\p{Lu}[\p{L}'’.-]+\s?){2,4}(?:(?:,|\s+and)\s*(?:\p{Lu}[\p{L}'’.-]+\s?){2,4}){0,3})\s*\((?:with|mit)\s+([^()]{2,80})\)$/u;
const DW_SIGNATURE = /^[a-z]{1,4}(?:\/[a-z]{0,4}){1,3}\s*\(([^()]{2,80})\)$/u;
/** A person's name as a closing note writes it; a place with its region ("West Palm Beach, Florida"). */
// ("Samira al-Jubouri", "Hamid bin Khalid": a family name's particle in lower case.)
const NAME_SRC = String.raw`\p{Lu}[\p{L}'\u2019-]+(?: (?:\p{Lu}[\p{L}'\u2019-]+|(?:al|el|ad|as|ash|ar)-\p{L}[\p{L}'\u2019-]*|bin|ibn|de|van|von|da|di)){1,3}`;
const PLACE_SRC = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3}(?:, \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2})?`;
/** "Baldor reported from Washington.", "Gambrell and Lee reported from Dubai, United Arab Emirates." */
const REPORTED_FROM = /^(?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+(?:(?:,\s*|\s+and\s+)(?:\p{Lu}[\p{L}'\u2019-]+\s+){0,2}\p{Lu}[\p{L}'\u2019-]+){0,3}\s+(?:reported|wrote|reported and wrote) (?:this (?:story|report) )?from\s+\p{Lu}[\p{L}'\u2019-]*(?:(?:,\s*|\s+)\p{Lu}[\p{L}'\u2019-]*){0,5}(?:\.(?=\s|$)|$)/u;
/** "Courtney Halvorsen reported from Washington, Reza Farahani from Tehran, and Daniel Whitcomb from West Palm Beach, Florida." */
const REPORTED_FROM_EACH = new RegExp(
  String.raw`^${NAME_SRC} (?:reported|wrote) from ${PLACE_SRC}(?:,? (?:and )?${NAME_SRC} from ${PLACE_SRC})+(?:\.(?=\s|$)|$)`,
  'u',
);
/** "Interview conducted by Mina Aldroubi in Baghdad." */
const INTERVIEW_BY = /^(?:[Tt]he )?[Ii]nterview (?:was )?(?:conducted|carried out|by)\s+(?:by\s+)?(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3})(?:\s+(?:in|from)\s+\p{Lu}[\p{L} ,'\u2019-]{1,40})?\.?$/u;
/** "… staff", "… staff and wire reports", "… staff writers". */
const STAFF_LINE = /^([^.!?:;"\u201c\u201d]{2,80}?)\s+staff(?:\s+(?:writers?|reports?)|\s+and\s+(?:wire|agency)\s+reports?)?$/iu;
/** The characters STAFF_LINE can end on: "staff", "writer(s)", "report(s)" in either case ("ſ" folds to "s"). */
const STAFF_LAST = 'fFrRsS\u017ftT';
/** "NewsHour Politics Desk", "Web Desk", "The National staff": a newsroom desk, not a person. */
/** "Times staff writer Tracy Wilkinson in Washington": a colleague named by their job, where they are. */
const STAFF_CONTRIBUTOR = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:staff\s+)?(?:writers?|reporters?|correspondents?|photographers?|editors?)\s+(?:\p{Lu}[\p{L}.'’-]+\s*){1,4}(?:\s*in\s+\p{Lu}[\p{L}.'’ -]{1,30})?$/u;
const DESK = /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,4}(?:[Dd]esk|[Ss]taff|[Tt]eam|[Nn]ewsroom|[Bb]ureau)$/u;
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

  // AP's closing note: "Baldor reported from Washington." alone, or before the contributors on the same line.
  // (Both patterns need "reported " or "wrote ", as written: a paragraph with "from" in it rarely has either.)
  const from = bare.includes(' from ') && (bare.includes('reported ') || bare.includes('wrote ')) ? (REPORTED_FROM.exec(bare) ?? REPORTED_FROM_EACH.exec(bare)) : null;
  if (from) {
    const rest = bare.slice(from[0].length).trim();
    if (rest === '') return { byline, names: [], author: null };
    const more = matchBylineLine(rest);
    return more ? { ...more, byline } : null;
  }
  const interview = INTERVIEW_BY.exec(bare);
  if (interview) return { byline, names: [], author: interview[1]! };
  // "Stars and Stripes | By Chad Garland and J.P. Lawrence": a syndicated story's source, then its authors.
  // (The source and the "By" line stand either side of a bar or a dot.)
  const sourced = bare.includes('|') || bare.includes('\u2022') || bare.includes('\u00b7') ? SOURCE_THEN_BY.exec(bare) : null;
  if (sourced && lookupCreditName(sourced[1]!)) {
    const more = matchBylineLine(sourced[2]!);
    if (more) return { ...more, byline, names: [sourced[1]!, ...more.names] };
  }

  // An agency or outlet name on its own ("AA" and other bare abbreviations only when wrapped: "(AA)", "— AA").
  // A section label that shares the words of an outlet ("Defense news" under Tasnim's date line) is not it.
  const alone = byline === bare ? lookupAgency(bare) : lookupCreditName(bare);
  if (alone) return writtenAsName(bare, alone) ? { byline, names: [bare], author: null } : null;
  // "Associated Press and Sentinel-Herald staff", "Times staff and wire reports": the desks that wrote it.
  const staff = /^by\s/i.test(bare) || !STAFF_LAST.includes(bare.charAt(bare.length - 1)) ? null : STAFF_LINE.exec(bare);
  if (staff) {
    const names = splitNames(staff[1]!);
    if (names.length > 0 && names.every((n) => lookupCreditName(n) || mostlyCapitalised(n) || GENERIC_CREDITS.test(n))) {
      return { byline, names: names.filter((n) => lookupCreditName(n)), author: null };
    }
  }

  const authorsWith = AUTHORS_WITH.exec(bare);
  if (authorsWith) {
    const agencies = splitNames(authorsWith[2]!);
    const authors = splitNames(authorsWith[1]!);
    if (agencies.length > 0 && agencies.every((n) => lookupCreditName(n)) && authors.every((n) => isPersonName(n))) {
      return { byline, names: agencies, author: authors[0]!, contributed: true };
    }
  }
  const labelled = LABELLED.exec(bare);
  if (labelled) {
    const who = labelled[1]!.trim();
    if (lookupCreditName(who)) return { byline, names: [who], author: null };
    if (isPersonName(who) || /^[\p{Lu}][\p{L}'\u2019 .-]{1,40}$/u.test(who)) return { byline, names: [], author: who };
  }
  if (GENERIC_CREDITS.test(bare) && bare.length < 30 && (byline !== bare || /^agencies$/i.test(bare))) return { byline, names: [], author: null };

  // "AP AFP", "AP, AFP", "AFP/Reuters": a line of agency names and nothing else credits each of them.
  const listed = bare.length <= 80 ? agencyList(bare) : null;
  if (listed) return { byline, names: listed, author: null };
  const dated = bare.length <= 120 && bare.includes(',') ? sourcesThenDate(bare) : null;
  if (dated) return { byline, names: dated, author: null };

  // "Baghdad / Reuters / AFP" (Gulf Times): the place, then the agencies.
  const slashed = bare.length <= 80 && bare.includes('/') ? bare.split(/\s*\/\s*/u) : [];
  if (slashed.length >= 2 && isPlace(slashed[0]!) && !lookupCreditName(slashed[0]!) && slashed.slice(1).every((n) => lookupCreditName(n))) return { byline, names: slashed.slice(1), author: null };
  // "AP, BAGHDAD", "AFP, WASHINGTON", "REUTERS | 28.12.2019 - 09:25..".
  const sep = bare.length > 130 ? null : /^([^,|\u2013\u2014]{2,40}?)\s*(?:,|\||\s[-\u2013\u2014]|[\u2013\u2014])\s*(.{1,80})$/.exec(bare);
  if (sep && lookupCreditName(sep[1]!) && (isPlace(sep[2]!) || isTimestampLine(sep[2]!.replace(/\.+$/, '')))) {
    return { byline, names: [sep[1]!], author: null };
  }

  if (CONTRIBUTORS.test(bare) || CONTRIBUTORS.test(byline)) {
    const names = agenciesNamedIn(bare, 'news_agency');
    // "Reporting by …; Editing by …" closing a story is Reuters' house signature.
    if (names.length === 0 && /\bediting by\b/i.test(bare) && /\breporting by\b/i.test(bare)) names.push('Reuters');
    return { byline, names, author: null };
  }
  // Deutsche Welle's closing line: the editors' initials and the agencies ("aw/rt (AP, Reuters, AFP)").
  const initials = DW_SIGNATURE.exec(bare);
  if (initials) {
    const names = splitNames(initials[1]!).filter((n) => lookupCreditName(n));
    if (names.length > 0) return { byline, names, author: null };
  }
  // Bloomberg's closing lines.
  if (/^-{0,2}\s?with assistance (?:from|by)\s\p{Lu}/iu.test(bare)) return { byline, names: [], author: null };
  if (/^to contact the (reporters?|editors?)\b.{0,20}\bon this story\b|^to contact the editors? responsible for this story\b/i.test(bare)) {
    return { byline, names: ['Bloomberg'], author: null };
  }

  const contributed = bare.includes('contributed') ? CONTRIBUTED.exec(bare) : null;
  if (contributed) {
    // "The Associated Press", "Associated Press writers Jon Gambrell in Dubai and …", "CNN's Jane Doe": the
    // whole line is a contributor note, so it is a credit line whoever it names.
    const names = splitNames(contributed[1]!);
    // Names, not a sentence ("Several factors contributed to the report" is text).
    // ("Associated Press staff in Dubai, United Arab Emirates, and Tehran, Iran": a part may open with the agency.)
    if (names.every((n) => lookupCreditName(n) || mostlyCapitalised(n) || agencyPrefix(n) !== null || STAFF_CONTRIBUTOR.test(n))) {
      return { byline, names: names.map((n) => (lookupCreditName(n) ? n : agencyPrefix(n))).filter((n): n is string => n !== null), author: null, contributed: true };
    }
  }

  if (AGENCY_INPUTS.test(bare)) return { byline, names: [], author: null, contributed: true };

  const bareNote = bare.endsWith('contributed.') || bare.endsWith('contributed') ? CONTRIBUTED_BARE.exec(bare) : null;
  if (bareNote) {
    const names = splitNames(bareNote[1]!);
    if (names.every((n) => isPersonName(n) || lookupCreditName(n) !== null)) {
      return { byline, names: names.filter((n) => lookupCreditName(n) !== null), author: null, contributed: true };
    }
  }

  const withInputs = WITH_INPUTS.exec(bare);
  if (withInputs) {
    // "Source: Reuters/AFP/nh": the editor's initials close the list (not an agency written in lower case: "… and dpa").
    const names = splitNames(withInputs[1]!).filter((n, i, all) => !(i === all.length - 1 && i > 0 && /^[a-z]{1,4}$/u.test(n) && lookupCreditName(n) === null));
    if (names.length > 0 && names.every((n) => lookupCreditName(n) || GENERIC_CREDITS.test(n))) {
      // "With files from Reuters and The Associated Press", "(With inputs from PTI)": the outlet's own
      // story, with wire material in it; which claim came from which wire, the line does not say.
      const contributed = /^\(?\s*(?:with (?:inputs?|reporting|additional reporting|files|material) from\b|with (?:additional )?reporting by\b|contributing:|(?:some )?information (?:for|in) this)/iu.test(bare);
      return { byline, names: names.filter((n) => lookupCreditName(n)), author: null, ...(contributed ? { contributed: true } : {}) };
    }
  }

  const by = BY.exec(bare);
  if (by) {
    // "By NewsHour Politics Desk — Jan 8, 2020 12:41 PM EST": the time stamp after the dash is the page's.
    const stamp = /\s[-\u2013\u2014|]\s+([^-\u2013\u2014|]{6,60})$/u.exec(by[1]!);
    // "By Molly Hennessy-Fiske Staff Writer Dec. 31, 2019 6:12 AM PT", "By Global News Staff Global News Posted
    // January 8, 2020 1:41 pm | Updated …": a page's stamp run into the byline without a bar.
    // "By News Desk | January 11, 2020 | 0 Comments": the parts after a bar are the page's stamp and counters.
    const barred = by[1]!.split('|');
    const beforeBars = barred.length > 1 && barred.slice(1).every((p) => BYLINE_TAIL.test(p.trim()) || isTimestampLine(p.trim())) ? barred[0]!.trim() : null;
    const unstamped = beforeBars ?? (stamp && isTimestampLine(stamp[1]!.trim()) ? by[1]!.slice(0, stamp.index) : withoutCommaStamp(by[1]!));
    const glued = GLUED_STAMP.exec(unstamped);
    const written = glued && gluedStamp(glued[0]) ? unstamped.slice(0, glued.index) : unstamped;
    // "By Euronews with AP, AFP", "By Jane Doe with Reuters": the writer, then the agencies the copy drew on.
    const drewOn = WITH_AGENCIES.exec(written);
    const agencies = drewOn ? splitNames(drewOn[2]!) : [];
    const withAgencies = agencies.length > 0 && agencies.every((n) => lookupCreditName(n) !== null);
    const who = withAgencies ? drewOn![1]! : written;
    // A desk is a credit with no author: "By NewsHour Politics Desk", "By Web Desk".
    // ("Global News Staff Global News": the outlet's name again after its staff.)
    if (DESK.test(who.trim()) || /^(.{2,40}?)\s+(?:[Ss]taff|[Dd]esk|[Tt]eam)\s+\1$/u.test(who.trim())) {
      return withAgencies ? { byline, names: [...agenciesNamedIn(who), ...agencies], author: null, contributed: true } : { byline, names: agenciesNamedIn(who), author: null };
    }
    const parts = who.split(/\s*(?:,|\||\s[-\u2013\u2014]\s|\band\b|&)\s*/).map((p) => p.trim()).filter((p) => p !== '');
    const names: string[] = [];
    let author: string | null = null;
    for (const part of parts) {
      // "Molly Hennessy-Fiske Staff Writer": the job after the name; "Campbell MacDiarmid in Baghdad": where they wrote from.
      const p = part.replace(JOB_AFTER_NAME, '').replace(/\s+in\s+\p{Lu}[\p{L}.'’ -]{1,30}$/u, '');
      // "Raf Sanchez, Middle East Correspondent, and …": the job between commas.
      if (JOB_ALONE.test(part) && !(p !== part && isPersonName(p))) continue;
      if (lookupCreditName(p)) names.push(p);
      else if (isPersonName(p)) author ??= p;
      // (Before "with AP, AFP" a capitalised name is the outlet's own: "By Euronews with AP, AFP".)
      else if (withAgencies && OWN_NAME.test(p)) continue;
      else if (!GENERIC_CREDITS.test(p) && !/^(in|from) \p{Lu}/u.test(p) && !isPlace(p)) return null;
    }
    if (withAgencies) return { byline, names: [...names, ...agencies], author, contributed: true };
    if (names.length > 0 || author !== null) return { byline, names, author };
  }
  return null;
}

/** A byline's "… with AP, AFP": the agencies after the writer. */
const WITH_AGENCIES = /^(.{2,80}?)\s+with\s+([^()]{2,80})$/u;
/** One to three capitalised words: a name as a byline writes it. */
const OWN_NAME = /^\p{Lu}[\p{L}\d'’.-]*(?: \p{Lu}[\p{L}\d'’.-]*){0,2}$/u;

/** A job title written after a byline's name, without a comma. */
const JOB_AFTER_NAME = /\s+(?:(?:Senior|Staff|Chief|Special|Foreign|National|Contributing)\s+)?(?:Writer|Reporter|Correspondent|Editor)$/u;

/** A job title standing alone between a byline's commas ("Middle East Correspondent", "Senior Editor"). */
const JOB_ALONE = /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Correspondent|Editor|Reporter|Writer|Bureau Chief|Columnist|Producer)$/u;
/** What follows a byline after a bar besides its date: "0 Comments", "5 min read", "Updated". */
const BYLINE_TAIL = /^(?:\d+\s+(?:comments?|min(?:ute)?s?\s+read|views?|shares?)|updated|comments?)$/iu;

/** Where a stamp may start inside a byline: a month's name, or "Posted", "Updated", "Published". */
const GLUED_STAMP = /\s(?:(?:Posted|Updated|Published)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b).*$/u;

/** "L'Orient Today staff with AFP and Reuters, 26 February 2021 at 10h18": the byline without the stamp after its comma. */
function withoutCommaStamp(text: string): string {
  for (let at = text.indexOf(','); at > 0; at = text.indexOf(',', at + 1)) if (isTimestampLine(text.slice(at + 1).trim())) return text.slice(0, at);
  return text;
}

/** A stamp run into a byline, every part of it a date or a time: "Posted January 8, 2020 1:41 pm | Updated …". */
function gluedStamp(text: string): boolean {
  return text
    .split('|')
    .map((p) => p.trim().replace(/^(?:Posted|Updated|Published)(?:\s+on)?:?\s*/iu, ''))
    .every((p) => p !== '' && isTimestampLine(p));
}

/**
 * The agencies of a line made of two or more news-agency names and separators only ("AP AFP",
 * "AP, AFP", "Reuters/AFP"), as written; null for anything else.
 */
/** The outlet's own desk in a list of agencies: "STAFF REPORT, BLOOMBERG, KYODO". */
const DESK_ITEM = /^(?:staff reports?|staff writers?|staff|wire reports?|wires|agencies)(?=\s*(?:,|\/|&|\||and\b))/iu;

function agencyList(line: string): string[] | null {
  const desk = DESK_ITEM.exec(line);
  const s = desk ? line.slice(desk[0].length) : line;
  const names = agenciesNamedIn(s, 'news_agency');
  // One agency after the desk is a list too.
  if (names.length < (desk ? 1 : 2)) return null;
  let rest = s;
  for (const n of names) rest = rest.replace(n, ' ');
  return /^[\s,/&|·•-]*(?:and[\s,/&|·•-]*)*$/iu.test(rest) && names.every((n) => writtenAsName(n, lookupCreditName(n)!)) ? names : null;
}

/**
 * Ahram Online's "Ahram Online , AFP , Reuters , Monday 30 Dec 2019": the sources of the copy, then its date.
 * At least one known agency among names of a few capitalised words; the agencies are the credits (the
 * outlet's own name among them is not an agency).
 */
function sourcesThenDate(line: string): string[] | null {
  const parts = line.split(/\s*,\s*/u);
  for (let i = 2; i < parts.length; i++) {
    if (!isTimestampLine(parts.slice(i).join(', '))) continue;
    const sources = parts.slice(0, i);
    const known = sources.filter((n) => lookupCreditName(n) !== null);
    if (known.length === 0 || !sources.every((n) => lookupCreditName(n) !== null || (/^\p{Lu}/u.test(n) && n.split(/\s+/u).length <= 4 && mostlyCapitalised(n)))) return null;
    return known;
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
  t = withoutTrailingDots(t.replace(/^[-\u2013\u2014~*\s]+/, ''));
  while (t.length > 2 && ((t[0] === '(' && t.endsWith(')')) || (t[0] === '[' && t.endsWith(']')))) t = t.slice(1, -1).trim();
  return t;
}

/** s.replace(/[.\s]+$/, ''): read back from the end (the regex is tried at every position). */
function withoutTrailingDots(s: string): string {
  let e = s.length;
  while (e > 0 && (s.charCodeAt(e - 1) === 46 || isTrimSpace(s.charCodeAt(e - 1)))) e--;
  return e === s.length ? s : s.slice(0, e);
}

function splitNames(s: string): string[] {
  return s.split(/\s*(?:,|&|\band\b|\/)\s*/i).map((n) => n.replace(/^the\s+/i, (m) => (lookupAgency(n) ? m : '')).trim()).filter((n) => n !== '');
}

/**
 * Agencies (or outlets) named anywhere in a short credit line: "Reporting by Reuters' Baghdad
 * bureau", "Copyright 2019 The Associated Press. All rights reserved."
 */
export function agenciesNamedIn(s: string, type?: 'news_agency' | 'outlet'): string[] {
  const words = s.slice(0, 400).split(/[\s;,()|]+/).map(bareWord).filter((w) => w !== '');
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // (No name opens with this word: no phrase from here is one.)
    if (!mayOpenCreditName(words[i]!.toLowerCase())) continue;
    for (let n = 4; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const entry = phrase.length >= 2 ? lookupCreditName(phrase) : null;
      if (entry && (type === undefined || entry.type === type)) {
        if (!found.includes(phrase)) found.push(phrase);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** What a word's ends may carry that agenciesNamedIn drops: punctuation, a possessive "'s". */
const WORD_EDGES = /^[^\p{L}\d]+|(['\u2019]s)?[^\p{L}\d]*$/gu;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * w.replace(WORD_EDGES, ''): a word that opens and closes on a letter or digit (and closes on no "'s")
 * has nothing to drop, and most words do, so the regexp runs only on the others.
 */
function bareWord(w: string): string {
  const end = w.length - 1;
  const before = w.charCodeAt(end - 1);
  const possessive = w.charCodeAt(end) === 115 && (before === 39 || before === 0x2019);
  return isAsciiAlnum(w.charCodeAt(0)) && isAsciiAlnum(w.charCodeAt(end)) && !possessive ? w : w.replace(WORD_EDGES, '');
}

/** "Associated Press writers Jon Gambrell…" or "CNN's Jane Doe" -> the agency as written; null otherwise. */
function agencyPrefix(s: string): string | null {
  const words = s.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/['\u2019]s$/, '');
    if (lookupCreditName(phrase)) return phrase;
  }
  return null;
}

/**
 * An outlet's name as a credit writes it: as the gazetteer spells it, or all in capitals
 * ("REUTERS"), or all in lower case ("theguardian"); not "Defense news", a section label.
 */
function writtenAsName(s: string, entry: AgencyEntry): boolean {
  if (s.toUpperCase() === s || s.toLowerCase() === s) return true;
  const t = s.replace(/^the\s+/i, '');
  return [entry.name, ...entry.aliases].some((n) => n === s || n === t || n.replace(/^the\s+/i, '') === t);
}

/** At least two thirds of the words capitalised: a list of names and places, not a clause. */
function mostlyCapitalised(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 10) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps * 3 >= words.length * 2;
}
