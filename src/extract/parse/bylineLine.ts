/**
 * A byline given apart from the text (an HTML author tag, a record's "byline" or "author"
 * field) as the "By …" line cleaning reads bylines from; null when empty or too long to be one.
 */
export function bylineLine(raw: string | null | undefined): string | null {
  const s = withoutStrip(joinLines(raw ?? '')).replace(AUTHOR_LABEL, '');
  if (!s || s.length > 120) return null;
  return /^by\s/i.test(s) ? s : `By ${s}`;
}

/** "Author: Karwan Salih": the label before the names. */
const AUTHOR_LABEL = /^(?:author|authors|written by|words|reporter|reporting)\s*:\s*/iu;

/** A line of a byline block that credits someone other than the author ("Translator: …", "Photos: …"). */
const OTHER_CREDIT = /^(?:translator|translated by|translation|editor|edited by|photos?|photography|images?|illustrations?|graphics?|video)\s*[:-]/iu;

/** The lines of a byline block (an author element with <br>s), each with its white space squeezed; empty ones dropped. */
function blockLines(raw: string): string[] {
  return raw
    .split(/\n/u)
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l !== '');
}

/**
 * A byline block's lines ("Author: X / Posted August 23, 2019 / Translator: Y") as one strip of page
 * details, another's credit left out; a byline of one line stays as written ("Editor: Zhang Wei").
 */
function joinLines(raw: string): string {
  const lines = blockLines(raw);
  return (lines.length > 1 ? lines.filter((l) => !OTHER_CREDIT.test(l)) : lines).join(' | ');
}

/**
 * The time stamps of a byline block, one per line ("Posted August 23, 2019"): bylineLine leaves
 * them out of the byline, and the page puts them back in its text, where cleaning reads a stamp.
 */
export function bylineStamps(raw: string | null | undefined): string[] {
  if (!raw || !raw.includes('\n')) return [];
  return blockLines(raw).filter((l) => l.length <= 80 && STAMP.test(l));
}

const STAMP = /^(?:posted|published|updated|first published|last updated)\b.*\b(?:19|20)\d{2}\b/iu;

/** A page's section ("World", "India News") or a time stamp ("Updated: January 01, 2020 21:40 IST") beside the author. */
const NOT_AUTHOR = /^(?:(?:world|india|us|uk|news|world news|india news|politics|business|opinion|middle east|asia|europe|africa|americas|region|international|national|latest)|.*\b(?:updated|published|posted|last modified)\b.*|.*\d{1,2}:\d{2}.*|.*\b(?:19|20)\d{2}\b.*)$/iu;

/** "World | Agence France-Presse | Updated: …": the author's part of a strip of page details. */
function withoutStrip(s: string): string {
  if (!/\s[|·]\s/u.test(s)) return s;
  return s
    .split(/\s[|·]\s/u)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !NOT_AUTHOR.test(part))
    .join(', ');
}

/** Whether the first paragraphs already carry the byline's names (the page prints its own byline). */
export function namesBylineNear(paragraphs: readonly string[], byline: string): boolean {
  return paragraphs.slice(0, 3).some((p) => p.includes(byline.slice(3)));
}
