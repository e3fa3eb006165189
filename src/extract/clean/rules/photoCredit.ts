import { isTrimSpace } from '../../segment/whiteSpace';
import { lookupCreditName as lookupAgency } from '../agencyNames';

export interface PhotoCredit {
  agency: string | null;
  photographer: string | null;
  raw: string;
}

/** Where photo credits put the word for "photo"; stripped before names are read. */
const CREDIT_LABEL = /^(?:credit(?:\.{3}|\u2026)|image copyright|image credit|photo credit|picture credit|file photo|file picture|photograph|photos?|pictures?|pics?|images?|credit|courtesy(?: of)?|\u00a9|\(c\)|copyright|file)\s*(?::|-|by\b)?\s*/i;

/** Sources of pictures that are neither an agency nor a photographer. */
const NON_PERSONS = new Set([
  'twitter', 'x', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'social media', 'handout', 'supplied', 'file',
  'pool', 'screengrab', 'screenshot', 'video grab', 'video screenshot', 'afp photo', 'ap photo', 'reuters photo', 'via', 'shutterstock', 'alamy',
]);

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'le', 'la', 'van', 'von', 'der', 'den', 'ter', 'y', 'e', 'st']);

/**
 * Reads a photo credit ("Ali Abdul Hassan/AP", "AP Photo/Khalid Mohammed", "File photo: AP",
 * "Marwan Ibrahim/AFP via Getty Images, FILE", "Twitter / Iesha Rose @Iesha_Rose3",
 * "Getty Images") into agency and photographer. Null when the text is not a credit:
 * at least one part must be a known agency, or a labelled credit must name a person.
 */
export function parseCredit(text: string, raw: string = text, labelled = false): PhotoCredit | null {
  let s = text.trim();
  if (s.length === 0 || s.length > 120) return null;
  const label = CREDIT_LABEL.exec(s);
  if (label && label[0].length > 0) {
    s = s.slice(label[0].length);
    labelled = true;
  }
  s = s.replace(/,?\s*\b(file|files|handout|pool|ap file)\s*$/i, '').trim();
  const parts = s
    .split(/\s*,\s*via\s+|\s*\/\s*|\s+via\s+|\s*;\s*|\s*,\s*|\s+for\s+|\s*\|\s*|\s+and\s+/i)
    .map((p) => p.replace(/[.\s]+$/, ''))
    .filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 5) return null;

  let agency: string | null = null;
  let photographer: string | null = null;
  for (const written of parts) {
    const entry = lookupAgency(written);
    const part = entry ? written.trim() : written.replace(/\s+(photos?|images?|pictures?|tv|video)$/i, '').trim();
    if (entry) {
      // The originating agency, not the distributor: "AFP via Getty Images" is AFP.
      if (agency === null || agency === 'Getty Images') agency = entry.name;
      continue;
    }
    // "Antara Photo/Muhammad Adimaja": a name before "Photo" is a picture service, known or not.
    if (part !== written.trim() && /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u.test(part) && /\s(?:photos?|pictures?)$/iu.test(written)) {
      // ("AA Photo" is Anadolu Agency's: a short name known only in a credit is read here.)
      agency ??= lookupAgency(part)?.name ?? part;
      continue;
    }
    // "Carlos Giusti AP": a photographer's name, then the agency, with no mark between them.
    const tail = /^(.+?)\s+(\S+)$/u.exec(part);
    const tailAgency = tail && labelled ? lookupAgency(tail[2]!) : null;
    if (tail && tailAgency && personName(tail[1]!)) {
      if (agency === null || agency === 'Getty Images') agency = tailAgency.name;
      photographer ??= personName(tail[1]!);
      continue;
    }
    const person = personName(part);
    if (person) photographer ??= person;
    // Every part must be an agency, a name or a picture source: otherwise this is prose.
    else if (!NON_PERSONS.has(part.toLowerCase())) return null;
  }
  if (agency === null && !(labelled && photographer !== null)) return null;
  return { agency, photographer, raw: raw.trim() };
}

/** A picture service's name and "Photo": "AA Photo", "Antara Photo". */
const SERVICE_PHOTO = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2} (?:Photos?|PHOTOS?)$/u;

