import type { ParsedArticle } from '../types';
import { hostNames, siteDomain } from './hostNames';
import { nameLetters, spellsHost } from './spellsHost';
import { inputError } from './inputError';
import { mailbox, parseMime, type MimeHeaders, type MimePart } from './mimeMessage';
import { normaliseDate } from './normaliseDate';
import { htmlArticle, type PageFallback } from './parseHtml';
import { parseText } from './parseText';

/** A forwarded message's opening line, as Gmail, Outlook and Apple Mail write it. */
const FORWARD_MARK = /^[ \t>]*(?:-{3,}\s*(?:Forwarded message|Original Message)\s*-{3,}|Begin forwarded message:)[ \t]*$/imu;
/** The lines of a forwarded message's own header block. */
const FORWARD_HEADER = /^[ \t>]*(?:From|Date|Sent|Subject|To|Cc|Reply-To):[ \t]/iu;
/** A reply's or forward's mark before a subject. */
const SUBJECT_MARKS = /^(?:\s*(?:fwd?|fw|re|aw|tr|press release|media release|news release|for immediate release)\s*:\s*)+/iu;
/** Mailboxes of people, not publishers: their domain names no outlet. */
const PERSONAL_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|mail|yandex|zoho)\./iu;
const NEWSLETTER_WORDS = /\b(?:newsletters?|daily|weekly|morning|evening|briefings?|brief|alerts?|breaking(?: news)?|digest|team|editors?|updates?|today)\b/giu;

/**
 * A saved e-mail (.eml) or a page saved by a browser as one file (.mhtml): the MIME is undone
 * and the part that holds the article is read as the HTML or text it is.
 *   - An .mhtml page is its HTML part; the page's own address is the snapshot's location.
 *   - A newsletter or alert is its plain-text part when it has one (the sender's own text
 *     version, every story in it), else its HTML part; its subject is the headline, its date
 *     the publication, its sender's domain the site.
 *   - A forwarded message is the message that was forwarded: the forwarder's note above it
 *     is not the article, and the forwarded header's date and sender are the originals.
 */
export function parseEmail(text: string, file: string | null): ParsedArticle {
  const msg = parseMime(text);
  const snapshot = msg.headers.get('snapshot-content-location');
  const html = pickHtml(msg.parts, snapshot);
  const plain = msg.parts.find((p) => p.type === 'text/plain' && p.text.trim() !== '') ?? null;
  const isPage = snapshot !== null || /saved by/iu.test(msg.headers.get('from') ?? '');
  if (isPage) {
    if (html === null) throw inputError(file, 'empty (a saved page without an HTML part)');
    return fromHtml(html.text, file, {
      url: /^https?:\/\//u.test(snapshot ?? '') ? snapshot : html.headers.get('content-location'),
      title: subject(msg.headers),
      published: null,
      home: null,
    });
  }
  const meta = messageMeta(msg.headers);
  if (plain !== null) {
    const forwarded = forwardedMessage(plain.text);
    const body = forwarded?.body ?? plain.text;
    const own = forwarded === null ? meta : forwardedMeta(forwarded.headers, meta);
    const article = parseText(unquoted(body), file, 'text');
    const headings = numberedHeadings(article.body);
    return {
      ...article,
      ...(headings.length > 0 ? { headings: [...(article.headings ?? []), ...headings] } : {}),
      // The subject a sender gave it, before a guess at a headline from the text's first lines.
      title: own.title ?? article.title,
      published: article.published ?? own.published,
      ...(article.outlet === null && own.outlet !== null ? { outlet: own.outlet } : {}),
      ...(own.home !== null && article.url === null ? { home: own.home } : {}),
    };
  }
  if (html !== null) return fromHtml(html.text, file, meta);
  if (msg.parts.some((p) => p.malformed === true)) throw inputError(file, 'malformed e-mail (a text part\'s base64 does not decode)');
  throw inputError(file, 'empty (an e-mail without a text or HTML part)');
}

interface MessageMeta extends PageFallback {
  title: string | null;
  published: string | null;
  home: string | null;
}

/** A mail's HTML part as the article; the mail's headers fill what the page does not say. */
function fromHtml(html: string, file: string | null, meta: MessageMeta): ParsedArticle {
  const article = htmlArticle(html, file, meta);
  return article.url === null && meta.home !== null ? { ...article, home: meta.home } : article;
}

