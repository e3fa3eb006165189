import { decodeEntities, htmlTokens } from './htmlTokens';

const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The text of every heading element (<h1>…<h6>) of an HTML fragment, whitespace collapsed as
 * htmlToParagraphs writes it: the page's own section and entry headings. Linear in the input.
 */
export function htmlHeadings(html: string): string[] {
  return elementTexts(html, (name) => HEADING_ELEMENTS.has(name));
}

/** A word processor's title and heading styles on a paragraph: Word's "MsoTitle", "MsoSubtitle", "MsoHeading2"; Google Docs' "title", "subtitle". */
const STYLED_HEADING = /(?:^|\s)(?:MsoTitle|MsoSubtitle|MsoHeading\d|title|subtitle)(?:\s|$)/u;
/** A paragraph with one of those classes somewhere in a page: only then is the page read again for them. */
const STYLED_PARAGRAPH = /<p\s[^>]*class=["']?(?:[^"'>]*\s)?(?:MsoTitle|MsoSubtitle|MsoHeading\d|title|subtitle)\b/iu;

/**
 * The text of the paragraphs a document exported from a word processor styles as its title or
 * a heading (<p class="MsoTitle">): headings as an <h1> is, though the markup says <p>. Read
 * from the page as written, since Readability drops the classes.
 */
export function styledHeadings(html: string): string[] {
  if (!STYLED_PARAGRAPH.test(html)) return [];
  return elementTexts(html, (name, attrs) => name === 'p' && STYLED_HEADING.test(attrs.class ?? ''));
}

/** The text of each element `opens` picks (not nested in one of its kind), whitespace collapsed as htmlToParagraphs writes it. Linear in the input. */
function elementTexts(html: string, opens: (name: string, attrs: Record<string, string>) => boolean): string[] {
  const out: string[] = [];
  let open: string | null = null;
  let parts: string[] = [];
  for (const tok of htmlTokens(html)) {
    if (tok.type === 'open' && !tok.selfClosing && opens(tok.name, tok.attrs)) {
      open = tok.name;
      parts = [];
    } else if (tok.type === 'close' && tok.name === open) {
      const text = decodeEntities(parts.join('')).replace(/\s+/gu, ' ').trim();
      if (text !== '') out.push(text);
      open = null;
    } else if (tok.type === 'text' && open !== null) parts.push(tok.text);
  }
  return out;
}
