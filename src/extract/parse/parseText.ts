import type { InputFormat, ParsedArticle } from '../types';
import { splitFrontMatter } from './frontMatter';
import { markdownToText } from './markdownToText';
import { normaliseDate } from './normaliseDate';
import { inputError } from './inputError';
import { unwrapLines } from './unwrapLines';
import { subtitlesToText } from './subtitleCues';
import { withoutLinePositions } from './timedLines';
import { printedPages } from './printedPages';

/** ` date 2019-12-31 Headline…`: the scraper's header line (leading space as written). */
const HEADER = /^ ?date (\d{4}-\d{2}-\d{2})(?:[ \t]+|$)/;

/**
 * Plain text or Markdown, with an optional front-matter block and an optional header
 * line. The header's text stays in the body: in scraped files it is the first line of
 * the page, sometimes the headline repeated below (removed as a duplicate when
 * cleaning), sometimes the only copy of the lead paragraph or a photo caption.
 */
export function parseText(text: string, file: string | null, format: 'text' | 'markdown'): ParsedArticle {
  const fm = splitFrontMatter(text);
  let body = fm ? fm.rest : text;
  let title = fm?.meta.title ?? null;
  let published = normaliseDate(fm?.meta.published ?? null);

  const lead = body.replace(/^\n+/, '');
  const lineEnd = lead.indexOf('\n') === -1 ? lead.length : lead.indexOf('\n');
  const header = HEADER.exec(lead.slice(0, Math.min(lineEnd, 64)));
  let headlineInText = false;
  if (header) {
    const headline = lead.slice(header[0].length, lineEnd).trim();
    headlineInText = headline !== '';
    published ??= normaliseDate(header[1]);
    if (headline !== '') title ??= headline;
    body = headline + lead.slice(lineEnd);
  }
  // A broadcast's subtitles or a transcript with the recording's positions: its words and turns.
  // A wire take as the agency sends it: its slug line goes, its headline is the title.
  const take = wireTake(body);
  if (take !== null) {
    body = take.body;
    title ??= take.headline;
  }
  // A PDF copied out: its pages' running heads and feet go, their masthead and date are kept.
  const printed = printedPages(body);
  published ??= printed.date;
  body = unwrapLines(withoutLinePositions(subtitlesToText(printed.text)));
  if (fm === null && header === null && format === 'text') title ??= headlineOpening(body);

  let headings: string[] | undefined;
  let questions: string[] | undefined;
  let home: string | null = null;
  let tableRows: string[] = [];
  if (printed.home !== null) home = printed.home;
  if (format === 'markdown') {
    const md = markdownToText(body);
    body = md.text;
    title ??= md.heading;
    headings = md.headings;
    questions = md.questions;
    home = md.home ?? home;
    tableRows = md.tableRows;
  }

  body = body.trim();
  if (body === '') throw inputError(file, 'empty (no article text)');
  return { ...(headlineInText ? { headlineInText: true as const } : {}), file, url: fm?.meta.url ?? null, outlet: fm?.meta.outlet ?? printed.masthead, published, title, format: format satisfies InputFormat, body, ...(headings && headings.length > 0 ? { headings } : {}), ...(questions && questions.length > 0 ? { questions } : {}), ...(home !== null ? { home } : {}), ...(tableRows.length > 0 ? { tableRows } : {}) };
}

/**
 * The headline a bare text opens with: a line of its own in the first few, set apart by a blank
 * line, with no full stop ("Civilian contractor killed as rockets hit Erbil airport"), before the
 * story's paragraphs. Shorter lines above it (a masthead, a section) are passed over.
 */
function headlineOpening(body: string): string | null {
  const blocks = body.replace(/^\s+/u, '').split(/\n\s*\n/u, 6);
  for (let i = 0; i < Math.min(3, blocks.length - 2); i++) {
    // (A byline or a stamp may stand right under it: "…thousands flee\nKYODO NEWS - Jan 13, 2020".)
    // (A forwarded post's "Forwarded from …" header stands above its own first line.)
    const lines = blocks[i]!.split('\n', 3);
    const line = (FORWARDED.test(lines[0]!.trim()) ? lines[1] ?? '' : lines[0]!).trim();
    if (line.length > 160) return null;
    if (line.length < 20) continue;
    return HEADLINE.test(line) && !/^by\s/iu.test(line) ? line : null;
  }
  return null;
}

/** A messaging channel's header over a forwarded post. */
const FORWARDED = /^forwarded from\s/iu;

/** A headline's shape: several words, no sentence punctuation at its end. */
const HEADLINE = /^\S+(?:\s+\S+){3,24}(?<![.!?:;"”’)])$/u;

/** A wire agency's slug line ("BC-ML--Iraq-US-Embassy,2nd Ld-Writethru,0712", "AP-ML-Iraq-Protests"). */
const WIRE_SLUG = /^(?:BC|AP|APFN|UPI|RTR)-[A-Z]{1,5}-{1,2}[A-Za-z0-9][\w'’.&/-]*(?:,[\w .'’&/-]{1,40}){0,4}$/u;
/** The agency's notes to editors under it ("Eds: UPDATES with Pentagon statement."). */
const EDITORS_NOTE = /^(?:eds?|editors?)\s*:/iu;

/**
 * The head of a wire take: the slug line, notes to editors, the headline, then the byline. The
 * slug goes; the notes stand as a paragraph of their own (cleaning reads them as notes); the
 * headline is the title and leaves the text. Null when the text does not open with a slug.
 */
function wireTake(body: string): { body: string; headline: string | null } | null {
  const lines = body.replace(/^\s+/u, '').split('\n');
  if (!WIRE_SLUG.test(lines[0]!.trim())) return null;
  const notes: string[] = [];
  let headline: string | null = null;
  let i = 1;
  // The headline and the notes come in either order, before the byline or the first blank line.
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (EDITORS_NOTE.test(line)) notes.push(line);
    else if (headline === null && line !== '' && line.length <= 160 && !/^by\s/iu.test(line) && !/[.:]$/u.test(line)) headline = line;
    else break;
  }
  const rest = lines.slice(i).join('\n');
  return { body: (notes.length > 0 ? `${notes.join(' ')}\n\n` : '') + rest, headline };
}
