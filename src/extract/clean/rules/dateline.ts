import { isPlaceName } from '../../entities/gazetteer';
import { LABELS } from './labels';
import { lookupCreditName } from '../agencyNames';

export interface DatelineMatch {
  /** The prefix as written, including the dash and space after it ("BAGHDAD (AP) — "). */
  prefix: string;
  /** The prefix trimmed, for CleanArticle.byline ("BAGHDAD (AP) —"). */
  byline: string;
  /** Agencies or outlets in the parentheses, as written ("WNCN", "AP"). */
  names: string[];
  /** True when the prefix names a source (an agency or outlet), not only a place. */
  credited: boolean;
}

const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}.'\u2019\-]*(?:[ /]\p{Lu}[\p{Lu}.'\u2019\-]*){0,4}`;
const PLACE_TITLE = String.raw`\p{Lu}[\p{Ll}.'\u2019\-]+(?: \p{Lu}[\p{Ll}.'\u2019\-]+){0,2}`;
const REGION = String.raw`(?:, ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}){0,2}`;
/** ", Jan 3" or ", Dec. 31, 2019" in wire datelines ("BAGHDAD, Jan 3 (Reuters) -"). */
const DATE = String.raw`(?:,? \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:, \d{4})?)?`;
const DASH = String.raw`(?:--|[-\u2013\u2014:])`;

/** "BAGHDAD (AP) — ", "FORT BRAGG, N.C. (WNCN/AP) — ", "(CNN) ", "(AP) ", "ERBIL (Kurdistan 24) – ". */
const WITH_SOURCE = new RegExp(String.raw`^(?:(${PLACE_CAPS})${REGION}${DATE},? ?)?\(([^()]{1,40})\) ?(?:${DASH}+ ?)?`, 'u');
/** "Washington (AFP) – ", "Baghdad (CNN)Supporters…": a place in title case needs a known agency. */
const WITH_SOURCE_TITLE = new RegExp(String.raw`^(${PLACE_TITLE})${REGION}${DATE} ?\(([^()]{1,40})\) ?(?:${DASH}+ ?)?`, 'u');
/** "Tehran, IRNA – ", "BEIRUT, Jan 3, AFP - ": place, then a known agency after a comma. */
const PLACE_COMMA_SOURCE = new RegExp(String.raw`^(?:${PLACE_CAPS}|${PLACE_TITLE})${DATE}, ([\p{L} .-]{2,30}?) ?${DASH}+ `, 'u');
/** "Press TV - ", "IRNA — ", "Shafaq News / ": a known agency or outlet alone before a dash or a slash opens its own copy. */
const SOURCE_ONLY = new RegExp(String.raw`^([\p{L}][\p{L}\d .'’&-]{1,29}?) ?(?:--|[\u2013\u2014/-])+ `, 'u');
/** A month's name or its abbreviation, as wire datelines write it ("Jan.", "Sept", "July"). */
const MONTH_NAME = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)`;
/** "July 29 (Reuters) - ", "Jan. 3 (AP) — ": a wire dateline with the day and no place; a known agency only. */
const DATE_ONLY_SOURCE = new RegExp(String.raw`^${MONTH_NAME}\.? \d{1,2}(?:, \d{4})? \(([^()]{1,40})\) ?(?:${DASH}+ ?)?`, 'u');
/** The first letters of MONTH_NAME's names. */
const MONTH_INITIALS = 'JFMASOND';
/** "Jan 6", "Jan. 6", "January 6", "6 January", "Wednesday" (the split on commas drops a year): a day, not a source. */
const DAY_IN_PARENS = new RegExp(String.raw`^${MONTH_NAME}\.? \d{1,2}$|^\d{1,2} ${MONTH_NAME}\.?$|^\d{4}$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$`, 'u');
/** A matched prefix that closes on its dash. */
const ENDS_WITH_DASH = new RegExp(String.raw`${DASH}\s*$`, 'u');
/** Every form above holds "(" or one of these in the head it is read from. */
const DASH_COLON_OR_SLASH = /[-\u2013\u2014:/]/;
/** TASS's "MOSCOW, January 3. /TASS/. ": the place, the day, the agency between slashes; a known agency only. */
const SLASHED_SOURCE = new RegExp(String.raw`^(?:${PLACE_CAPS}|${PLACE_TITLE})${REGION},? ${MONTH_NAME}\.? \d{1,2}(?:, \d{4})?\.? \/([\p{L} .-]{2,30}?)\/\.? `, 'u');
/** ", 8 January 2024", ", January 8, 2024": the full date of a press release's dateline. */
const FULL_DATE = String.raw`(?:,? (?:\d{1,2} \p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.? \d{1,2},?) \d{4})?`;
/** "BAGHDAD, Iraq — ", "BAGHDAD - ", "BAGHDAD: ", "WEST PALM BEACH, Fla. – ", "CARDIFF, 8 January 2024 — ". */
const PLACE_ONLY = new RegExp(String.raw`^(${PLACE_CAPS})${REGION}${FULL_DATE} ?${DASH}+ `, 'u');

/**
 * A dateline at the start of a paragraph. Stripped from the text and kept as the
 * byline (when it credits an agency) because "BAGHDAD (AP) —" is not part of any claim.
 */
export function matchDateline(para: string): DatelineMatch | null {
  const head = para.slice(0, 160);
  // Cheap pre-checks: the forms with a source in parentheses need "(", the others a dash or a colon.
  const paren = head.includes('(');
  if (!paren && !DASH_COLON_OR_SLASH.test(head)) return null;
  let m = paren ? WITH_SOURCE.exec(head) : null;
  if (m) {
    // ("(Bernama-IRNA)": two agencies joined by a hyphen, when both are known.)
    const names = m[2]!.split(/\s*[/,&]\s*|\s+and\s+/).map((n) => n.trim()).filter((n) => n !== '').flatMap(splitJoinedAgencies);
    const known = names.some((n) => lookupCreditName(n) !== null);
    const shouty = names.every((n) => /^[\p{Lu}\d .&-]{2,12}$/u.test(n));
    const placed = m[1] !== undefined;
    // "BAGHDAD (Example Wire) - ": a capitalised place, a capitalised name and a dash are a dateline whoever the source.
    const named = placed && ENDS_WITH_DASH.test(m[0]) && names.every((n) => /^[\p{Lu}\d][\p{L}\d.'’&-]*(?: [\p{Lu}\d][\p{L}\d.'’&-]*){0,3}$/u.test(n));
    // "(IS) fighters…" must not count: without a place the parentheses must name a known source.
    // "CHAMBA (HP):", "ALBANY (N.Y.) —": a state's code after the place, no source.
    const stateCode = !known && names.every((n) => /^[\p{Lu}][\p{Lu}&.]{0,3}$/u.test(n) && n.replace(/[.&]/gu, '').length <= 2);
    // "SYDNEY (Jan 6) - ": the day of the copy in the parentheses, no source.
    const day = !known && names.every((n) => DAY_IN_PARENS.test(n));
    // ("AHMED (CALLER): …" is a transcript's speaker label: before a colon an unknown source needs a place the gazetteer knows.)
    const label = !known && !stateCode && !day && /:\s*$/u.test(m[0]) && !(m[1] ?? '').split('/').every((p) => isPlaceName(p));
    if ((known || (placed && (shouty || named))) && !label && followedByText(para, m[0].length)) {
      return { prefix: m[0], byline: m[0].trim(), names: stateCode || day ? [] : names, credited: !stateCode && !day };
    }
  }
  m = paren ? WITH_SOURCE_TITLE.exec(head) : null;
  if (m) {
    const names = m[2]!.split(/\s*[/,&]\s*/).map((n) => n.trim());
    if (names.some((n) => lookupCreditName(n) !== null) && followedByText(para, m[0].length)) {
      return { prefix: m[0], byline: m[0].trim(), names, credited: true };
    }
  }
  // (It opens with a month's name, as written: one of these capitals.)
  m = paren && MONTH_INITIALS.includes(head.charAt(0)) ? DATE_ONLY_SOURCE.exec(head) : null;
  if (m && ENDS_WITH_DASH.test(m[0]) && lookupCreditName(m[1]!) !== null && followedByText(para, m[0].length)) {
    return { prefix: m[0], byline: m[0].trim(), names: [m[1]!], credited: true };
  }
  m = PLACE_COMMA_SOURCE.exec(head);
  if (m && lookupCreditName(m[1]!) && followedByText(para, m[0].length)) {
    return { prefix: m[0], byline: m[0].trim(), names: [m[1]!], credited: true };
  }
  m = SOURCE_ONLY.exec(head);
  if (m && lookupCreditName(m[1]!) && followedByText(para, m[0].length)) {
    return { prefix: m[0], byline: m[0].trim(), names: [m[1]!], credited: true };
  }
  // (The agency stands between two slashes.)
  m = head.includes('/') ? SLASHED_SOURCE.exec(head) : null;
  if (m && lookupCreditName(m[1]!) && followedByText(para, m[0].length)) {
    return { prefix: m[0], byline: m[0].trim(), names: [m[1]!], credited: true };
  }
  m = PLACE_ONLY.exec(head);
  // "BAGHDAD: …" is a dateline, "SECRETARY ESPER: …" or "WALLACE: …" a transcript's speaker label:
  // before a colon only a place the gazetteer knows makes a dateline.
  // ("WASHINGTON/BAGHDAD: …" names two places the gazetteer knows.)
  if (m && /\p{Lu}{3}/u.test(m[1]!) && followedByText(para, m[0].length) && (!/:\s*$/u.test(m[0]) || m[1]!.split('/').every((p) => isPlaceName(p)) || LABELS.test(m[1]!))) {
    return { prefix: m[0], byline: m[0].trim(), names: [], credited: false };
  }
  return null;
}

/** "Bernama-IRNA" -> ["Bernama", "IRNA"] when each part is a known agency; else the name as written ("Thomson Reuters", "Agence France-Presse"). */
function splitJoinedAgencies(name: string): string[] {
  if (!name.includes('-') || lookupCreditName(name) !== null) return [name];
  const parts = name.split('-').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => p !== '' && lookupCreditName(p) !== null) ? parts : [name];
}

function followedByText(para: string, at: number): boolean {
  const rest = para.slice(at, at + 3);
  return /^["'\u201c\u2018(]?[\p{L}\d]/u.test(rest);
}