function pickHtml(parts: MimePart[], location: string | null): MimePart | null {
  const pages = parts.filter((p) => p.type === 'text/html' && p.text.trim() !== '');
  return pages.find((p) => location !== null && p.headers.get('content-location') === location) ?? pages[0] ?? null;
}

/** A subject without the marks of a reply or forward ("Fwd: RE: …"); null when nothing is left. */
function cleanSubject(raw: string | null | undefined): string | null {
  const s = raw?.replace(SUBJECT_MARKS, '').trim() ?? '';
  return s === '' ? null : s;
}

const subject = (headers: MimeHeaders): string | null => cleanSubject(headers.get('subject'));

function messageMeta(headers: MimeHeaders): MessageMeta & { outlet: string | null } {
  const from = mailbox(headers.get('from'));
  return { title: subject(headers), published: normaliseDate(headers.get('date')), ...sender(from.name, from.address) };
}

/** A forwarded message's own subject, date and sender; the forwarding message's subject and date where it lacks them (never its sender). */
function forwardedMeta(lines: Map<string, string>, outer: MessageMeta): MessageMeta & { outlet: string | null } {
  const from = mailbox(lines.get('from') ?? null);
  const date = lines.get('date') ?? lines.get('sent') ?? null;
  return {
    title: cleanSubject(lines.get('subject')) ?? outer.title,
    // Gmail writes "Fri, Jan 3, 2020 at 6:45 AM".
    published: normaliseDate(date?.replace(/\s+at\s+/iu, ' ') ?? null) ?? outer.published,
    ...sender(from.name, from.address),
  };
}

/**
 * The site a sender stands for: its domain (not a personal mailbox's), and its display name
 * where the name's first words spell the domain ("Reuters Daily Briefing" at reuters.com is Reuters).
 */
function sender(name: string | null, address: string | null): { home: string | null; outlet: string | null } {
  const domain = address === null ? null : address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  if (domain === null || PERSONAL_MAIL.test(domain)) return { home: null, outlet: null };
  const home = `https://${siteDomain(`https://${domain}/`) ?? domain}/`;
  const names = hostNames(home);
  let outlet: string | null = null;
  // A short domain ("ft.com") names no site by hostNames' rule, but its display name may spell it ("FT FirstFT").
  const label = home.slice(8, home.indexOf('.', 8));
  if (names.length === 0 && /^[a-z0-9]{2,3}$/u.test(label)) names.push(label);
  if (name !== null && names.length > 0) {
    const words = name.replace(NEWSLETTER_WORDS, ' ').replace(/[|:\u2013\u2014-]+/gu, ' ').trim().split(/\s+/u);
    for (let k = words.length; k >= 1 && outlet === null; k--) {
      if (nameLetters(words.slice(0, k).join('')).some((l) => l.length >= 2 && names.some((n) => spellsHost(l, n)))) {
        outlet = words.slice(0, k).join(' ');
      }
    }
  }
  return { home, outlet };
}

/** The forwarded message inside a text: its header lines and its body; null when the text forwards nothing. */
function forwardedMessage(text: string): { headers: Map<string, string>; body: string } | null {
  const mark = FORWARD_MARK.exec(text);
  if (mark === null) return null;
  const lines = text.slice(mark.index + mark[0].length).replace(/^\r?\n/u, '').split(/\r?\n/u);
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!FORWARD_HEADER.test(line)) break;
    const colon = line.indexOf(':');
    const key = line.slice(0, colon).replace(/^[ \t>]+/u, '').trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim());
  }
  return headers.size === 0 ? null : { headers, body: lines.slice(i).join('\n') };
}

/** A body quoted whole ("> " before every line) without its marks. */
function unquoted(text: string): string {
  const lines = text.split(/\r?\n/u);
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length === 0 || !filled.every((l) => /^\s*>/u.test(l))) return text;
  return lines.map((l) => l.replace(/^\s*> ?/u, '')).join('\n');
}

/** A newsletter's numbered story headings ("2. Café owners brace for a slow winter"): a line alone, no full stop, text after it. */
function numberedHeadings(body: string): string[] {
  const blocks = body.split(/\n\s*\n/u).map((b) => b.trim());
  return blocks.filter((b, i) => i < blocks.length - 1 && !b.includes('\n') && /^\d{1,2}[.)]\s+\S.{3,140}$/u.test(b) && !/[.!?:;,]$/u.test(b));
}