/** "Ali Abdul Hassan", "Iesha Rose @Iesha_Rose3", "Thaier al-Sudani" -> the name; null if not a name. */
function personName(part: string): string | null {
  const s = part.replace(/\s*@\w{1,30}$/, '').trim();
  if (s.length < 3 || s.length > 50 || /\d/.test(s)) return null;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return null;
  for (const w of words) {
    const base = w.toLowerCase().replace(/[-'’].*$/, '');
    if (NAME_PARTICLES.has(base)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) return null;
  }
  return s;
}

export interface CaptionMatch {
  /** The caption without its credit. */
  caption: string;
  credit: PhotoCredit;
  /**
   * How the credit was written. A bare dash credit ("… – AFP") after the last paragraph
   * is a wire credit for the whole story rather than a photo caption.
   */
  form: 'bbc' | 'paren' | 'labelled' | 'slash' | 'dash' | 'glued';
}

/** Credit after a sentence end: "/Reuters Photo", "– AFP", "Marwan Ibrahim/AFP via Getty Images, FILE". */
const TRAILER = /^\s?((?:\/\s?|[-\u2013\u2014]\s)?\p{Lu}[\p{L}'\u2019.\- ]{0,60}(?:\/\s?[\p{L}'\u2019.\- ]{1,60}){0,2}(?:,\s*(?:FILE|File|file))?)$/u;
/** What the plausibility test in matchCaption's last loop needs somewhere in the tail. */
const TRAILER_HINT = /\/|[.!?"\u201d](?: [-\u2013\u2014]|\p{Lu})/u;
/** . ! ? " ” — by character code: every character of a caption's tail is tested. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201d;
}
/** A sentence end, a space, then one to four capitalised words and the paragraph's end. */
const BARE_AGENCY = /[.!?"\u201d]\s(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})\.?$/u;
const BBC = /^image copyright\s+(.{1,80}?)\s+image caption\s+(.+)$/i;
const WRAPPED = /^[([]\s*(?:(?:photos?|pictures?|images?)\s*:\s*)?([^()[\]]{10,})[)\]]\s*\.?$/i;
/** "[Photo caption: A burning vehicle … (Iraqi Prime Minister Press Office via AP)]": a labelled caption, its credit in brackets inside. */
const WRAPPED_LABELLED = /^\[\s*(?:photos?|pictures?|images?)\s+caption\s*:\s*(.{10,}?)\s*\]\s*\.?$/i;
const PAREN_CREDIT = /\(([^()]{2,120})\)\s*\.?$/;
const BRACKET_CREDIT = /\[([^[\]]{2,120})\]\s*\.?$/;

/** `text` ends with the character `close`, then optional white space and an optional period: what …\)\s*\.?$ needs. */
function closesWith(text: string, close: number): boolean {
  let e = text.length;
  if (e > 0 && text.charCodeAt(e - 1) === 46) e--;
  while (e > 0 && isTrimSpace(text.charCodeAt(e - 1))) e--;
  return e > 0 && text.charCodeAt(e - 1) === close;
}

/** Captions are short; longer paragraphs are not examined. */
const MAX_CAPTION = 800;

/**
 * A paragraph that is a photo caption with its credit, in the forms pages use:
 * "… a US flag (Ali Abdul Hassan/AP)", "… (AP Photo/Khalid Mohammed)", "… (File photo: AP)",
 * "… near Kirkuk.Marwan Ibrahim/AFP via Getty Images, FILE" (credit glued on),
 * "… on Wednesday. Photo: Reuters", "… 2020. /Reuters Photo", "… Brigades. – AFP",
 * "Image copyright Reuters Image caption …". Null for anything else.
 */
export function matchCaption(para: string): CaptionMatch | null {
  if (para.length > MAX_CAPTION) return null;

  // Cheap pre-checks on the first and last characters spare most paragraphs the patterns below.
  const first = para.charCodeAt(0);
  // BBC style: credit first, then the caption.
  const bbc = first === 0x49 || first === 0x69 ? BBC.exec(para) : null; // I, i
  if (bbc) {
    const raw = `Image copyright ${bbc[1]}`;
    const credit = parseCredit(bbc[1]!, raw, true) ?? { agency: lookupAgency(bbc[1]!)?.name ?? null, photographer: null, raw };
    return { caption: bbc[2]!.trim(), credit, form: 'bbc' };
  }

  // "(Photo: Protesters burn property … 2019. AP Photo/Khalid Mohammed)": a whole caption in brackets.
  const wrapped = first === 0x28 || first === 0x5b ? (WRAPPED.exec(para) ?? WRAPPED_LABELLED.exec(para)) : null; // (, [
  if (wrapped) {
    const inner = matchCaption(wrapped[1]!.trim());
    if (inner) return inner;
  }

  const tail = para.length > 200 ? para.slice(-200) : para;
  const offset = para.length - tail.length;

  // "(Ali Abdul Hassan/AP)", "(AP Photo/Khalid Mohammed)", "(File photo: AP)", "(Getty Images)", "[Khalid al-Mousily/Reuters]".
  const paren = (closesWith(tail, 0x29) ? PAREN_CREDIT.exec(tail) : null) ?? (closesWith(tail, 0x5d) ? BRACKET_CREDIT.exec(tail) : null);
  if (paren && isCreditShaped(paren[1]!)) {
    const credit = parseCredit(paren[1]!, paren[0].trim().replace(/\.$/, ''));
    const caption = para.slice(0, offset + paren.index).trim();
    if (credit && caption.length > 0) return { caption, credit, form: 'paren' };
  }

  // "… on Wednesday. Photo: Reuters", "…smoke. Picture: Twitter / Iesha Rose @Iesha_Rose3".
  // Every label holds one of these (case-sensitive) pieces: without one the pattern, tried at every character, cannot match.
  // ("… on Jan 1, 2020. PHOTO: REUTERS" in capitals too.)
  const mayBeLabelled = tail.includes('hoto') || tail.includes('icture') || tail.includes('mage') || tail.includes('redit') || tail.includes('PHOTO') || tail.includes('PICTURE');
  const labelled = mayBeLabelled ? /(^|[.!?"\u201d]\s?|\s)((?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]ictures?|PICTURES?|[Ii]mage|[Cc]redit|[Pp]hoto credit|[Ff]ile photo)\s?(?::|\.{3}|\u2026)\s?[^:]{2,100})$/.exec(tail) : null;
  if (labelled) {
    const credit = parseCredit(labelled[2]!, labelled[2]!, true);
    const caption = para.slice(0, offset + labelled.index + labelled[1]!.length).trim();
    if (credit && caption.length > 0) return { caption, credit, form: 'labelled' };
  }

  // "… on December 30, 2019. AFP": a news agency's name alone after the last sentence, as written.
  const bare = BARE_AGENCY.exec(tail);
  if (bare) {
    const entry = lookupAgency(bare[1]!);
    const caption = para.slice(0, offset + bare.index + 1).trim();
    if (entry && entry.type === 'news_agency' && (bare[1] === entry.name || bare[1]!.toUpperCase() === bare[1]) && caption.length > 0) {
      return { caption, credit: { agency: entry.name, photographer: null, raw: bare[1]! }, form: 'dash' };
    }
  }

  // A credit after the last sentence end that yields one (right to left, so "Oct. 13" inside the caption is passed over).
  // The loop's pre-check passes only a slash, or a sentence end before a space and a dash or before a capital:
  // one regex scan tells whether the tail has any, and most paragraphs have none.
  if (!TRAILER_HINT.test(tail)) return null;
  for (let i = tail.length - 2, tries = 0; i >= 0 && tries < 12; i--) {
    if (!isSentenceEnd(tail.charCodeAt(i))) continue;
    tries++;
    // Cheap pre-check: a credit starts with "/" or a dash after a space, or is glued on with a capital.
    const next = tail[i + 1]!;
    const after = next === ' ' ? tail[i + 2] ?? '' : next;
    const plausible = next === ' ' ? '/-\u2013\u2014'.includes(after) || tail.indexOf('/', i) !== -1 : after === '/' || /\p{Lu}/u.test(after);
    if (!plausible) continue;
    const m = TRAILER.exec(tail.slice(i + 1));
    if (!m) continue;
    const rawCredit = m[1]!.trim();
    const dashed = /^[-\u2013\u2014]/.test(rawCredit);
    const slashed = rawCredit.includes('/');
    const glued = !/\s/.test(tail[i + 1] ?? ' ');
    // Without a slash or a dash only a glued credit counts: "… said. Reuters" is a sentence.
    if (!dashed && !slashed && !glued) continue;
    const credit = parseCredit(rawCredit.replace(/^[/\-\u2013\u2014]\s?/, ''), rawCredit);
    if (!credit || (credit.agency === null && !slashed)) continue;
    const caption = para.slice(0, offset + i + 1).trim();
    if (caption.length > 0) return { caption, credit, form: dashed ? 'dash' : glued && !rawCredit.startsWith('/') ? 'glued' : 'slash' };
  }
  return null;
}

/** A parenthesis at the end of a sentence is a credit only if it looks like one, not "(IS)" or "(PMF)". */
function isCreditShaped(inner: string): boolean {
  if (inner.includes('/') || /\bvia\b/i.test(inner)) return true;
  // "(AA Photo)", "(DHA Photo)": a picture service's name, then "Photo".
  if (SERVICE_PHOTO.test(inner.trim())) return true;
  const label = CREDIT_LABEL.exec(inner);
  if (label && label[0].length > 0) return true;
  const entry = lookupAgency(inner.trim());
  return entry !== null && entry.type === 'news_agency';
}
